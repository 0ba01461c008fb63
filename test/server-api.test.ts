// The HTTP API in-process (app.request): every route, its answers and error codes, dedupe and re-runs as versions, and
// the OpenAPI document (its route list pins the contract: a new route adds its line here).
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../src/core/types.js';
import { PAGE_CSP } from '../src/server/index.js';
import { closeLocal, listenLocal, schemaErrors } from './helpers.js';
import { postJson, STORY_A, STORY_B, STORY_C, testService, waitJob, type Service } from './server-helpers.js';

let service: Service;
let app: ReturnType<typeof testService>['app'];
let dossierId = '';
let firstJob = '';

beforeAll(async () => {
  ({ service, app } = testService());
  const res = await app.request('/api/dossiers', postJson({ title: 'Vell Street bridge', texts: [{ name: 'courier.txt', text: STORY_A }, { text: STORY_B }] }));
  expect(res.status).toBe(202);
  const body = (await res.json()) as { jobId: string; dossierId: string; links: Record<string, string> };
  ({ dossierId, jobId: firstJob } = body);
  expect(res.headers.get('location')).toBe(`/api/jobs/${firstJob}`);
  expect(body.links).toEqual({ job: `/api/jobs/${firstJob}`, events: `/api/jobs/${firstJob}/events`, dossier: `/api/dossiers/${dossierId}` });
  // Before the first run is done the dossier is listed as running and its body is not there yet.
  const early = await app.request(`/api/dossiers/${dossierId}`);
  expect(early.status).toBe(404);
  const list = (await (await app.request('/api/dossiers')).json()) as { items: Array<{ id: string; state: string }> };
  expect(list.items.find((d) => d.id === dossierId)?.state).toBe('running');
  expect((await waitJob(service, firstJob)).state).toBe('done');
}, 180_000);

afterAll(async () => service.close());

const json = async <T>(res: Response): Promise<T> => (await res.json()) as T;

