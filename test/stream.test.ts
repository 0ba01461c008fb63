// The article stream over the store: `triangulate ingest` (dedupe by canonical URL and content hash, a story each),
// `triangulate stories`, and `triangulate watch` against a feed served on 127.0.0.1 (conditional GET, backoff, no refetch).
import { createServer, type Server } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'triangulate-stream-'));
const lines = (s: string) => s.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

const FERRY = 'A passenger ferry ran aground on a sandbank off Isla Verde early on Saturday, and all 212 passengers were taken ashore by lifeboats, the coast guard said. The ferry Marisol had left San Telmo shortly after midnight.';
const FERRY_2 = 'Divers inspected the hull of the Marisol ferry after it ran aground off Isla Verde with 212 passengers aboard; the coast guard said all were taken ashore by lifeboats from San Telmo.';
const VOTE = 'The San Telmo city council postponed the vote on the municipal pension reform after two members fell ill, the clerk said. Unions have called a rally outside the council chamber.';

describe('triangulate ingest and stories', () => {
  it('stores articles once (by URL and by text), assigns stories, and lists them', async () => {
    const dir = tmp();
    const db = join(dir, 's.sqlite');
    const dump = [
      { url: 'https://news.example/ferry', title: 'Ferry aground off Isla Verde', text: FERRY, outlet: 'Harbour Post', published: '2026-03-14T08:00:00Z' },
      { url: 'https://other.example/marisol', title: 'Marisol hull inspected', text: FERRY_2, outlet: 'Island Times', published: '2026-03-14T10:00:00Z' },
      { url: 'https://news.example/vote', title: 'Pension vote delayed', text: VOTE, outlet: 'Harbour Post', published: '2026-03-14T11:00:00Z' },
      { url: 'https://news.example/ferry?utm_source=x', title: 'Ferry aground (shared link)', text: `${FERRY} Updated.`, outlet: 'Harbour Post' },
      { url: 'https://mirror.example/copy', title: 'Copy', text: FERRY, outlet: 'Mirror' },
    ];
    writeFileSync(join(dir, 'dump.jsonl'), dump.map((d) => JSON.stringify(d)).join('\n'));
    const first = await runCli(['ingest', join(dir, 'dump.jsonl'), '--db', db]);
    expect(first.code).toBe(0);
    const rows = lines(first.stdout);
    expect(rows.map((r) => r['status'])).toEqual(['new', 'new', 'new', 'duplicate', 'duplicate']);
    expect(rows[1]!['story']).toBe(rows[0]!['story']);
    expect(rows[2]!['story']).not.toBe(rows[0]!['story']);
    expect(rows[3]!['id']).toBe(rows[0]!['id']);
    expect(rows[4]!['id']).toBe(rows[0]!['id']);
    // A second run over the same dump adds nothing, and the stream (replayed from the store) gives the same stories.
    const again = await runCli(['ingest', join(dir, 'dump.jsonl'), '--db', db]);
    expect(lines(again.stdout).map((r) => [r['status'], r['story']])).toEqual(rows.map((r) => ['duplicate', r['story']]));
    const listed = await runCli(['stories', '--db', db, '--json']);
    const stories = lines(listed.stdout);
    expect(stories).toHaveLength(2);
    const ferry = stories.find((s) => s['story'] === rows[0]!['story'])!;
    expect(ferry).toMatchObject({ size: 2, outlets: ['Harbour Post', 'Island Times'], headline: 'Ferry aground off Isla Verde' });
  });
});

describe('triangulate watch', () => {
  let server: Server;
  let base = '';
  const hits: Array<{ path: string; inm: string | undefined }> = [];
  const page = (title: string, body: string) => `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${body}</p></article></body></html>`;
  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push({ path: req.url ?? '', inm: req.headers['if-none-match'] as string | undefined });
      if (req.url === '/feed.xml') {
        if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
        const items = ['ferry', 'marisol', 'vote'].map((p) => `<item><title>${p}</title><link>${base}/${p}</link></item>`).join('');
        res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' });
        return void res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Post</title>${items}</channel></rss>`);
      }
      if (req.url === '/broken.xml') return void res.writeHead(500).end('no');
      const body = { '/ferry': page('Ferry aground off Isla Verde', FERRY), '/marisol': page('Marisol hull inspected', FERRY_2), '/vote': page('Pension vote delayed', VOTE) }[req.url ?? ''];
      if (!body) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const addr = server.address();
    base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('polls with conditional GET, backs off a failing feed, and never fetches an item twice', async () => {
    const dir = tmp();
    const db = join(dir, 'w.sqlite');
    const args = ['watch', `${base}/feed.xml`, `${base}/broken.xml`, '--db', db, '--once', '--allow-private', '--interval', '1'];
    const first = await runCli(args);
    expect(first.code).toBe(0);
    const got = lines(first.stdout);
    expect(got.map((r) => r['status'])).toEqual(['new', 'new', 'new']);
    expect(new Set(got.map((r) => r['story'])).size).toBe(2);
    expect(first.stderr).toMatch(/broken\.xml: http-status/);
    await new Promise((r) => setTimeout(r, 1100));
    hits.length = 0;
    const second = await runCli(args);
    expect(second.stdout).toBe('');
    // The feed answered 304 to its ETag; the broken feed waits out its backoff (2 s after one failure); no page refetched.
    expect(hits).toEqual([{ path: '/feed.xml', inm: '"v1"' }]);
    const stories = lines((await runCli(['stories', '--db', db, '--json'])).stdout);
    expect(stories.map((s) => s['size']).sort()).toEqual([1, 2]);
  });

  it('refuses a feed on a private address without --allow-private, as every other fetch path does', async () => {
    const dir = tmp();
    hits.length = 0;
    const out = await runCli(['watch', `${base}/feed.xml`, '--db', join(dir, 'p.sqlite'), '--once']);
    expect(out.code).toBe(0);
    expect(out.stderr).toMatch(/feed\.xml: private-address: 127\.0\.0\.1 resolves to 127\.0\.0\.1/);
    expect(out.stdout).toBe('');
    // No request reached the loopback server.
    expect(hits).toEqual([]);
  });
});
