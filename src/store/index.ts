// The store: one SQLite file holding articles (deduplicated), dossiers with their versions, and analysis jobs.
// The server and `triangulate serve` use it, and the stream commands (ingest, watch, stories); stages never do.
import { openDb, type Db } from './db.js';
import * as articles from './articles.js';
import * as dossiers from './dossiers.js';
import * as jobs from './jobs.js';

export { canonicalUrl, normaliseText, textHash, type ArticleSummary, type NewArticle, type StoredArticle } from './articles.js';
export type { DossierState, DossierSummary, DossierVersion } from './dossiers.js';
export type { Job, JobKind, JobState } from './jobs.js';
export { MIGRATIONS } from './migrations.js';
export { openStream, type ArticleStream, type Arrival } from './stream.js';
export { feedState, listStories, saveFeedState, type FeedState, type StoryRow } from './stories.js';
export { hasUrl } from './articles.js';

/** The store's operations over one open database; every write is one transaction. */
export interface Store {
  readonly db: Db;
  /** A new dossier with its first job, in one transaction. */
  createDossierJob(title: string | null): { dossierId: string; jobId: string };
  /** A queued `add` job for an existing dossier. */
  createJob(dossierId: string, kind: jobs.JobKind): string;
  listDossiers(limit: number, offset: number): dossiers.DossierSummary[];
  getDossier(id: string): dossiers.DossierSummary | null;
  countDossiers(): number;
  hasLiveDossier(): boolean;
  latestVersion(id: string): dossiers.DossierVersion | null;
  latestVersionNumber(id: string): number | null;
  addVersion(id: string, inputIds: readonly string[], json: string, title: string | null): number;
  addArticles(dossierId: string, list: readonly articles.NewArticle[]): { added: string[]; ids: string[] };
  getArticle(id: string): articles.StoredArticle | null;
  dossierArticles(dossierId: string): articles.ArticleSummary[];
  dossierDocuments(dossierId: string): ReturnType<typeof articles.dossierDocuments>;
  getJob(id: string): jobs.Job | null;
  setProgress(id: string, stage: string, done: number, total: number): void;
  finishJob(id: string): void;
  failJob(id: string, code: string, message: string): void;
  close(): void;
}

export interface OpenStoreOptions {
  /** Mark jobs a previous process left unfinished as failed (default true: the server does; a reader of the file may not want to). */
  failUnfinished?: boolean;
}

/**
 * Open the store in `file` (created and migrated as needed).
 * @example const store = openStore('triangulate.sqlite'); store.listDossiers(20, 0)
 */
export function openStore(file: string, opts: OpenStoreOptions = {}): Store {
  const db = openDb(file);
  if (opts.failUnfinished !== false) jobs.failUnfinished(db);
  return {
    db,
    createDossierJob: (title) =>
      db.transaction(() => {
        const dossierId = dossiers.createDossier(db, title);
        return { dossierId, jobId: jobs.createJob(db, dossierId, 'create') };
      })(),
    createJob: (dossierId, kind) => jobs.createJob(db, dossierId, kind),
    listDossiers: (limit, offset) => dossiers.listDossiers(db, limit, offset),
    getDossier: (id) => dossiers.getDossier(db, id),
    countDossiers: () => dossiers.countDossiers(db),
    hasLiveDossier: () => dossiers.hasLiveDossier(db),
    latestVersion: (id) => dossiers.latestVersion(db, id),
    latestVersionNumber: (id) => dossiers.latestVersionNumber(db, id),
    addVersion: (id, inputIds, json, title) => dossiers.addVersion(db, id, inputIds, json, title),
    addArticles: (dossierId, list) => articles.addArticles(db, dossierId, list),
    getArticle: (id) => articles.getArticle(db, id),
    dossierArticles: (dossierId) => articles.dossierArticles(db, dossierId),
    dossierDocuments: (dossierId) => articles.dossierDocuments(db, dossierId),
    getJob: (id) => jobs.getJob(db, id),
    setProgress: (id, stage, done, total) => jobs.setProgress(db, id, stage, done, total),
    finishJob: (id) => jobs.finishJob(db, id),
    failJob: (id, code, message) => jobs.failJob(db, id, code, message),
    close: () => db.close(),
  };
}
