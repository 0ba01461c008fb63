// A small pool of worker threads running tasks (tasks.ts), each worker one task at a time; a crashed worker is replaced.
import { Worker } from 'node:worker_threads';
import type { Progress, Task, TaskResult, WorkerMessage } from './tasks.js';

const fromSource = import.meta.url.endsWith('.ts');
const ENTRY = new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url);
const BOOT = new URL('./worker-boot.mjs', import.meta.url);

/** A new worker thread; from source it is started through tsx's loader, from a build directly. */
function spawn(): Worker {
  return fromSource ? new Worker(BOOT, { workerData: { entry: ENTRY.href } }) : new Worker(ENTRY);
}

interface Slot {
  worker: Worker;
  busy: boolean;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private closed = false;

  /** @param size most workers kept (the job concurrency: a job uses one at a time) */
  constructor(private readonly size: number) {}

  /**
   * Run a task on an idle worker (started on first need), reporting progress.
   * @throws when the task throws in the worker or the worker dies
   */
  run<T extends Task>(task: T, onProgress: (p: Progress) => void): Promise<TaskResult<T>> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    const slot = this.idle();
    slot.busy = true;
    return new Promise<TaskResult<T>>((resolve, reject) => {
      const cleanup = (): void => {
        slot.worker.off('message', onMessage);
        slot.worker.off('error', onError);
        slot.worker.off('exit', onExit);
        slot.busy = false;
      };
      const onMessage = (m: WorkerMessage): void => {
        if (m.type === 'progress') return onProgress(m.progress);
        cleanup();
        if (m.type === 'result') resolve(m.result as TaskResult<T>);
        else reject(new Error(m.message));
      };
      const onError = (error: Error): void => {
        cleanup();
        this.drop(slot);
        reject(error);
      };
      const onExit = (code: number): void => onError(new Error(`the analysis worker stopped (exit code ${code})`));
      slot.worker.on('message', onMessage);
      slot.worker.on('error', onError);
      slot.worker.on('exit', onExit);
      slot.worker.postMessage(task);
    });
  }

  private idle(): Slot {
    const free = this.slots.find((s) => !s.busy);
    if (free) return free;
    if (this.slots.length >= this.size) throw new Error(`all ${this.size} workers are busy: the job runner must not start more jobs than the pool has workers`);
    const slot: Slot = { worker: spawn(), busy: false };
    this.slots.push(slot);
    return slot;
  }

  private drop(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    void slot.worker.terminate();
  }

  /** Stop every worker; running tasks fail. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }
}
