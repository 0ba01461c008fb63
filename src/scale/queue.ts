// Scale-out mode: articles as jobs on a BullMQ queue (Redis), processed by any number of workers into the Postgres
// store. A job's id is the article's content key (core/util/text-hash.ts, the SQLite store's too), so the queue itself drops a duplicate; a worker
// killed mid-job loses its lock and the job runs again elsewhere, where the idempotent write makes the retry harmless.
import { Queue, Worker, type ConnectionOptions, type Job } from 'bullmq';
import { articleFromText } from '../core/article.js';
import { textHash } from '../core/util/text-hash.js';
import { buildDoc } from '../nlp/index.js';
import type { PgStore } from './pg.js';

/** One article as enqueued. */
export interface ArticleJob {
  title: string | null;
  text: string;
  url: string | null;
  published: string | null;
  outlet: string | null;
}

/** Parse a `redis://host:port` URL into BullMQ's connection options. */
export function redisConnection(url: string): ConnectionOptions {
  const u = new URL(url);
  return { host: u.hostname, port: Number(u.port || 6379), maxRetriesPerRequest: null };
}

/**
 * Enqueue articles; those whose content key is queued or done already are dropped by the queue.
 * @example await enqueueArticles(queue, [{ title: null, text: '…', url: null, published: null, outlet: null }])
 */
export async function enqueueArticles(queue: Queue<ArticleJob>, articles: readonly ArticleJob[]): Promise<void> {
  await queue.addBulk(articles.map((a) => ({ name: 'article', data: a, opts: { jobId: textHash(a.text), attempts: 5, removeOnComplete: false } })));
}

export interface WorkerOptions {
  connection: ConnectionOptions;
  queue: string;
  store: PgStore;
  name: string;
  concurrency?: number;
  /** How long a job's lock lasts without renewal: a killed worker's jobs run again after about this long. */
  lockMs?: number;
  /** Extra time per job (tests: to have jobs in flight when a worker is killed). */
  delayMs?: number;
}

/** Process one article: the reading stage's document model (sentences, words), then the idempotent write. */
async function processArticle(job: Job<ArticleJob>, o: WorkerOptions): Promise<boolean> {
  const a = job.data;
  const key = job.id ?? textHash(a.text);
  await o.store.attempt(key, o.name);
  const article = articleFromText(key, a.text, a.outlet ? { outlet: a.outlet } : {});
  const doc = buildDoc(article.text, article.paragraphs);
  if (o.delayMs) await new Promise((r) => setTimeout(r, o.delayMs));
  return o.store.save({
    sha256: key,
    canonicalUrl: a.url,
    title: a.title,
    outlet: a.outlet,
    published: a.published,
    text: article.text,
    words: doc.tokStart.length,
    sentences: doc.sentStart.length,
    worker: o.name,
  });
}

/** Start a worker on the queue; close it to stop. */
export function startWorker(o: WorkerOptions): Worker<ArticleJob, boolean> {
  return new Worker<ArticleJob, boolean>(o.queue, (job) => processArticle(job, o), {
    connection: o.connection,
    concurrency: o.concurrency ?? 2,
    lockDuration: o.lockMs ?? 30_000,
    stalledInterval: Math.max(500, Math.floor((o.lockMs ?? 30_000) / 2)),
    maxStalledCount: 5,
  });
}

export { Queue };
