// Opening the SQLite file: WAL journal, synchronous=FULL (a commit that returned is on disk), foreign keys, busy wait.
import type Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { migrate } from './migrations.js';

export type Db = Database.Database;

/**
 * Open (creating if needed) the store's database and bring its schema up to date.
 * @param file a path, or ':memory:' for a throw-away store
 * @example const db = openDb('triangulate.sqlite')
 */
export function openDb(file: string): Db {
  // Required here, not imported: the native add-on loads only for commands that open a store, not for every CLI start.
  const Sqlite = createRequire(import.meta.url)('better-sqlite3') as typeof Database;
  const db = new Sqlite(file);
  db.pragma('journal_mode = WAL');
  // FULL, not WAL's usual NORMAL: NORMAL may lose the last commits on power loss, and an acknowledged write must stay.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

/** A new random id with a readable prefix (`d_`, `j_`, `art_`): 72 random bits, URL-safe. */
export const newId = (prefix: string): string => `${prefix}_${randomBytes(9).toString('base64url')}`;

/** The current time as ISO 8601 (the store stamps rows; stages never read the clock). */
export const nowIso = (): string => new Date().toISOString();
