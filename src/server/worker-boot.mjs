// Starts a worker whose entry is TypeScript (running from source under tsx or vitest): registers tsx, then loads it.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