describe('API routes', () => {
  it('GET /api/health answers ok and the version, with the security headers', async () => {
    const res = await app.request('/api/health');
    expect(await res.json()).toEqual({ ok: true, version: service.version });
    expect(res.headers.get('content-security-policy')).toBe(PAGE_CSP);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('GET /api/jobs/:id gives the finished job', async () => {
    const job = await json<Record<string, unknown>>(await app.request(`/api/jobs/${firstJob}`));
    expect(job).toMatchObject({ id: firstJob, dossierId, state: 'done' });
    expect(job.error).toBeUndefined();
  });

  it('GET /api/dossiers/:id gives the dossier JSON, valid against its schema', async () => {
    const res = await app.request(`/api/dossiers/${dossierId}`);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const d = await json<Dossier>(res);
    expect(schemaErrors(d)).toEqual([]);
    expect(d.articles.map((a) => a.source)).toEqual(['courier.txt', 'pasted-2.txt']);
    expect(d.claims.length).toBeGreaterThan(0);
  });

  it('GET /api/dossiers lists it with its title, version and article count', async () => {
    const { items } = await json<{ items: Array<Record<string, unknown>> }>(await app.request('/api/dossiers?limit=10&offset=0'));
    expect(items.find((d) => d.id === dossierId)).toMatchObject({ title: 'Vell Street bridge', state: 'done', articleCount: 2 });
    expect((await app.request('/api/dossiers?limit=0')).status).toBe(400);
    expect((await app.request('/api/dossiers?offset=-1')).status).toBe(400);
  });

  it('exports Markdown and HTML by query or Accept, as attachments on request', async () => {
    const md = await app.request(`/api/dossiers/${dossierId}?format=md`);
    expect(md.headers.get('content-type')).toMatch(/^text\/markdown/);
    expect(await md.text()).toMatch(/^# /);
    const byAccept = await app.request(`/api/dossiers/${dossierId}`, { headers: { accept: 'text/markdown' } });
    expect(byAccept.headers.get('content-type')).toMatch(/^text\/markdown/);
    const html = await app.request(`/api/dossiers/${dossierId}?format=html&download=1`);
    expect(html.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html.headers.get('content-disposition')).toBe(`attachment; filename="triangulate-${dossierId}.html"`);
    expect((await app.request(`/api/dossiers/${dossierId}`, { headers: { accept: 'text/html' } })).headers.get('content-type')).toMatch(/^text\/html/);
    expect((await app.request(`/api/dossiers/${dossierId}?format=pdf`)).status).toBe(400);
  });

  it("the HTML export's CSP (meta and header) hashes exactly its inline script and style", async () => {
    const res = await app.request(`/api/dossiers/${dossierId}?format=html`);
    const page = await res.text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1];
    expect(meta).toBeDefined();
    expect(res.headers.get('content-security-policy')).toBe(`${meta}; frame-ancestors 'none'`);
    const hash = (s: string): string => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
    const scripts = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => hash(m[1]!));
    const styles = [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => hash(m[1]!));
    expect(scripts).toHaveLength(1);
    expect(styles).toHaveLength(1);
    expect(meta).toContain(`script-src ${scripts[0]}`);
    expect(meta).toContain(`style-src ${styles[0]}`);
    expect(meta).toMatch(/default-src 'none'/);
    // No inline handler or other script element could run under it.
    expect(page).not.toMatch(/<script[^>]*\ssrc=|\son[a-z]+=/i);
  });

  it('GET /api/dossiers/:id/articles and /api/articles/:id', async () => {
    const { items } = await json<{ items: Array<{ id: string; sha256: string; title: string }> }>(await app.request(`/api/dossiers/${dossierId}/articles`));
    expect(items).toHaveLength(2);
    expect(items[0]!.title).toBe('Bridge closed after cracks found');
    const article = await json<{ id: string; text: string; sha256: string; url?: string }>(await app.request(`/api/articles/${items[0]!.id}`));
    expect(article.text).toContain('Vell Street bridge');
    expect(article.sha256).toBe(items[0]!.sha256);
    expect('url' in article).toBe(false);
  });

  it('adds articles as a new version; duplicates add nothing and make no version', async () => {
    const dup = await app.request(`/api/dossiers/${dossierId}/articles`, postJson({ texts: [{ text: STORY_A.replace(/ +/g, '  ').toUpperCase() }] }));
    expect(dup.status).toBe(202);
    expect((await waitJob(service, (await json<{ jobId: string }>(dup)).jobId)).state).toBe('done');
    expect(service.store.getDossier(dossierId)).toMatchObject({ version: 1, articleCount: 2 });

    const add = await app.request(`/api/dossiers/${dossierId}/articles`, postJson({ texts: [{ text: STORY_C }, { text: STORY_B }] }));
    expect((await waitJob(service, (await json<{ jobId: string }>(add)).jobId)).state).toBe('done');
    expect(service.store.getDossier(dossierId)).toMatchObject({ version: 2, articleCount: 3 });
    const v2 = service.store.latestVersion(dossierId)!;
    expect(v2.inputIds).toHaveLength(3);
    const d = await json<Dossier>(await app.request(`/api/dossiers/${dossierId}`));
    expect(d.articles).toHaveLength(3);
    expect(d.articles[2]!.title).toBe('Traffic diverted as bridge stays shut');
  });

  it('accepts multipart forms with files and pasted text', async () => {
    const form = new FormData();
    form.append('title', 'From a form');
    form.append('text', STORY_C);
    form.append('files', new File([STORY_A], 'courier.txt', { type: 'text/plain' }));
    form.append('files', new File([`<html><head><title>Shut</title></head><body><article><h1>Shut</h1><p>${STORY_B.split('\n\n')[1]}</p></article></body></html>`], 'b.html', { type: 'text/html' }));
    const res = await app.request('/api/dossiers', { method: 'POST', body: form });
    expect(res.status).toBe(202);
    const { jobId, dossierId: id } = await json<{ jobId: string; dossierId: string }>(res);
    expect((await waitJob(service, jobId)).state).toBe('done');
    // Every article here is stored already: STORY_A and STORY_C as such, b.html as STORY_B's text under another headline
    // (the text, not the headline, is hashed). They are shared, not stored twice.
    const { items } = await json<{ items: Array<{ id: string }> }>(await app.request(`/api/dossiers/${id}/articles`));
    expect(items).toHaveLength(3);
    const stored = service.store.db.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number };
    expect(stored.n).toBe(3);
  });

  it('a dossier whose inputs hold no article fails its job with no_article', async () => {
    const res = await app.request('/api/dossiers', postJson({ texts: [{ name: 'x.json', text: '{"not": "a feed"}' }] }));
    const { jobId, dossierId: id } = await json<{ jobId: string; dossierId: string }>(res);
    const job = await waitJob(service, jobId);
    expect(job).toMatchObject({ state: 'failed', error: { code: 'no_article' } });
    expect(service.store.getDossier(id)?.state).toBe('failed');
    const body = await json<{ error: { code: string; message: string } }>(await app.request(`/api/dossiers/${id}`));
    expect(body.error.code).toBe('not_found');
    expect(body.error.message).toMatch(/first run failed/);
  });

  it('refuses private addresses (the SSRF policy) unless the server allows them', async () => {
    const res = await app.request('/api/dossiers', postJson({ urls: ['http://127.0.0.1:9/story', 'http://[::1]:9/x', 'http://10.0.0.1/y'] }));
    const job = await waitJob(service, (await json<{ jobId: string }>(res)).jobId);
    expect(job.error?.code).toBe('no_article');
    expect(job.error?.message).toMatch(/loopback/);
    expect(job.error?.message).toMatch(/private/);
  });
});

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 with every contract route, resolvable refs and compilable schemas', async () => {
    const doc = (await (await app.request('/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>>;
      components: { schemas: Record<string, object> };
    };
    expect(doc.openapi).toBe('3.1.0');
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)).sort();
    expect(routes).toEqual(
      [
        'GET /api/health', 'POST /api/dossiers', 'GET /api/dossiers', 'GET /api/dossiers/{id}', 'GET /api/dossiers/{id}/articles',
        'POST /api/dossiers/{id}/articles', 'GET /api/jobs/{id}', 'GET /api/jobs/{id}/events', 'GET /api/articles/{id}',
      ].sort(),
    );
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(doc.components.schemas[ref], ref).toBeDefined();
    const ajv = new Ajv2020({ strict: false });
    for (const [name, schema] of Object.entries(doc.components.schemas)) ajv.addSchema(schema, `#/components/schemas/${name}`);
    // Answers validate against the document's own schemas.
    const check = (name: string, value: unknown): void => {
      const validate = ajv.compile({ $ref: `#/components/schemas/${name}` });
      expect(validate(value), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    };
    check('Health', await (await app.request('/api/health')).json());
    const error = await (await app.request('/api/jobs/j_none')).json();
    check('Error', error);
    const accepted = await (await app.request('/api/dossiers', postJson({ texts: [{ text: STORY_A }] }))).json();
    check('Accepted', accepted);
    check('Job', await (await app.request((accepted as { links: { job: string } }).links.job)).json());
    for (const [route, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        expect(Object.keys(op.responses), `${method} ${route}`).toContain(route.endsWith('/events') || method !== 'post' ? '200' : '202');
      }
    }
  });
});

