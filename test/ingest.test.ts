// collectInputs against a local HTTP server (pages, redirects, feeds, slow and oversize bodies) and a temp folder of files.
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockedReason, collectInputs, fetchOptionsFor, fetchUrl, INGEST_DEFAULTS, type LookupAll } from '../src/ingest/index.js';
import { readDocument } from '../src/readable/index.js';
import { closeLocal, listenLocal } from './helpers.js';

const PARA =
  'The river authority said on Monday that the northern dam would be inspected after the spring floods, and that water levels were expected to stay high for at least another week.';
const page = (title: string): string =>
  `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${PARA}</p><p>${PARA}</p></article></body></html>`;
const long = `<p>${PARA}</p>`.repeat(12);

let server: Server;
let base = '';
let hits: string[] = [];

function rss(): string {
  return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>River Post</title>
<item><title>Dam one</title><link>${base}/page?n=1</link><pubDate>Mon, 01 May 2023 10:00:00 GMT</pubDate><description>Teaser only.</description></item>
<item><title>Dam two</title><link>${base}/page?n=2</link><content:encoded><![CDATA[${long}]]></content:encoded></item>
</channel></rss>`;
}
function atom(): string {
  return `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Valley News</title>
<entry><title>Spillway check</title><link rel="alternate" href="${base}/page?n=3"/><published>2023-05-02T08:00:00Z</published><author><name>Ana Ruiz</name></author><content type="html">${long.replace(/</g, '&lt;')}</content></entry>
<entry><title>Levels high</title><link href="${base}/page?n=4"/><summary>Short.</summary></entry>
</feed>`;
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', base);
    hits.push(url.pathname);
    if (url.pathname === '/page') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page(`Page ${url.searchParams.get('n') ?? ''}`));
    } else if (url.pathname === '/gzip') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      res.end(gzipSync(Buffer.from(page('Gzipped'))));
    } else if (url.pathname === '/redirect') {
      res.writeHead(302, { location: '/page?n=r' });
      res.end();
    } else if (url.pathname === '/loop') {
      res.writeHead(301, { location: '/loop' });
      res.end();
    } else if (url.pathname === '/to-metadata') {
      res.writeHead(302, { location: 'http://metadata.internal.example/latest/meta-data/' });
      res.end();
    } else if (url.pathname === '/to-private-ip') {
      res.writeHead(302, { location: 'http://10.1.2.3/admin' });
      res.end();
    } else if (url.pathname === '/rss') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(rss());
    } else if (url.pathname === '/atom') {
      res.writeHead(200, { 'content-type': 'application/atom+xml' });
      res.end(atom());
    } else if (url.pathname === '/slow') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html>');
      setTimeout(() => res.end('</html>'), 3000).unref();
    } else if (url.pathname === '/big') {
      // No content-length: the cap must hold while streaming.
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const push = (): void => {
        while (sent < 40 && res.write(chunk)) sent++;
        if (sent >= 40) res.end();
        else res.once('drain', push);
      };
      push();
    } else if (url.pathname === '/big-declared') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(5_000_000) });
      res.end(Buffer.alloc(5_000_000, 'a'));
    } else if (url.pathname === '/missing') {
      res.writeHead(404);
      res.end('no');
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  base = await listenLocal(server);
});
afterAll(() => closeLocal(server));

const local = { allowPrivate: true, timeoutMs: 2000 };

describe('collectInputs: URLs', () => {
  it('fetches a page, follows a redirect, decompresses gzip', async () => {
    const { docs, diagnostics } = await collectInputs([`${base}/page?n=1`, `${base}/redirect`, `${base}/gzip`], local);
    expect(diagnostics).toEqual([]);
    expect(docs.map((d) => d.hints?.url)).toEqual([`${base}/page?n=1`, `${base}/page?n=r`, `${base}/gzip`]);
    expect(readDocument(docs[2]!, { id: 'g' }).article?.text).toContain('northern dam');
    expect(docs[0]!.contentType).toContain('text/html');
  });

  it('expands RSS: fetches teaser items, uses full content:encoded', async () => {
    hits = [];
    const { docs, diagnostics } = await collectInputs([`${base}/rss`], local);
    expect(diagnostics).toEqual([]);
    expect(docs).toHaveLength(2);
    expect(docs[0]!.hints).toMatchObject({ title: 'Dam one', outlet: 'River Post', published: '2023-05-01T10:00:00.000Z' });
    expect(hits).toContain('/page'); // item 1 fetched
    expect(hits.filter((h) => h === '/page')).toHaveLength(1); // item 2 used its own content
    expect(new TextDecoder().decode(docs[1]!.bytes)).toContain('northern dam');
  });

  it('expands Atom with author and inline content', async () => {
    const { docs } = await collectInputs([`${base}/atom`], local);
    expect(docs).toHaveLength(2);
    expect(docs[0]!.hints).toMatchObject({ title: 'Spillway check', byline: 'Ana Ruiz', outlet: 'Valley News' });
    expect(docs[0]!.source).toBe(`${base}/page?n=3`);
  });

  it('refuses 127.0.0.1 by default with private-address', async () => {
    const { docs, diagnostics } = await collectInputs([`${base}/page`]);
    expect(docs).toEqual([]);
    expect(diagnostics.map((d) => d.rule)).toEqual(['private-address']);
  });

  it('refuses a public-looking host name that resolves to a private address', async () => {
    const port = new URL(base).port;
    const lookup: LookupAll = async (host) => (host === 'news.example' ? [{ address: '127.0.0.1', family: 4 }] : []);
    const { diagnostics } = await collectInputs([`http://news.example:${port}/page`], { lookup });
    expect(diagnostics.map((d) => d.rule)).toEqual(['private-address']);
  });

  it('fetchOptionsFor gives a lone fetch (a feed watcher\'s) the policy collectInputs uses: resolver, address policy, defaults', async () => {
    const port = new URL(base).port;
    const lookup: LookupAll = async (host) => (host === 'news.example' ? [{ address: '127.0.0.1', family: 4 }] : []);
    const refused = await fetchUrl(`http://news.example:${port}/page`, fetchOptionsFor({ lookup }));
    expect(refused.ok ? 'fetched' : refused.rule).toBe('private-address');
    const addressPolicy = (ip: string): string | null => (ip === '127.0.0.1' ? null : blockedReason(ip));
    const allowed = await fetchUrl(`http://news.example:${port}/page`, fetchOptionsFor({ lookup, addressPolicy }));
    expect(allowed.ok).toBe(true);
    expect(fetchOptionsFor({})).toMatchObject({ allowPrivate: false, timeoutMs: INGEST_DEFAULTS.timeoutMs, maxBytes: INGEST_DEFAULTS.maxBytes, maxRedirects: INGEST_DEFAULTS.maxRedirects });
  });

  it('checks every redirect hop: a redirect into metadata or private space is refused', async () => {
    const port = new URL(base).port;
    const lookup: LookupAll = async (host) =>
      host === 'news.example' ? [{ address: '127.0.0.1', family: 4 }] : host === 'metadata.internal.example' ? [{ address: '169.254.169.254', family: 4 }] : [];
    // Treat only the test server's address as public, so the first hop is allowed and the redirect is what is judged.
    const addressPolicy = (ip: string): string | null => (ip === '127.0.0.1' ? null : blockedReason(ip));
    const { docs, diagnostics } = await collectInputs(
      [`http://news.example:${port}/to-metadata`, `http://news.example:${port}/to-private-ip`, `http://news.example:${port}/page?n=ok`],
      { lookup, addressPolicy, timeoutMs: 2000 },
    );
    expect(docs.map((d) => d.hints?.url)).toEqual([`http://news.example:${port}/page?n=ok`]);
    expect(diagnostics.map((d) => d.rule).sort()).toEqual(['private-address', 'private-address']);
    expect(diagnostics.map((d) => d.message).join(' ')).toMatch(/169\.254\.169\.254/);
  });

  it('reports timeout, too-large (streamed and declared), too-many-redirects, http-status, bad-scheme', async () => {
    // The slow page alone gets a short budget; the others a long one, so a loaded machine cannot turn them into timeouts.
    const slow = await collectInputs([`${base}/slow`], { allowPrivate: true, timeoutMs: 400 });
    const rest = await collectInputs(
      [`${base}/big`, `${base}/big-declared`, `${base}/loop`, `${base}/missing`, 'ftp://example.org/x', 'file:///etc/passwd'],
      { allowPrivate: true, timeoutMs: 10_000, maxBytes: 1_000_000, maxRedirects: 3 },
    );
    const docs = [...slow.docs, ...rest.docs];
    const diagnostics = [...slow.diagnostics, ...rest.diagnostics];
    expect(docs).toEqual([]);
    const rule = (u: string): string | undefined => diagnostics.find((d) => d.source === u)?.rule;
    expect(rule(`${base}/slow`)).toBe('timeout');
    expect(rule(`${base}/big`)).toBe('too-large');
    expect(rule(`${base}/big-declared`)).toBe('too-large');
    expect(rule(`${base}/loop`)).toBe('too-many-redirects');
    expect(rule(`${base}/missing`)).toBe('http-status');
    expect(rule('ftp://example.org/x')).toBe('bad-scheme');
    expect(rule('file:///etc/passwd')).toBe('bad-scheme');
  });

  it('knows the blocked address ranges', () => {
    for (const ip of ['127.0.0.1', '10.0.0.8', '172.20.1.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', 'fc00::1', 'fe80::1', '::ffff:127.0.0.1', '::ffff:7f00:1']) {
      expect(blockedReason(ip), ip).not.toBeNull();
    }
    for (const ip of ['93.184.216.34', '8.8.8.8', '2606:4700::1111']) expect(blockedReason(ip), ip).toBeNull();
  });
});

