// The store's schema as numbered migrations, applied in order once each and recorded in `migrations`.
import type Database from 'better-sqlite3';

interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Append only: a shipped migration is never edited, a change is a new one. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, dossiers, versions, jobs',
    sql: `
CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE,
  canonical_url TEXT,
  title TEXT,
  outlet TEXT,
  url TEXT,
  source TEXT NOT NULL,
  text TEXT NOT NULL,
  raw BLOB NOT NULL,
  content_type TEXT,
  fetched_at TEXT,
  hints TEXT,
  added_at TEXT NOT NULL
);
CREATE UNIQUE INDEX articles_canonical_url ON articles(canonical_url) WHERE canonical_url IS NOT NULL;
CREATE TABLE dossiers (
  id TEXT PRIMARY KEY,
  title TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE dossier_articles (
  dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
  article_id TEXT NOT NULL REFERENCES articles(id),
  position INTEGER NOT NULL,
  added_at TEXT NOT NULL,
  PRIMARY KEY (dossier_id, article_id)
);
CREATE INDEX dossier_articles_article ON dossier_articles(article_id);
CREATE TABLE dossier_versions (
  dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  input_ids TEXT NOT NULL,
  dossier TEXT NOT NULL,
  PRIMARY KEY (dossier_id, version)
);
CREATE TABLE jobs (
  id TEXT PRIMARY KEY,
  dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('create', 'add')),
  state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed')),
  stage TEXT NOT NULL,
  done INTEGER NOT NULL,
  total INTEGER NOT NULL,
  error_code TEXT,
  error_message TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX jobs_dossier ON jobs(dossier_id, created_at);
CREATE INDEX jobs_unfinished ON jobs(state) WHERE state IN ('queued', 'running');
`,
  },
  {
    version: 2,
    name: 'stories over the article stream, feed polling state',
    sql: `
CREATE TABLE story_articles (
  article_id TEXT PRIMARY KEY REFERENCES articles(id),
  seq INTEGER NOT NULL UNIQUE,
  story TEXT NOT NULL,
  published TEXT,
  arrived_at TEXT NOT NULL
);
CREATE INDEX story_articles_story ON story_articles(story);
-- Feed items are looked up by the URL they were fetched from (watch never fetches a stored one again).
CREATE INDEX articles_url ON articles(url);
CREATE TABLE feeds (
  url TEXT PRIMARY KEY,
  etag TEXT,
  last_modified TEXT,
  failures INTEGER NOT NULL DEFAULT 0,
  next_poll_at TEXT,
  last_status TEXT,
  updated_at TEXT NOT NULL
);
`,
  },
];

/**
 * Apply every migration newer than the database's, each in its own transaction with its record.
 * @returns the schema version now in force
 */
export function migrate(db: Database.Database): number {
  db.exec('CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const current = (db.prepare('SELECT MAX(version) AS v FROM migrations').get() as { v: number | null }).v ?? 0;
  const latest = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
  if (current > latest) throw new Error(`the database's schema is version ${current}, newer than this triangulate knows (${latest}): use a newer triangulate or another --db file`);
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
    })();
  }
  return latest;
}
