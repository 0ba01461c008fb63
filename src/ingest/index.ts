// Bytes in: files, folders, globs, stdin, URLs, feeds, OPML and JSONL -> RawDocuments, every failure a diagnostic.
import { isAbsolute, resolve } from 'node:path';
import type { Diagnostic, RawDocument } from '../core/types.js';
import { isDynamicPattern } from 'tinyglobby';
import { diag, pool, reportBudget, type IngestContext } from './context.js';
import type { IngestOptions } from './defaults.js';
import { fetchOptionsFor, resolveOptions } from './options.js';
import { exists, fromBytes, fromFile, fromGlob, fromStdin } from './local.js';
import { fromUrl } from './url.js';

export { blockedReason } from './address.js';
export { defaultLookup, fetchUrl, USER_AGENT, type FetchOptions, type LookupAll } from './fetch.js';
export { parseFeed, looksLikeFeed } from './feed.js';
export { INGEST_DEFAULTS, INGEST_LIMITS, type IngestOptions } from './defaults.js';
export { fetchOptionsFor } from './options.js';
export {
  INPUT_FORMATS,
  INPUT_EXTENSIONS,
  DOCUMENT_FORMATS,
  describeInputs,
  documentFormatOfPath,
  formatOf,
  type InputFormat,
  type DocumentFormat,
  type SniffInput,
} from './formats/index.js';

/** Content already in memory (an uploaded file, pasted text): its name gives the source and the extension. */
export interface MemoryInput {
  name: string;
  bytes: Uint8Array;
}

/** One input: a path, glob, URL or `-`, or content in memory. */
export type Input = string | MemoryInput;

const isUrl = (s: string): boolean => /^[a-z][a-z0-9+.-]*:\/\//i.test(s);

/** The context of one collectInputs call: options with defaults, fetch settings, and the URL reader formats call back. */
function contextFor(opts: IngestOptions): IngestContext {
  const o = resolveOptions(opts);
  const ctx: IngestContext = {
    opts: o,
    fetch: fetchOptionsFor(o),
    diagnostics: [],
    cwd: o.cwd ?? process.cwd(),
    fetches: { started: 0, refused: 0 },
    fetchPage: (url, hints, depth) => fromUrl(ctx, url, hints, depth),
  };
  return ctx;
}

/** One input: `-`, a URL, a glob, a path, or content in memory. */
async function fromInput(ctx: IngestContext, input: Input): Promise<RawDocument[]> {
  if (typeof input !== 'string') return fromBytes(ctx, input.name, input.bytes);
  if (input === '-') return fromStdin(ctx);
  if (isUrl(input)) {
    if (/^https?:\/\//i.test(input)) return fromUrl(ctx, input);
    diag(ctx, input, 'bad-scheme', `only http and https URLs are fetched: ${input}`);
    return [];
  }
  const path = isAbsolute(input) ? input : resolve(ctx.cwd, input);
  // A name is tried as written before as a pattern: "article (1).txt" and "notes[draft].md" are files, not globs.
  if (isDynamicPattern(input) && !(await exists(path))) return fromGlob(ctx, input);
  return fromFile(ctx, path, input, false);
}

/**
 * Collect raw documents from files, folders, globs, `-` (stdin), URLs, feeds, OPML lists and JSONL, or from
 * `{ name, bytes }` content already in memory (read as a file of that name).
 * Problems (missing files, refused or failed fetches, malformed feeds) are diagnostics; documents keep input order.
 * @param inputs paths, globs, URLs, `-`, or `{ name, bytes }`
 * @example const { docs, diagnostics } = await collectInputs(['articles/', 'https://example.org/feed.xml'])
 */
export async function collectInputs(inputs: readonly Input[], opts: IngestOptions = {}): Promise<{ docs: RawDocument[]; diagnostics: Diagnostic[] }> {
  const ctx = contextFor(opts);
  let done = 0;
  const lists = await pool(inputs, ctx.opts.concurrency, async (input) => {
    const out = await fromInput(ctx, input);
    ctx.opts.onProgress?.(++done, inputs.length);
    return out;
  });
  reportBudget(ctx);
  return { docs: lists.flat(), diagnostics: ctx.diagnostics };
}