describe('API errors', () => {
  const error = async (res: Response): Promise<{ status: number; code: string }> => ({ status: res.status, code: (await json<{ error: { code: string } }>(res)).error.code });

  it('404 not_found for unknown ids and API routes; /api never falls back to the page', async () => {
    expect(await error(await app.request('/api/dossiers/d_nope'))).toEqual({ status: 404, code: 'not_found' });
    expect(await error(await app.request('/api/dossiers/d_nope/articles'))).toEqual({ status: 404, code: 'not_found' });
    expect(await error(await app.request('/api/dossiers/d_nope/articles', postJson({ texts: [{ text: STORY_A }] })))).toEqual({ status: 404, code: 'not_found' });
    expect(await error(await app.request('/api/articles/art_nope'))).toEqual({ status: 404, code: 'not_found' });
    expect(await error(await app.request('/api/jobs/j_nope'))).toEqual({ status: 404, code: 'not_found' });
    expect(await error(await app.request('/api/jobs/j_nope/events'))).toEqual({ status: 404, code: 'not_found' });
    expect(await error(await app.request('/api/nothing/here'))).toEqual({ status: 404, code: 'not_found' });
    expect(await error(await app.request('/api/health', { method: 'DELETE' }))).toEqual({ status: 404, code: 'not_found' });
  });

  it('400 bad_request for malformed or empty bodies and non-http URLs', async () => {
    const bad = async (init: RequestInit): Promise<{ status: number; code: string }> => error(await app.request('/api/dossiers', { ...init, headers: { 'content-type': 'application/json', 'x-test-ip': 'bad' } }));
    expect(await bad({ method: 'POST', body: '{"texts": [' })).toEqual({ status: 400, code: 'bad_request' });
    expect(await bad({ method: 'POST', body: '{}' })).toEqual({ status: 400, code: 'bad_request' });
    expect(await bad({ method: 'POST', body: '{"urls": "https://example.org"}' })).toEqual({ status: 400, code: 'bad_request' });
    expect(await bad({ method: 'POST', body: '{"texts": [{"name": "x"}]}' })).toEqual({ status: 400, code: 'bad_request' });
    expect(await bad({ method: 'POST', body: '{"urls": ["file:///etc/passwd"]}' })).toEqual({ status: 400, code: 'bad_request' });
    expect(await bad({ method: 'POST', body: '{"urls": ["/etc/passwd"]}' })).toEqual({ status: 400, code: 'bad_request' });
  });

  it('415 unsupported_media_type for other bodies and other file types', async () => {
    const text = await app.request('/api/dossiers', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: STORY_A });
    expect(await error(text)).toEqual({ status: 415, code: 'unsupported_media_type' });
    const form = new FormData();
    form.append('files', new File(['MZ'], 'tool.exe'));
    expect(await error(await app.request('/api/dossiers', { method: 'POST', body: form }))).toEqual({ status: 415, code: 'unsupported_media_type' });
  });
});

