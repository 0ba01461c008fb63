// Dossiers in the store: a title, the articles linked to it (articles.ts), and numbered versions, each the dossier JSON
// built from a listed set of article ids.
import { newId, nowIso, type Db } from './db.js';

/** A dossier's state as lists show it: `running` while a job is unfinished, else `done` once it has a version, else `failed`. */
export type DossierState = 'running' | 'done' | 'failed';

export interface DossierSummary {
  id: string;
  title: string | null;
  createdAt: string;
  updatedAt: string;
  /** The latest version's number, 0 before the first run finished. */
  version: number;
  articleCount: number;
  state: DossierState;
}

export interface DossierVersion {
  version: number;
  createdAt: string;
  /** Store ids of the articles it was built from, in the dossier's article order. */
  inputIds: string[];
  /** The Dossier as JSON text, as the pipeline wrote it. */
  json: string;
}

interface SummaryRow {
  id: string;
  title: string | null;
  created_at: string;
  updated_at: string;
  version: number;
  article_count: number;
  unfinished: number;
}

const SUMMARY_SQL = `
SELECT d.id, d.title, d.created_at, d.updated_at,
  COALESCE((SELECT MAX(version) FROM dossier_versions v WHERE v.dossier_id = d.id), 0) AS version,
  (SELECT COUNT(*) FROM dossier_articles a WHERE a.dossier_id = d.id) AS article_count,
  (SELECT COUNT(*) FROM jobs j WHERE j.dossier_id = d.id AND j.state IN ('queued', 'running')) AS unfinished
FROM dossiers d`;

const toSummary = (r: SummaryRow): DossierSummary => ({
  id: r.id,
  title: r.title,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  version: r.version,
  articleCount: r.article_count,
  state: r.unfinished > 0 ? 'running' : r.version > 0 ? 'done' : 'failed',
});

/** A new, empty dossier; its id. */
export function createDossier(db: Db, title: string | null): string {
  const id = newId('d');
  const at = nowIso();
  db.prepare('INSERT INTO dossiers (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)').run(id, title, at, at);
  return id;
}

/** Dossiers, most recently updated first. */
export function listDossiers(db: Db, limit: number, offset: number): DossierSummary[] {
  const rows = db.prepare(`${SUMMARY_SQL} ORDER BY d.updated_at DESC, d.id LIMIT ? OFFSET ?`).all(limit, offset) as SummaryRow[];
  return rows.map(toSummary);
}

/** One dossier's summary, or null. */
export function getDossier(db: Db, id: string): DossierSummary | null {
  const row = db.prepare(`${SUMMARY_SQL} WHERE d.id = ?`).get(id) as SummaryRow | undefined;
  return row ? toSummary(row) : null;
}

/** The number of dossiers stored. */
export const countDossiers = (db: Db): number => (db.prepare('SELECT COUNT(*) AS n FROM dossiers').get() as { n: number }).n;

/** The latest version, or null before the first run finished. */
export function latestVersion(db: Db, id: string): DossierVersion | null {
  const row = db.prepare('SELECT version, created_at, input_ids, dossier FROM dossier_versions WHERE dossier_id = ? ORDER BY version DESC LIMIT 1').get(id) as
    | { version: number; created_at: string; input_ids: string; dossier: string }
    | undefined;
  return row ? { version: row.version, createdAt: row.created_at, inputIds: JSON.parse(row.input_ids) as string[], json: row.dossier } : null;
}

/**
 * Store a new version (and a title when the dossier has none yet), in one transaction.
 * @returns the new version's number
 */
export function addVersion(db: Db, id: string, inputIds: readonly string[], json: string, title: string | null): number {
  return db.transaction(() => {
    const at = nowIso();
    const { v } = db.prepare('SELECT COALESCE(MAX(version), 0) + 1 AS v FROM dossier_versions WHERE dossier_id = ?').get(id) as { v: number };
    db.prepare('INSERT INTO dossier_versions (dossier_id, version, created_at, input_ids, dossier) VALUES (?, ?, ?, ?, ?)').run(id, v, at, JSON.stringify(inputIds), json);
    db.prepare('UPDATE dossiers SET updated_at = ?, title = COALESCE(title, ?) WHERE id = ?').run(at, title, id);
    return v;
  })();
}
