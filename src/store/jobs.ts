// Analysis jobs in the store: state, progress and error, so a job can be read back after the fact.
// A job left queued or running by a stopped server is marked failed when the store opens (failUnfinished): its inputs
// (uploads up to the body limit) are not kept, so it cannot be resumed; the client submits again.
import { newId, nowIso, type Db } from './db.js';

export type JobState = 'queued' | 'running' | 'done' | 'failed';
export type JobKind = 'create' | 'add';

export interface Job {
  id: string;
  dossierId: string;
  kind: JobKind;
  state: JobState;
  progress: { stage: string; done: number; total: number };
  error?: { code: string; message: string };
  createdAt: string;
  updatedAt: string;
}

interface JobRow {
  id: string;
  dossier_id: string;
  kind: JobKind;
  state: JobState;
  stage: string;
  done: number;
  total: number;
  error_code: string | null;
  error_message: string | null;
  created_at: string;
  updated_at: string;
}

const toJob = (r: JobRow): Job => ({
  id: r.id,
  dossierId: r.dossier_id,
  kind: r.kind,
  state: r.state,
  progress: { stage: r.stage, done: r.done, total: r.total },
  ...(r.error_code ? { error: { code: r.error_code, message: r.error_message ?? '' } } : {}),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** A queued job for a dossier; its id. */
export function createJob(db: Db, dossierId: string, kind: JobKind): string {
  const id = newId('j');
  const at = nowIso();
  db.prepare('INSERT INTO jobs (id, dossier_id, kind, state, stage, done, total, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, 0, ?, ?)').run(id, dossierId, kind, 'queued', 'queued', at, at);
  return id;
}

export function getJob(db: Db, id: string): Job | null {
  const row = db.prepare('SELECT * FROM jobs WHERE id = ?').get(id) as JobRow | undefined;
  return row ? toJob(row) : null;
}

/** Record progress; the job is running from its first progress on. */
export function setProgress(db: Db, id: string, stage: string, done: number, total: number): void {
  db.prepare("UPDATE jobs SET state = 'running', stage = ?, done = ?, total = ?, updated_at = ? WHERE id = ? AND state IN ('queued', 'running')").run(stage, done, total, nowIso(), id);
}

export function finishJob(db: Db, id: string): void {
  db.prepare("UPDATE jobs SET state = 'done', stage = 'done', done = total, updated_at = ? WHERE id = ?").run(nowIso(), id);
}

export function failJob(db: Db, id: string, code: string, message: string): void {
  db.prepare("UPDATE jobs SET state = 'failed', error_code = ?, error_message = ?, updated_at = ? WHERE id = ?").run(code, message, nowIso(), id);
}

/**
 * Mark every queued or running job failed: called when the store opens, since no process runs them any more.
 * @returns how many were marked
 */
export function failUnfinished(db: Db): number {
  return db
    .prepare("UPDATE jobs SET state = 'failed', error_code = 'internal', error_message = ?, updated_at = ? WHERE state IN ('queued', 'running')")
    .run('the server stopped before this job finished; submit the inputs again', nowIso()).changes;
}