describe('API limits', () => {
  it('413 payload_too_large over the body limit and over the input count', async () => {
    const { service: s, app: small } = testService({ maxBodyBytes: 2000, maxInputs: 3 });
    try {
      const big = await small.request('/api/dossiers', postJson({ texts: [{ text: 'x'.repeat(5000) }] }));
      expect(big.status).toBe(413);
      expect((await json<{ error: { code: string } }>(big)).error.code).toBe('payload_too_large');
      const many = await small.request('/api/dossiers', postJson({ urls: ['https://a.example/1', 'https://a.example/2'], texts: [{ text: 'a' }, { text: 'b' }] }));
      expect(many.status).toBe(413);
      expect(s.store.countDossiers()).toBe(0);
    } finally {
      await s.close();
    }
  });

  it('503 unavailable with Retry-After while the queue of analyses is full', async () => {
    // The jobs fetch a page that never answers, so neither can finish between the requests, however loaded the machine.
    const hold = createServer(() => undefined);
    const base = await listenLocal(hold);
    const { service: s, app: busy } = testService({ jobConcurrency: 1, maxQueuedJobs: 1, allowPrivate: true });
    try {
      const post = async (): Promise<Response> => busy.request('/api/dossiers', postJson({ urls: [`${base}/held`] }));
      expect((await post()).status).toBe(202);
      expect((await post()).status).toBe(202);
      expect(s.runner.load).toEqual({ queued: 1, running: 1 });
      const third = await post();
      expect(third.status).toBe(503);
      expect((await json<{ error: { code: string } }>(third)).error.code).toBe('unavailable');
      expect(third.headers.get('retry-after')).toBe('30');
    } finally {
      closeLocal(hold);
      await s.close();
    }
  });

  it('429 rate_limited with Retry-After past the per-client rate, other clients unaffected', async () => {
    const { service: s, app: limited } = testService({ ratePerMinute: 2 });
    try {
      const post = async (ip: string): Promise<Response> => limited.request('/api/dossiers', postJson({}, { 'x-test-ip': ip }));
      expect((await post('one')).status).toBe(400);
      expect((await post('one')).status).toBe(400);
      const third = await post('one');
      expect(third.status).toBe(429);
      expect((await json<{ error: { code: string } }>(third)).error.code).toBe('rate_limited');
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(Number(third.headers.get('retry-after'))).toBeLessThanOrEqual(60);
      expect((await post('two')).status).toBe(400);
      // Reading is not rate limited.
      expect((await limited.request('/api/dossiers', { headers: { 'x-test-ip': 'one' } })).status).toBe(200);
    } finally {
      await s.close();
    }
  });
});