describe('collectInputs: files, folders, globs, stdin', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'triangulate-ingest-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'b.txt'), `Dam to be inspected\n\n${PARA}\n`);
    writeFileSync(join(dir, 'a.html'), page('File page'));
    writeFileSync(join(dir, 'sub', 'c.md'), `# Notes\n\n${PARA}\n`);
    writeFileSync(join(dir, 'notes.json'), '{"not": "a feed"}');
    writeFileSync(join(dir, 'ignored.csv'), 'a,b');
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'feed.xml'), `<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title><item><title>Inline</title><description><![CDATA[${long}]]></description></item></channel></rss>`);
    writeFileSync(join(dir, 'bin.dat'), Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 13) % 256)));
    writeFileSync(join(dir, 'truncated.rss'), '<?xml version="1.0"?><rss version="2.0"><channel><title>Cut</title><item><title>One</tit');
    writeFileSync(join(dir, 'broken.html'), `<html><body><div><p>${PARA}<p>${PARA}</span></table><td>`);
    writeFileSync(join(dir, 'nav-only.htm'), '<html><body><nav><a href="/">Home</a></nav></body></html>');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a folder recursively and sorted; feeds only when they look like one; empty files and broken feeds are diagnostics', async () => {
    const { docs, diagnostics } = await collectInputs([dir]);
    const names = docs.map((d) => d.source.replace(dir, ''));
    expect(names).toEqual(['/a.html', '/b.txt', '/broken.html', '/feed.xml#item-1', '/nav-only.htm', '/sub/c.md']);
    expect(diagnostics.map((d) => `${d.source.replace(dir, '')}:${d.rule}`).sort()).toEqual(['/empty.txt:empty-input', '/truncated.rss:malformed-feed']);
  });

  it('turns broken and article-less pages into diagnostics, not crashes', async () => {
    const { docs } = await collectInputs([join(dir, 'broken.html'), join(dir, 'nav-only.htm'), join(dir, 'bin.dat')]);
    const rules = docs.map((d) => readDocument(d, { id: 'x' })).map((r) => (r.article ? 'ok' : r.diagnostics[0]?.rule));
    expect(rules).toEqual(['ok', 'no-article', 'binary-input']);
  });

  it('reports a truncated feed as malformed-feed', async () => {
    const { docs, diagnostics } = await collectInputs([join(dir, 'truncated.rss')]);
    expect(docs).toEqual([]);
    expect(diagnostics.map((d) => d.rule)).toEqual(['malformed-feed']);
  });

  it('survives a feed with 10,000 items, reading up to maxFeedItems', async () => {
    const items = Array.from({ length: 10_000 }, (_, i) => `<item><title>Item ${i}</title><link>${base}/page?n=${i}</link></item>`).join('');
    const path = join(dir, 'huge.xml');
    writeFileSync(path, `<?xml version="1.0"?><rss version="2.0"><channel><title>Huge</title>${items}</channel></rss>`);
    const { docs, diagnostics } = await collectInputs([path], { allowPrivate: true, maxFeedItems: 25, concurrency: 8 });
    expect(docs).toHaveLength(25);
    expect(diagnostics.map((d) => d.rule)).toEqual(['feed-truncated']);
  });

  it('refuses a 20 MB file without reading it, and reports missing paths and empty globs', async () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, Buffer.alloc(20 * 1024 * 1024, 'a'));
    const { docs, diagnostics } = await collectInputs([big, join(dir, 'nope.txt'), join(dir, '*.nothing')]);
    expect(docs).toEqual([]);
    expect(diagnostics.map((d) => d.rule).sort()).toEqual(['not-found', 'not-found', 'too-large']);
    rmSync(big);
  });

  it('expands globs relative to cwd', async () => {
    const { docs } = await collectInputs(['*.txt', 'sub/*.md'], { cwd: dir });
    expect(docs.map((d) => d.source.replace(dir, ''))).toEqual(['/b.txt', '/sub/c.md']);
  });

  it('reads JSONL from stdin, with hints', async () => {
    const lines = [
      JSON.stringify({ text: `${PARA}`, title: 'From text', outlet: 'Wire', published: '2023-05-03' }),
      JSON.stringify({ html: page('From html'), url: 'https://river.example/a' }),
      'not json',
      JSON.stringify({ title: 'nothing else' }),
    ].join('\n');
    const { docs, diagnostics } = await collectInputs(['-'], { stdin: Readable.from([Buffer.from(lines)]) });
    expect(docs).toHaveLength(2);
    expect(docs[0]!.hints).toEqual({ title: 'From text', outlet: 'Wire', published: '2023-05-03' });
    expect(docs[1]!.source).toBe('https://river.example/a');
    expect(diagnostics.map((d) => d.rule)).toEqual(['malformed-jsonl', 'empty-input']);
  });

  it('reads a plain page from stdin', async () => {
    const { docs } = await collectInputs(['-'], { stdin: Readable.from([Buffer.from(page('Piped'))]) });
    expect(docs).toHaveLength(1);
    expect(readDocument(docs[0]!, { id: 's' }).article?.title).toBe('Piped');
  });
});
