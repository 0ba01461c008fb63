// The scale-out store on Postgres: one row per article (keyed by the sha256 of its normalised text, canonical URL
// unique), written idempotently so a job retried after a killed worker changes nothing; every attempt is logged apart.
import pg from 'pg';

export interface ProcessedArticle {
  sha256: string;
  canonicalUrl: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  text: string;
  words: number;
  sentences: number;
  worker: string;
}

export interface PgStore {
  /** Store a processed article unless stored already; true when this call stored it. */
  save(a: ProcessedArticle): Promise<boolean>;
  /** Log one processing attempt (retries included). */
  attempt(sha256: string, worker: string): Promise<void>;
  count(): Promise<number>;
  close(): Promise<void>;
  readonly pool: pg.Pool;
}

/** Table names must be plain identifiers: they are spliced into SQL. */
const ident = (s: string): string => {
  if (!/^[a-z_][a-z0-9_]{0,40}$/.test(s)) throw new Error(`not a plain SQL identifier: ${s}`);
  return s;
};

/**
 * Connect and create the tables if needed.
 * @param prefix table-name prefix (tests use their own, so runs never share rows)
 * @example const store = await openPgStore('postgres://postgres@127.0.0.1:5432/test')
 */
export async function openPgStore(url: string, prefix = 'triangulate'): Promise<PgStore> {
  const p = ident(prefix);
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  await pool.query(`CREATE TABLE IF NOT EXISTS ${p}_articles (
    sha256 TEXT PRIMARY KEY, canonical_url TEXT UNIQUE, title TEXT, outlet TEXT, published TEXT, text TEXT NOT NULL,
    words INTEGER NOT NULL, sentences INTEGER NOT NULL, worker TEXT NOT NULL, stored_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
  await pool.query(`CREATE TABLE IF NOT EXISTS ${p}_attempts (sha256 TEXT NOT NULL, worker TEXT NOT NULL, at TIMESTAMPTZ NOT NULL DEFAULT now())`);
  return {
    pool,
    async save(a) {
      const r = await pool.query(
        `INSERT INTO ${p}_articles (sha256, canonical_url, title, outlet, published, text, words, sentences, worker)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING`,
        [a.sha256, a.canonicalUrl, a.title, a.outlet, a.published, a.text, a.words, a.sentences, a.worker],
      );
      return (r.rowCount ?? 0) > 0;
    },
    async attempt(sha256, worker) {
      await pool.query(`INSERT INTO ${p}_attempts (sha256, worker) VALUES ($1, $2)`, [sha256, worker]);
    },
    async count() {
      return Number((await pool.query(`SELECT COUNT(*) AS n FROM ${p}_articles`)).rows[0].n);
    },
    close: () => pool.end(),
  };
}
