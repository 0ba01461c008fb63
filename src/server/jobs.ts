// The job runner: a queue of analyses, at most `concurrency` running (each on a worker thread), their progress written
// to the store and broadcast to SSE listeners.
import { EventEmitter } from 'node:events';
import type { Diagnostic } from '../core/types.js';
import type { Input } from '../ingest/index.js';
import type { JobKind, Store } from '../store/index.js';
import type { ErrorCode } from './errors.js';
import type { Progress } from './tasks.js';
import { WorkerPool } from './worker-pool.js';

/** What a job reads: inputs to fetch and read; for `add`, they join the dossier's articles. */
export interface JobSpec {
  jobId: string;
  dossierId: string;
  kind: JobKind;
  inputs: Input[];
}

/** What listeners hear about a job. */
export type JobEvent = { type: 'progress'; progress: Progress } | { type: 'done'; dossierId: string } | { type: 'failed'; code: ErrorCode; message: string };

/** A job's failure with its API code. */
class JobFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The few diagnostics that say why no article was read, for the job's error message. */
function whyNoArticle(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').slice(0, 5);
  const detail = errors.map((d) => `${d.source}: ${d.message}`).join('; ');
  return `no readable article in the inputs${detail ? `: ${detail}` : ''}`;
}

export class JobRunner {
  private readonly queue: JobSpec[] = [];
  private running = 0;
  private readonly events = new EventEmitter();
  private readonly pool: WorkerPool;
  private closed = false;

  constructor(
    private readonly store: Store,
    private readonly opts: { concurrency: number; allowPrivate: boolean },
  ) {
    this.pool = new WorkerPool(opts.concurrency);
    this.events.setMaxListeners(0);
  }

  /** Queue a job (already stored as queued); it starts when a slot is free. */
  submit(spec: JobSpec): void {
    this.queue.push(spec);
    this.pump();
  }

  /** Listen to one job's events; returns the function that stops listening. */
  listen(jobId: string, fn: (e: JobEvent) => void): () => void {
    this.events.on(jobId, fn);
    return () => this.events.off(jobId, fn);
  }

  /** Jobs waiting and running, for tests and the bench. */
  get load(): { queued: number; running: number } {
    return { queued: this.queue.length, running: this.running };
  }

  private pump(): void {
    while (this.running < this.opts.concurrency && this.queue.length) {
      const spec = this.queue.shift()!;
      this.running += 1;
      void this.execute(spec).finally(() => {
        this.running -= 1;
        this.pump();
      });
    }
  }

  private emit(jobId: string, e: JobEvent): void {
    this.events.emit(jobId, e);
  }

  private progress(jobId: string, p: Progress): void {
    this.store.setProgress(jobId, p.stage, p.done, p.total);
    this.emit(jobId, { type: 'progress', progress: p });
  }

  private async execute(spec: JobSpec): Promise<void> {
    try {
      await this.analyse(spec);
      this.store.finishJob(spec.jobId);
      this.emit(spec.jobId, { type: 'done', dossierId: spec.dossierId });
    } catch (error) {
      // Closing stops the workers under running jobs: their failure is the shutdown, and the store may be closed.
      if (this.closed) return;
      const code = error instanceof JobFailure ? error.code : 'internal';
      const message = (error as Error)?.message ?? String(error);
      this.store.failJob(spec.jobId, code, message);
      this.emit(spec.jobId, { type: 'failed', code, message });
    }
  }

  /** Read the inputs, store the new articles, and (when the dossier's articles changed) store a new version. */
  private async analyse(spec: JobSpec): Promise<void> {
    const onProgress = (p: Progress): void => this.progress(spec.jobId, p);
    const read = await this.pool.run({ kind: 'read', inputs: spec.inputs, allowPrivate: this.opts.allowPrivate }, onProgress);
    if (!read.articles.length) throw new JobFailure('no_article', whyNoArticle(read.diagnostics));
    const { added } = this.store.addArticles(spec.dossierId, read.articles);
    // Adding only articles the dossier has already leaves it as it is: no new version for the same inputs.
    if (!added.length && this.store.latestVersion(spec.dossierId)) return;
    const { ids, docs } = this.store.dossierDocuments(spec.dossierId);
    const result = await this.pool.run({ kind: 'analyze', docs }, onProgress);
    this.store.addVersion(spec.dossierId, ids, result.json, read.articles[0]?.title ?? null);
  }

  /** Stop the workers; queued jobs stay queued in the store (marked failed when it is next opened). */
  async close(): Promise<void> {
    this.closed = true;
    this.queue.length = 0;
    await this.pool.close();
  }
}
