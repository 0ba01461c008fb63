// The input flags every reading command shares (private addresses, timeouts, size caps), defined once.
import { InvalidArgumentError, type Command } from 'commander';
import { describeInputs, INGEST_DEFAULTS, type IngestOptions } from '../ingest/index.js';
import type { CliContext } from './context.js';

/** What an `<inputs...>` argument accepts, from ingest's registry of input formats, worded once for every command. */
export const INPUTS_HELP = describeInputs();

export interface IngestFlags {
  allowPrivate?: boolean;
  timeout?: number;
  maxBytes?: number;
  concurrency?: number;
  maxFetches?: number;
}

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

/** Add --allow-private, --timeout, --max-bytes, --concurrency and --max-fetches to a command. */
export function addIngestOptions(cmd: Command): Command {
  return cmd
    .option('--allow-private', 'allow URLs that resolve to loopback, private or link-local addresses')
    .option('--timeout <ms>', `per-request timeout for URLs, in milliseconds (default ${INGEST_DEFAULTS.timeoutMs})`, positiveInt)
    .option('--max-bytes <n>', `largest page or file read, in bytes (default ${INGEST_DEFAULTS.maxBytes})`, positiveInt)
    .option('--concurrency <n>', `URLs fetched at once (default ${INGEST_DEFAULTS.concurrency})`, positiveInt)
    .option('--max-fetches <n>', `most URLs fetched in one run, feed items included (default ${INGEST_DEFAULTS.maxFetches})`, positiveInt);
}

/** The IngestOptions a command's flags ask for; unset flags leave ingest's defaults. */
export function ingestOptionsFrom(flags: IngestFlags, ctx: CliContext): IngestOptions {
  return {
    cwd: ctx.cwd,
    stdin: ctx.stdin as NodeJS.ReadableStream,
    ...(flags.allowPrivate ? { allowPrivate: true } : {}),
    ...(flags.timeout ? { timeoutMs: flags.timeout } : {}),
    ...(flags.maxBytes ? { maxBytes: flags.maxBytes } : {}),
    ...(flags.concurrency ? { concurrency: flags.concurrency } : {}),
    ...(flags.maxFetches ? { maxFetches: flags.maxFetches } : {}),
  };
}
