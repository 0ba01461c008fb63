// The server over a real socket (SSE progress on 127.0.0.1), and the page's static serving.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../src/server/index.js';
import { fakeDist, postJson, STORY_A, STORY_B, testService } from './server-helpers.js';

interface SseEvent {
  event: string;
  data: unknown;
}

/** Read a whole event stream (it ends after done/failed) into events. */
async function readEvents(url: string): Promise<{ events: SseEvent[]; type: string | null }> {
  const res = await fetch(url, { signal: AbortSignal.timeout(120_000) });
  const text = await res.text();
  const events = text
    .split('\n\n')
    .filter((block) => /^event:/m.test(block))
    .map((block) => ({ event: /^event: (.*)$/m.exec(block)![1]!, data: JSON.parse(/^data: (.*)$/m.exec(block)![1]!) as unknown }));
  return { events, type: res.headers.get('content-type') };
}

describe('server on 127.0.0.1', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ store: join(mkdtempSync(join(tmpdir(), 'triangulate-http-')), 's.sqlite'), port: 0, host: '127.0.0.1' });
  }, 60_000);
  afterAll(async () => server.close());

  it('streams a job’s progress as server-sent events, ending with done; a finished job answers at once', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(new URL('/api/dossiers', server.url), postJson({ texts: [{ text: STORY_A }, { text: STORY_B }] }));
    expect(res.status).toBe(202);
    const { links, dossierId } = (await res.json()) as { links: { events: string }; dossierId: string };
    const { events, type } = await readEvents(new URL(links.events, server.url).href);
    expect(type).toMatch(/^text\/event-stream/);
    const progress = events.filter((e) => e.event === 'progress').map((e) => e.data as { stage: string; done: number; total: number });
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.map((p) => p.stage)).toContain('brief');
    expect(events.at(-1)).toEqual({ event: 'done', data: { dossierId } });
    const again = await readEvents(new URL(links.events, server.url).href);
    expect(again.events).toEqual([{ event: 'done', data: { dossierId } }]);
    const dossier = (await (await fetch(new URL(`/api/dossiers/${dossierId}`, server.url))).json()) as { articles: unknown[] };
    expect(dossier.articles).toHaveLength(2);
  });

  it('ends with a failed event carrying the error code', async () => {
    const res = await fetch(new URL('/api/dossiers', server.url), postJson({ urls: ['http://127.0.0.1:9/x'] }));
    const { links } = (await res.json()) as { links: { events: string } };
    const { events } = await readEvents(new URL(links.events, server.url).href);
    expect(events.at(-1)?.event).toBe('failed');
    expect(events.at(-1)?.data).toMatchObject({ code: 'no_article' });
  });
});

describe('the page from web/dist', () => {
  it('503 unavailable naming npm run build:web while the page is not built; /api still answers', async () => {
    const { service, app } = testService();
    try {
      const res = await app.request('/');
      expect(res.status).toBe(503);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('unavailable');
      expect(body.error.message).toContain('npm run build:web');
      expect((await app.request('/api/health')).status).toBe(200);
    } finally {
      await service.close();
    }
  });

  it('serves files, falls back to index.html for page routes, never for /api, never outside dist', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'triangulate-dist-'));
    const { service, app } = testService({ webDist: fakeDist(dir) });
    try {
      const index = await app.request('/');
      expect(index.status).toBe(200);
      expect(index.headers.get('content-type')).toMatch(/^text\/html/);
      expect(index.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
      const spa = await app.request('/d/d_abc123');
      expect(await spa.text()).toContain('<title>triangulate</title>');
      const asset = await app.request('/assets/app-1a2b.js');
      expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
      expect(asset.headers.get('cache-control')).toMatch(/immutable/);
      expect(await asset.text()).toBe('console.log("page")');
      for (const path of ['/..%2Fstore.sqlite', '/%2e%2e/store.sqlite', '/assets/..%2F..%2Fstore.sqlite']) {
        const res = await app.request(path);
        expect(await res.text(), path).toContain('<title>triangulate</title>');
      }
      expect((await app.request('/api/unknown')).status).toBe(404);
      expect((await app.request('/', { method: 'HEAD' })).status).toBe(200);
    } finally {
      await service.close();
    }
  });
});
