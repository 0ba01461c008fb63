// The reader never throws and never loses an article to its shape: HTML fragments (feed content), text named HTML,
// charset declarations that lie, and JSON-LD values of an unexpected type.
import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../src/core/types.js';
import { readDocument } from '../src/readable/index.js';
import { decodeBytes } from '../src/readable/decode.js';
import { parseFeed } from '../src/ingest/index.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const PARA =
  'The river authority said on Monday that the northern dam would be inspected after the spring floods, and that water levels were expected to stay high for at least another week while engineers check the spillway.';
const paras = (n: number): string => Array.from({ length: n }, (_, i) => `<p>${i + 1}. ${PARA}</p>`).join('\n');
const read = (raw: Partial<RawDocument> & { bytes: Uint8Array }): ReturnType<typeof readDocument> =>
  readDocument({ source: 'x', ...raw }, { id: 'a1' });

describe('readDocument: HTML without a page around it', () => {
  it('reads every paragraph of a fragment of bare <p>s (feed content, JSONL html)', () => {
    const { article, diagnostics } = read({ source: 'https://river.example/feed#item-1', bytes: enc(paras(6)), contentType: 'text/html' });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(article?.paragraphs).toHaveLength(6);
    expect(article?.text.startsWith('1. The river authority')).toBe(true);
  });

  it('keeps a fragment that opens with <head>', () => {
    const html = `<head><title>Dam inspected</title></head><body>${paras(3)}</body>`;
    const { article } = read({ source: 'a.html', bytes: enc(html) });
    expect(article?.title).toBe('Dam inspected');
    expect(article?.paragraphs).toHaveLength(3);
  });

  it('reads plain text named .html or served as text/html as text', () => {
    const text = `Dam to be inspected\n\n${PARA}\n\n${PARA}`;
    for (const raw of [{ source: 'notes.html', bytes: enc(text) }, { source: 'https://river.example/a', bytes: enc(text), contentType: 'text/html' }]) {
      const { article } = read(raw);
      expect(article?.title).toBe('Dam to be inspected');
      expect(article?.paragraphs).toHaveLength(2);
    }
  });
});

describe('readDocument: nesting thousands of levels deep', () => {
  it('reads the paragraphs of a page nested deeper than the limit, each still a paragraph', () => {
    const depth = 5_000;
    const html = `<html><body>${'<div><span>'.repeat(depth)}${paras(3)}${'</span></div>'.repeat(depth)}</body></html>`;
    const { article } = read({ source: 'deep.html', bytes: enc(html) });
    expect(article?.paragraphs).toHaveLength(3);
    expect(article?.text).toContain('3. The river authority said on Monday');
  });
  it('leaves an ordinary page as it is', async () => {
    const { capDepth } = await import('../src/readable/depth.js');
    const { parseDocument } = await import('../src/readable/html.js');
    const doc = parseDocument(`<html><body>${'<div>'.repeat(40)}${paras(2)}${'</div>'.repeat(40)}</body></html>`);
    expect(capDepth(doc.documentElement)).toBe(0);
  });
});

describe('readDocument: declarations that lie', () => {
  it('reads a page declaring <meta charset="utf-16"> as UTF-8 (WHATWG prescan)', () => {
    const html = `<html><head><meta charset="utf-16"><title>Dam</title></head><body><article>${paras(3)}</article></body></html>`;
    const { article, diagnostics } = read({ source: 'a.html', bytes: enc(html) });
    expect(diagnostics).toEqual([]);
    expect(article?.text).toContain('The river authority');
    expect(decodeBytes(enc('<meta charset="x-user-defined">caf\xe9'))).toContain('caf');
  });

  it('takes a numeric JSON-LD datePublished as epoch seconds and ignores other odd types', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 7, datePublished: 1700000000, dateModified: ['2023-11-15T00:00:00Z'], author: 5 });
    const html = `<html><head><script type="application/ld+json">${ld}</script><title>Dam</title></head><body><article>${paras(3)}</article></body></html>`;
    const { article } = read({ source: 'a.html', bytes: enc(html) });
    expect(article?.published).toBe('2023-11-14T22:13:20.000Z');
    expect(article?.updated).toBe('2023-11-15T00:00:00.000Z');
    expect(article?.title).toBe('Dam');
  });
});

describe('parseFeed: inline content in every shape', () => {
  const body = paras(8);
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const entry = (n: number, content: string): string => `<entry><title>E${n}</title><link href="https://river.example/${n}"/>${content}</entry>`;
  const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Valley</title>
${entry(1, `<content type="html">${esc(body)}</content>`)}
${entry(2, `<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${body}</div></content>`)}
${entry(3, `<content>${body}</content>`)}
${entry(4, `<content><![CDATA[${body}]]></content>`)}
${entry(5, `<content type="text">${esc(`${PARA}\n\n${PARA}\n\n${PARA}\n\n${PARA}\n\n${PARA}\n\n${PARA} a < b`)}</content>`)}
</feed>`;

  it('gives each Atom entry its content as HTML the reader reads in full', () => {
    const feed = parseFeed(atom);
    if (!feed.ok || feed.kind === 'opml') throw new Error('not a feed');
    expect(feed.items.map((i) => !!i.html)).toEqual([true, true, true, true, true]);
    for (const item of feed.items.slice(0, 4)) {
      const { article } = read({ source: item.url!, bytes: enc(item.html!), contentType: 'text/html' });
      expect(article?.paragraphs).toHaveLength(8);
    }
    const text = read({ source: 'e5', bytes: enc(feed.items[4]!.html!), contentType: 'text/html' }).article;
    expect(text?.paragraphs).toHaveLength(6);
    expect(text?.text.endsWith('a < b')).toBe(true);
  });

  it('reads RSS content:encoded written as markup, escaped or in CDATA', () => {
    const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Post</title>
<item><title>R1</title><link>https://river.example/r1</link><content:encoded>${body}</content:encoded></item>
<item><title>R2</title><link>https://river.example/r2</link><content:encoded>${esc(body)}</content:encoded></item>
<item><title>R3</title><link>https://river.example/r3</link><content:encoded><![CDATA[${body}]]></content:encoded></item>
</channel></rss>`;
    const feed = parseFeed(rss);
    if (!feed.ok || feed.kind === 'opml') throw new Error('not a feed');
    expect(feed.items.map((i) => i.html?.replace(/\s+/g, ' '))).toEqual([body, body, body].map((b) => b.replace(/\s+/g, ' ')));
  });
});
