// What every ingest reader shares: the options in force, the fetch settings, the diagnostics list and a bounded pool.
import type { Diagnostic, DocumentHints, RawDocument } from '../core/types.js';
import type { FetchOptions } from './fetch.js';
import type { IngestOptions } from './defaults.js';

/** The options with their defaults filled in. */
export type ResolvedOptions = Required<Pick<IngestOptions, 'allowPrivate' | 'timeoutMs' | 'maxBytes' | 'maxRedirects' | 'concurrency' | 'maxFeedItems' | 'maxFetches'>> &
  IngestOptions;

/** The explicit context of one `collectInputs` call, handed to every reader and input format. */
export interface IngestContext {
  opts: ResolvedOptions;
  fetch: FetchOptions;
  diagnostics: Diagnostic[];
  cwd: string;
  /** The run's fetch budget: fetches started, and URLs refused once `opts.maxFetches` were started. */
  fetches: { started: number; refused: number };
  /**
   * Fetch a URL into documents (a page, or a feed's items); `depth` counts feed hops so a feed of feeds ends.
   * Passed in rather than imported so input formats (feeds, JSONL) can fetch without importing the URL reader.
   */
  fetchPage: (url: string, hints: DocumentHints, depth: number) => Promise<RawDocument[]>;
}

/** Record a content problem as a diagnostic (errors by default). */
export const diag = (ctx: IngestContext, source: string, rule: string, message: string, severity: Diagnostic['severity'] = 'error'): void => {
  ctx.diagnostics.push({ source, rule, message, severity });
};

/**
 * Take one fetch from the run's budget: true when it may start, false (counted, reported once at the end of the run by
 * `reportBudget`) when the budget is spent.
 */
export function takeFetch(ctx: IngestContext): boolean {
  if (ctx.fetches.started >= ctx.opts.maxFetches) {
    ctx.fetches.refused += 1;
    return false;
  }
  ctx.fetches.started += 1;
  return true;
}

/** One diagnostic for the URLs the budget refused, if any. */
export function reportBudget(ctx: IngestContext): void {
  const { refused } = ctx.fetches;
  if (!refused) return;
  const max = ctx.opts.maxFetches;
  diag(ctx, 'inputs', 'fetch-budget', `the run's budget of ${max} fetches was reached: ${refused} more URL${refused === 1 ? ' was' : 's were'} not fetched (raise it with --max-fetches)`, 'warning');
}

export const decoder = new TextDecoder('utf-8');

/** The time a document was read: ingest is the one stage that reads the clock, since fetching happens now. */
export const now = (): string => new Date().toISOString();

/** Run `fn` over `items` with at most `limit` in flight, keeping input order in the results. */
export async function pool<T, R>(items: readonly T[], limit: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}
