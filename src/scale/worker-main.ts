// A scale-out worker process: `npx tsx src/scale/worker-main.ts`, configured by environment variables
// (TRIANGULATE_REDIS_URL, TRIANGULATE_PG_URL, TRIANGULATE_QUEUE, TRIANGULATE_PG_PREFIX, TRIANGULATE_WORKER_NAME,
// TRIANGULATE_LOCK_MS, TRIANGULATE_JOB_DELAY_MS). Runs until SIGTERM or SIGINT; docs/scaling.md says how it maps onto a cluster.
import { openPgStore } from './pg.js';
import { redisConnection, startWorker } from './queue.js';
import { buildDoc } from '../nlp/index.js';

const env = (k: string, d: string): string => process.env[k] ?? d;
// Load the language model before taking jobs: its first load blocks for seconds, longer than a short job lock.
buildDoc('Warm up the model. It loads once.');
const store = await openPgStore(env('TRIANGULATE_PG_URL', 'postgres://postgres@127.0.0.1:5432/test'), env('TRIANGULATE_PG_PREFIX', 'triangulate'));
const worker = startWorker({
  connection: redisConnection(env('TRIANGULATE_REDIS_URL', 'redis://127.0.0.1:6379')),
  queue: env('TRIANGULATE_QUEUE', 'triangulate-articles'),
  store,
  name: env('TRIANGULATE_WORKER_NAME', `worker-${process.pid}`),
  concurrency: Number(env('TRIANGULATE_CONCURRENCY', '2')),
  lockMs: Number(env('TRIANGULATE_LOCK_MS', '30000')),
  delayMs: Number(env('TRIANGULATE_JOB_DELAY_MS', '0')),
});
await worker.waitUntilReady();
process.stdout.write('ready\n');
const stop = async (): Promise<void> => {
  await worker.close();
  await store.close();
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
