// The work a job hands to a worker thread, and what comes back: shared by the pool (main thread) and the worker.
import type { Diagnostic, RawDocument } from '../core/types.js';
import type { Input } from '../ingest/index.js';
import type { NewArticle } from '../store/index.js';

/** Fetch and read inputs into articles (deduplication against the store happens on the main thread). */
export interface ReadTask {
  kind: 'read';
  inputs: Input[];
  allowPrivate: boolean;
}

/** Build the dossier from documents. */
export interface AnalyzeTask {
  kind: 'analyze';
  docs: RawDocument[];
}

export type Task = ReadTask | AnalyzeTask;

export interface ReadResult {
  articles: NewArticle[];
  diagnostics: Diagnostic[];
}

export interface AnalyzeResult {
  /** The Dossier as JSON text (serialised in the worker, off the request thread). */
  json: string;
  articleCount: number;
}

export type TaskResult<T extends Task> = T extends ReadTask ? ReadResult : AnalyzeResult;

/** A progress step: a stage name and its count. */
export interface Progress {
  stage: string;
  done: number;
  total: number;
}

/** Messages from a worker. */
export type WorkerMessage =
  | { type: 'progress'; progress: Progress }
  | { type: 'result'; result: ReadResult | AnalyzeResult }
  | { type: 'error'; message: string };
