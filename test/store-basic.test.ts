// The store: migrations recorded once, articles deduplicated by text hash and canonical URL, versions numbered, jobs
// left unfinished by a stopped process marked failed on open.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalUrl, MIGRATIONS, openStore, textHash, type NewArticle } from '../src/store/index.js';

const enc = new TextEncoder();
const article = (text: string, url: string | null = null, canonical: string | null = null): NewArticle => ({
  title: text.slice(0, 20),
  outlet: 'Outlet',
  url,
  canonicalUrl: canonical,
  source: url ?? 'pasted.txt',
  text,
  raw: { source: url ?? 'pasted.txt', bytes: enc.encode(text), contentType: 'text/plain', hints: url ? { url } : {} },
});
const tempDb = (): string => join(mkdtempSync(join(tmpdir(), 'triangulate-store-')), 'store.sqlite');

describe('store', () => {
  it('runs each migration once and keeps WAL with synchronous=FULL', () => {
    const file = tempDb();
    openStore(file).close();
    const store = openStore(file);
    const rows = store.db.prepare('SELECT version FROM migrations').all() as Array<{ version: number }>;
    expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2);
    store.close();
  });

  it('deduplicates articles by normalised text and by canonical URL', () => {
    const store = openStore(tempDb());
    const { dossierId } = store.createDossierJob('t');
    const first = store.addArticles(dossierId, [article('The bridge  closed on Monday.', 'https://ex.org/a?utm_source=x')]);
    expect(first.added).toHaveLength(1);
    // Same text, other spacing and case: the same article.
    const again = store.addArticles(dossierId, [article('the bridge closed\non monday.')]);
    expect(again.added).toEqual([]);
    expect(again.ids).toEqual(first.ids);
    // Other text at the same canonical URL: the same article.
    const byUrl = store.addArticles(dossierId, [article('Updated text.', 'https://EX.org/a/#top')]);
    expect(byUrl.ids).toEqual(first.ids);
    // Declared canonical URL wins over the fetched one.
    const declared = store.addArticles(dossierId, [article('Another page.', 'https://m.ex.org/x', 'https://ex.org/a')]);
    expect(declared.ids).toEqual(first.ids);
    const other = store.addArticles(dossierId, [article('Something else entirely.')]);
    expect(other.added).toHaveLength(1);
    expect(store.dossierArticles(dossierId).map((a) => a.id)).toEqual([...first.ids, ...other.ids]);
    expect(store.getArticle(first.ids[0]!)?.sha256).toBe(textHash('The bridge closed on Monday.'));
    // Another dossier links the same stored article.
    const second = store.createDossierJob(null).dossierId;
    expect(store.addArticles(second, [article('THE BRIDGE CLOSED ON MONDAY.')])).toEqual({ added: first.ids, ids: first.ids });
    store.close();
  });

  it('numbers versions and keeps their input ids; re-reads documents in order', () => {
    const store = openStore(tempDb());
    const { dossierId } = store.createDossierJob(null);
    const { ids } = store.addArticles(dossierId, [article('One.'), article('Two.')]);
    expect(store.getDossier(dossierId)).toMatchObject({ version: 0, state: 'running', articleCount: 2, title: null });
    expect(store.addVersion(dossierId, ids, '{"v":1}', 'First title')).toBe(1);
    expect(store.addVersion(dossierId, ids, '{"v":2}', 'Ignored')).toBe(2);
    expect(store.latestVersion(dossierId)).toMatchObject({ version: 2, inputIds: ids, json: '{"v":2}' });
    expect(store.getDossier(dossierId)?.title).toBe('First title');
    const docs = store.dossierDocuments(dossierId);
    expect(docs.ids).toEqual(ids);
    expect(new TextDecoder().decode(docs.docs[1]!.bytes)).toBe('Two.');
    expect(docs.docs[0]!.contentType).toBe('text/plain');
    store.close();
  });

  it('tracks job state and marks unfinished jobs failed when reopened', () => {
    const file = tempDb();
    const store = openStore(file);
    const { dossierId, jobId } = store.createDossierJob(null);
    store.setProgress(jobId, 'nlp', 2, 8);
    expect(store.getJob(jobId)).toMatchObject({ state: 'running', progress: { stage: 'nlp', done: 2, total: 8 } });
    const done = store.createJob(dossierId, 'add');
    store.finishJob(done);
    store.close();
    const reopened = openStore(file);
    expect(reopened.getJob(jobId)).toMatchObject({ state: 'failed', error: { code: 'internal' } });
    expect(reopened.getJob(done)?.state).toBe('done');
    expect(reopened.getDossier(dossierId)?.state).toBe('failed');
    reopened.close();
  });

  it('canonicalises URLs', () => {
    expect(canonicalUrl('https://Example.org/a/?utm_source=x&b=1&a=2#top')).toBe('https://example.org/a?a=2&b=1');
    expect(canonicalUrl('ftp://example.org/a')).toBeNull();
    expect(canonicalUrl('not a url')).toBeNull();
  });
});
