// The input flags every reading command shares (private addresses, timeouts, size caps), defined once.
import { InvalidArgumentError, type Command } from 'commander';
import type { IngestOptions } from '../ingest/index.js';
import type { CliContext } from './context.js';

/** What an `<inputs...>` argument accepts, worded once for every command. */
export const INPUTS_HELP = 'files (.txt .html .htm .md .jsonl), folders, globs, http(s) URLs, RSS/Atom/JSON feeds, OPML, or - for stdin';

export interface IngestFlags {
  allowPrivate?: boolean;
  timeout?: number;
  maxBytes?: number;
  concurrency?: number;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

/** Add --allow-private, --timeout, --max-bytes and --concurrency to a command. */
export function addIngestOptions(cmd: Command): Command {
  return cmd
    .option('--allow-private', 'allow URLs that resolve to loopback, private or link-local addresses')
    .option('--timeout <ms>', 'per-request timeout for URLs, in milliseconds', positiveInt)
    .option('--max-bytes <n>', 'largest page or file read, in bytes', positiveInt)
    .option('--concurrency <n>', 'URLs fetched at once', positiveInt);
}

export function ingestOptionsFrom(flags: IngestFlags, ctx: CliContext): IngestOptions {
  return {
    cwd: ctx.cwd,
    stdin: ctx.stdin as NodeJS.ReadableStream,
    ...(flags.allowPrivate ? { allowPrivate: true } : {}),
    ...(flags.timeout ? { timeoutMs: flags.timeout } : {}),
    ...(flags.maxBytes ? { maxBytes: flags.maxBytes } : {}),
    ...(flags.concurrency ? { concurrency: flags.concurrency } : {}),
  };
}
