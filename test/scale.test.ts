// Scale-out integration: articles on a BullMQ queue (Redis) processed by two worker processes into Postgres. Every
// article is stored exactly once, a duplicate is dropped, and a worker killed with SIGKILL mid-run loses nothing (its
// jobs in flight run again on the other worker, and the write is idempotent). Skips with a message when Redis or Postgres is absent.
import { spawn, type ChildProcess } from 'node:child_process';
import { createConnection } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPgStore, type PgStore } from '../src/scale/pg.js';
import { enqueueArticles, Queue, redisConnection, type ArticleJob } from '../src/scale/queue.js';
import { textHash } from '../src/core/util/text-hash.js';

const REDIS = process.env['TRIANGULATE_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const PG = process.env['TRIANGULATE_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const root = resolve(import.meta.dirname, '..');

const reachable = (url: string, port: number): Promise<boolean> =>
  new Promise((done) => {
    const u = new URL(url);
    const s = createConnection({ host: u.hostname, port: Number(u.port || port) });
    s.once('connect', () => (s.destroy(), done(true)));
    s.once('error', () => done(false));
  });
const up = (await reachable(REDIS, 6379)) && (await reachable(PG, 5432));
if (!up) console.warn(`skipped: Redis (${REDIS}) or Postgres (${PG}) not reachable; .ci/run starts them`);

const run = `t${process.pid}_${Date.now().toString(36)}`;
const queueName = `triangulate-test-${run}`;
const children: ChildProcess[] = [];

function worker(name: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/scale/worker-main.ts'], {
    cwd: root,
    env: { ...process.env, TRIANGULATE_QUEUE: queueName, TRIANGULATE_PG_PREFIX: run, TRIANGULATE_WORKER_NAME: name, TRIANGULATE_LOCK_MS: '4000', TRIANGULATE_JOB_DELAY_MS: '15', TRIANGULATE_CONCURRENCY: '3' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  return new Promise((ready, fail) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && ready(child));
    child.once('exit', (code) => fail(new Error(`${name} exited with ${code} before it was ready`)));
  });
}

const article = (i: number): ArticleJob => ({
  title: `Report ${i}`,
  text: `Report number ${i}. The council of town ${i} met on Monday and voted ${i % 7} to ${i % 5} on the harbour budget. Residents said the vote came late.`,
  url: `https://news.example/r/${i}`,
  published: '2026-03-01T00:00:00Z',
  outlet: i % 2 ? 'Harbour Post' : 'Island Times',
});

describe.skipIf(!up)('scale-out: BullMQ workers into Postgres', () => {
  let store: PgStore;
  let queue: Queue<ArticleJob>;
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    await queue?.obliterate({ force: true }).catch(() => undefined);
    await queue?.close();
    await store?.pool.query(`DROP TABLE IF EXISTS ${run}_articles, ${run}_attempts`);
    await store?.close();
  });

  it('stores every article exactly once, and a worker killed with SIGKILL loses nothing', async () => {
    const N = 240;
    store = await openPgStore(PG, run);
    queue = new Queue<ArticleJob>(queueName, { connection: redisConnection(REDIS) });
    const [a] = await Promise.all([worker('w1'), worker('w2')]);
    // Each article twice: the queue keeps one job per content key.
    await enqueueArticles(queue, [...Array.from({ length: N }, (_, i) => article(i)), ...Array.from({ length: N }, (_, i) => article(i))]);
    const deadline = Date.now() + 90_000;
    // Kill w1 once a quarter is stored and w1 holds a job it has started and not stored (one in flight): had it not
    // started any yet (a slow start), the kill would test nothing.
    const w1InFlight = async (): Promise<boolean> =>
      (
        await store.pool.query(
          `SELECT 1 FROM ${run}_attempts t WHERE t.worker = 'w1' AND NOT EXISTS (SELECT 1 FROM ${run}_articles s WHERE s.sha256 = t.sha256) LIMIT 1`,
        )
      ).rowCount! > 0;
    while (((await store.count()) < N / 4 || !(await w1InFlight())) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    a!.kill('SIGKILL');
    while ((await store.count()) < N && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    // Every article stored exactly once: one row per content key of the N articles (each was enqueued twice).
    const stored = (await store.pool.query(`SELECT sha256, worker FROM ${run}_articles`)).rows as Array<{ sha256: string; worker: string }>;
    expect(stored.map((r) => r.sha256).sort()).toEqual(Array.from({ length: N }, (_, i) => textHash(article(i).text)).sort());
    const counts = await queue.getJobCounts('completed', 'failed', 'waiting', 'active');
    expect(counts['failed']).toBe(0);
    // The killed worker's jobs in flight (attempted by w1, not stored by w1) ran again: attempted more than once, stored by w2.
    const attempts = (await store.pool.query(`SELECT sha256, worker FROM ${run}_attempts`)).rows as Array<{ sha256: string; worker: string }>;
    const storedBy = new Map(stored.map((r) => [r.sha256, r.worker]));
    const killed = [...new Set(attempts.filter((r) => r.worker === 'w1' && storedBy.get(r.sha256) !== 'w1').map((r) => r.sha256))];
    expect(killed.length).toBeGreaterThan(0);
    for (const key of killed) {
      expect(attempts.filter((r) => r.sha256 === key).length, key).toBeGreaterThan(1);
      expect(storedBy.get(key), key).toBe('w2');
    }
  }, 120_000);
});
