// No input lost: file names with glob characters, links in folders, JSONL without rows, and the address policy's
// embedded-IPv4 forms. Every skipped input has a diagnostic.
import { createServer, type Server } from 'node:http';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockedReason, collectInputs } from '../src/ingest/index.js';
import { closeLocal, listenLocal } from './helpers.js';

const PARA = 'The river authority said on Monday that the northern dam would be inspected after the spring floods.';

describe('collectInputs: names and links', () => {
  let dir = '';
  const rel = (s: string): string => s.replace(dir, '');
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'triangulate-robust-'));
    mkdirSync(join(dir, 'corpus'));
    mkdirSync(join(dir, 'elsewhere'));
    writeFileSync(join(dir, 'article (1).txt'), `Dam one\n\n${PARA}\n`);
    writeFileSync(join(dir, 'notes[draft].md'), `# Draft\n\n${PARA}\n`);
    writeFileSync(join(dir, 'elsewhere', 'linked.txt'), `Dam linked\n\n${PARA}\n`);
    mkdirSync(join(dir, 'elsewhere', 'more'));
    writeFileSync(join(dir, 'elsewhere', 'more', 'deep.md'), `# Deep\n\n${PARA}\n`);
    writeFileSync(join(dir, 'corpus', 'own.txt'), `Dam own\n\n${PARA}\n`);
    symlinkSync(join(dir, 'elsewhere', 'linked.txt'), join(dir, 'corpus', 'link.txt'));
    symlinkSync(join(dir, 'elsewhere', 'more'), join(dir, 'corpus', 'more'));
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'corpus', 'dangling.txt'));
    symlinkSync(join(dir, 'corpus'), join(dir, 'corpus', 'loop'));
    writeFileSync(join(dir, 'blank.jsonl'), '\n  \n\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a file whose name holds glob characters as that file', async () => {
    const { docs, diagnostics } = await collectInputs(['article (1).txt', join(dir, 'notes[draft].md')], { cwd: dir });
    expect(diagnostics).toEqual([]);
    expect(docs.map((d) => rel(d.source))).toEqual(['article (1).txt', '/notes[draft].md']);
  });

  it('still expands a pattern that names no file', async () => {
    const { docs } = await collectInputs(['article*.txt'], { cwd: dir });
    expect(docs.map((d) => rel(d.source))).toEqual(['/article (1).txt']);
  });

  it('follows links in a folder; a dangling link and a loop are diagnostics', async () => {
    const { docs, diagnostics } = await collectInputs([join(dir, 'corpus')]);
    expect(docs.map((d) => rel(d.source))).toEqual(['/corpus/link.txt', '/corpus/more/deep.md', '/corpus/own.txt']);
    expect(diagnostics.map((d) => `${rel(d.source)}:${d.rule}`).sort()).toEqual(['/corpus/dangling.txt:broken-link', '/corpus/loop:link-loop']);
  });

  it('reports a JSONL file with no rows', async () => {
    const { docs, diagnostics } = await collectInputs([join(dir, 'blank.jsonl')]);
    expect(docs).toEqual([]);
    expect(diagnostics.map((d) => d.rule)).toEqual(['empty-input']);
  });
});

describe('blockedReason: IPv4 inside IPv6', () => {
  it('refuses every form that reaches a private IPv4 address', () => {
    const blocked = [
      '::ffff:127.0.0.1',
      '::ffff:7f00:1',
      '0:0:0:0:0:ffff:a9fe:a9fe',
      '::ffff:0:7f00:1',
      '::10.0.0.1',
      '2002:7f00:1::',
      '2002:c0a8:101::1',
      '2002:a9fe:a9fe:1::5',
      '2001:0:4136:e378:8000:63bf:80ff:fffe',
    ];
    for (const ip of blocked) expect(blockedReason(ip), ip).not.toBeNull();
    expect(blockedReason('2002:c0a8:101::1')).toMatch(/6to4 of 192\.168\.1\.1/);
  });

  it('allows the same forms around a public IPv4 address', () => {
    for (const ip of ['::ffff:8.8.8.8', '::ffff:808:808', '2002:808:808::1', '2606:4700::1111']) expect(blockedReason(ip), ip).toBeNull();
  });
});

describe('collectInputs: every fetch ends, and a run has a fetch budget', () => {
  let server: Server;
  let base = '';
  let pages = 0;
  const page = `<html><body><article><h1>Dam</h1>${`<p>${PARA}</p>`.repeat(4)}</article></body></html>`;
  const gz = gzipSync(Buffer.from(page.repeat(40)));
  const feedOf = (n: number): string =>
    `<?xml version="1.0"?><rss version="2.0"><channel><title>F${n}</title>${[1, 2, 3, 4, 5].map((i) => `<item><title>I${i}</title><link>${base}/page?f=${n}&amp;i=${i}</link></item>`).join('')}</channel></rss>`;
  beforeAll(async () => {
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', base);
      if (url.pathname === '/slow-gzip') {
        // A gzip body that stops halfway: the decompressor must not outlive the timed-out response.
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
        res.write(gz.subarray(0, 200));
      } else if (url.pathname === '/opml') {
        res.writeHead(200, { 'content-type': 'text/x-opml' });
        res.end(`<?xml version="1.0"?><opml version="2.0"><body>${[1, 2, 3].map((n) => `<outline xmlUrl="${base}/feed?n=${n}"/>`).join('')}</body></opml>`);
      } else if (url.pathname === '/feed') {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(feedOf(Number(url.searchParams.get('n'))));
      } else {
        pages += 1;
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(page);
      }
    });
    base = await listenLocal(server);
  });
  afterAll(() => closeLocal(server));

  it('ends a stalled gzip body with a timeout diagnostic', async () => {
    const { docs, diagnostics } = await collectInputs([`${base}/slow-gzip`], { allowPrivate: true, timeoutMs: 300 });
    expect(docs).toEqual([]);
    expect(diagnostics.map((d) => d.rule)).toEqual(['timeout']);
  });

  it('stops at the run budget across the feeds of an OPML list and says how many URLs were left', async () => {
    pages = 0;
    // 1 OPML + 3 feeds + 15 pages = 19 fetches wanted; 9 allowed. One at a time, so the count is exact: the OPML,
    // feed 1 and its 5 pages, feed 2 and its first page; 4 pages of feed 2 and feed 3 are refused.
    const { docs, diagnostics } = await collectInputs([`${base}/opml`], { allowPrivate: true, maxFetches: 9, concurrency: 1 });
    expect(docs).toHaveLength(6);
    expect(pages).toBe(6);
    expect(diagnostics.map((d) => `${d.rule}:${d.severity}`)).toEqual(['fetch-budget:warning']);
    expect(diagnostics[0]!.message).toMatch(/budget of 9 fetches was reached: 5 more URLs were not fetched/);
  });
});
