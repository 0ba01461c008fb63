// URLs and feeds end to end: pages and an RSS feed served on 127.0.0.1 are fetched, read and analysed into one dossier.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeInputs } from '../src/pipeline/analyze.js';
import { badRefs, schemaErrors } from './helpers.js';

const page = (title: string, site: string, date: string, body: string[]): string => `<!doctype html><html><head>
<title>${title} | ${site}</title><meta property="og:site_name" content="${site}"><meta property="article:published_time" content="${date}">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><main><article><h1>${title}</h1>
${body.map((p) => `<p>${p}</p>`).join('\n')}
<div class="share">Share this article on Facebook</div></article></main><footer>© ${site}</footer></body></html>`;

const PAGES: Record<string, string> = {
  '/one': page('Ferry line suspended after hull crack found', 'Coastline Daily', '2026-05-12T08:00:00Z', [
    'The ferry operator Baltra Lines suspended its Kessel crossing on Monday after inspectors found a crack in the hull of its largest vessel, the company said.',
    '"Nobody boards that ship until every weld has been checked," said Irma Teodor, the company\'s safety director.',
    'About 1,200 passengers a day use the crossing, according to the port authority.',
  ]),
  '/two': page('Kessel ferry halted over hull damage', 'Harbour Post', '2026-05-12T11:30:00Z', [
    'Baltra Lines halted its Kessel ferry crossing on Monday after inspectors discovered a crack in the hull of its largest ship.',
    'Safety director Irma Teodor said: "Nobody boards that ship until every weld has been checked."',
    'The port authority said roughly 1,500 passengers use the route each day.',
  ]),
};

const FEED = (base: string): string => `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Post</title>
<item><title>Kessel ferry halted over hull damage</title><link>${base}/two</link><pubDate>Tue, 12 May 2026 11:30:00 GMT</pubDate></item>
</channel></rss>`;

describe('analyze over HTTP on 127.0.0.1', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      const html = PAGES[req.url ?? ''];
      if (req.url === '/feed.xml') {
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED(base));
      } else if (html) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
      } else res.writeHead(404).end('not found');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('refuses the loopback server by default', async () => {
    const d = await analyzeInputs([`${base}/one`]);
    expect(d.articles).toHaveLength(0);
    expect(d.diagnostics.map((x) => x.rule)).toContain('private-address');
  });

  it('fetches a page and a feed, then reads, aligns and quotes across them', async () => {
    const d = await analyzeInputs([`${base}/one`, `${base}/feed.xml`], { ingest: { allowPrivate: true }, now: '2026-05-13T00:00:00Z' });
    expect(schemaErrors(d)).toEqual([]);
    expect(badRefs(d)).toEqual([]);
    expect(d.articles.map((a) => a.outlet)).toEqual(['Coastline Daily', 'Harbour Post']);
    for (const a of d.articles) expect(a.text).not.toMatch(/Share this article|Home/);
    const quoteGroup = d.quoteGroups.find((g) => g.quotes.length === 2);
    expect(quoteGroup, 'the same quote from both outlets forms one group').toBeDefined();
    const speaker = d.entities.find((e) => e.id === quoteGroup!.speaker);
    expect(speaker?.name).toBe('Irma Teodor');
    const passengers = d.conflicts.find((c) => c.values.some((v) => /1,200/.test(v.value)) && c.values.some((v) => /1,500/.test(v.value)));
    expect(passengers, 'the passenger counts disagree').toBeDefined();
    expect(d.reuse[0]!.score).toBeLessThan(0.5);
  });
});
