// Bytes in: files, folders, globs, stdin, URLs, feeds, OPML and JSONL -> RawDocuments, every failure a diagnostic.
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, resolve } from 'node:path';
import type { Diagnostic, DocumentHints, RawDocument } from '../core/types.js';
import { glob, isDynamicPattern } from 'tinyglobby';
import { defaultLookup, fetchUrl, readCapped, USER_AGENT, type FetchOptions, type LookupAll } from './fetch.js';
import { looksLikeFeed, parseFeed, type FeedItem } from './feed.js';

export { blockedReason } from './address.js';
export { fetchUrl, USER_AGENT, type LookupAll } from './fetch.js';
export { parseFeed, looksLikeFeed } from './feed.js';

export interface IngestOptions {
  /** Allow URLs whose host resolves to loopback / private / link-local addresses (off by default). */
  allowPrivate?: boolean;
  /** Per-fetch time limit in ms (default 15000). */
  timeoutMs?: number;
  /** Largest file or response body read, in bytes (default 10 MB). */
  maxBytes?: number;
  /** Redirects followed per fetch (default 5). */
  maxRedirects?: number;
  /** Fetches in flight at once (default 4). */
  concurrency?: number;
  /** Where `-` reads from (default process.stdin). */
  stdin?: NodeJS.ReadableStream;
  /** Base for relative paths and globs (default process.cwd()). */
  cwd?: string;
  userAgent?: string;
  onProgress?: (done: number, total: number) => void;
  /** DNS resolver returning all addresses of a host; tests inject one to map fake hosts. */
  lookup?: LookupAll;
  /** Most items taken from one feed (default 1000); the rest are reported as `feed-truncated`. */
  maxFeedItems?: number;
  /** Why an address is refused, or null to allow it (default: `blockedReason`); a test hook, ignored with allowPrivate. */
  addressPolicy?: (ip: string) => string | null;
}

/** The defaults of IngestOptions, in one place. */
export const INGEST_DEFAULTS = {
  allowPrivate: false,
  timeoutMs: 15_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  concurrency: 4,
  maxFeedItems: 1000,
} as const;

/** File extensions read from folders; feed extensions only when the file parses as a feed. */
const DOC_EXT = new Set(['.txt', '.html', '.htm', '.md', '.markdown']);
const FEED_EXT = new Set(['.xml', '.rss', '.atom', '.opml', '.json']);
const CONTENT_TYPES: Record<string, string> = {
  '.txt': 'text/plain',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.md': 'text/markdown',
  '.markdown': 'text/markdown',
};

interface Ctx {
  opts: Required<Pick<IngestOptions, 'allowPrivate' | 'timeoutMs' | 'maxBytes' | 'maxRedirects' | 'concurrency' | 'maxFeedItems'>> &
    IngestOptions;
  fetch: FetchOptions;
  docs: RawDocument[];
  diagnostics: Diagnostic[];
  cwd: string;
}

const diag = (ctx: Ctx, source: string, rule: string, message: string, severity: Diagnostic['severity'] = 'error'): void => {
  ctx.diagnostics.push({ source, rule, message, severity });
};

const isUrl = (s: string): boolean => /^[a-z][a-z0-9+.-]*:\/\//i.test(s);
const decoder = new TextDecoder('utf-8');
const now = (): string => new Date().toISOString();

/** Run `fn` over `items` with at most `limit` in flight, keeping input order in the results. */
async function pool<T, R>(items: T[], limit: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
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

function hintsOf(item: FeedItem, outlet: string | undefined): DocumentHints {
  const h: DocumentHints = {};
  if (item.url) h.url = item.url;
  if (item.title) h.title = item.title;
  if (item.published) {
    const t = Date.parse(item.published);
    h.published = Number.isNaN(t) ? item.published : new Date(t).toISOString();
  }
  if (outlet) h.outlet = outlet;
  if (item.author) h.byline = item.author;
  return h;
}

/** Fetch a page and return it as a document (or expand it when it turns out to be a feed). */
async function fromUrl(ctx: Ctx, url: string, hints: DocumentHints = {}, depth = 0): Promise<RawDocument[]> {
  const res = await fetchUrl(url, ctx.fetch);
  if (!res.ok) {
    diag(ctx, url, res.rule, res.message);
    return [];
  }
  const head = decoder.decode(res.bytes.subarray(0, 2048));
  if (depth < 2 && looksLikeFeed(head, res.contentType)) return fromFeed(ctx, url, decoder.decode(res.bytes), depth + 1);
  if (res.bytes.length === 0) {
    diag(ctx, url, 'empty-input', `${url} answered with an empty body`);
    return [];
  }
  const doc: RawDocument = { source: url, bytes: res.bytes, fetchedAt: res.fetchedAt, hints: { url: res.url, ...hints } };
  if (res.contentType) doc.contentType = res.contentType;
  return [doc];
}

/** Items of a feed: inline full content when substantial, else the linked page; OPML lists expand to their feeds. */
async function fromFeed(ctx: Ctx, source: string, body: string, depth: number): Promise<RawDocument[]> {
  const feed = parseFeed(body);
  if (!feed.ok) {
    diag(ctx, source, 'malformed-feed', feed.message);
    return [];
  }
  if (feed.kind === 'opml') {
    if (feed.feeds.length === 0) diag(ctx, source, 'empty-input', 'the OPML list names no feeds', 'warning');
    const lists = await pool(feed.feeds, ctx.opts.concurrency, async (u) => {
      const abs = resolveRef(u, source);
      return abs ? fromUrl(ctx, abs, {}, depth) : [];
    });
    return lists.flat();
  }
  let items = feed.items;
  if (items.length === 0) diag(ctx, source, 'empty-input', 'the feed has no items', 'warning');
  if (items.length > ctx.opts.maxFeedItems) {
    diag(ctx, source, 'feed-truncated', `the feed has ${items.length} items; the first ${ctx.opts.maxFeedItems} are read`, 'warning');
    items = items.slice(0, ctx.opts.maxFeedItems);
  }
  const fetchedAt = now();
  const lists = await pool(items, ctx.opts.concurrency, async (item, i): Promise<RawDocument[]> => {
    const hints = hintsOf(item, feed.title);
    const abs = item.url ? resolveRef(item.url, source) : null;
    if (abs) hints.url = abs;
    let out: RawDocument[] = [];
    if (item.html) {
      out = [{ source: abs ?? `${source}#item-${i + 1}`, bytes: new TextEncoder().encode(item.html), contentType: 'text/html', fetchedAt, hints }];
    } else if (abs) {
      out = await fromUrl(ctx, abs, hints, 3);
    } else {
      diag(ctx, `${source}#item-${i + 1}`, 'empty-input', 'feed item has neither content nor a link', 'warning');
    }
    return out;
  });
  return lists.flat();
}

/** An absolute http(s) URL for a feed reference, relative to the feed's own URL when it has one. */
function resolveRef(ref: string, base: string): string | null {
  try {
    return new URL(ref, isUrl(base) ? base : undefined).href;
  } catch {
    return null;
  }
}

interface JsonlLine {
  url?: unknown;
  html?: unknown;
  text?: unknown;
  title?: unknown;
  published?: unknown;
  outlet?: unknown;
  byline?: unknown;
}

/** JSONL: one `{url?, html?, text?, title?, published?, outlet?}` per line; a line with only a URL is fetched. */
async function fromJsonl(ctx: Ctx, source: string, body: string): Promise<RawDocument[]> {
  const lines = body.split('\n');
  const tasks: Array<() => Promise<RawDocument[]>> = [];
  lines.forEach((line, n) => {
    if (!line.trim()) return;
    const where = `${source}:${n + 1}`;
    let row: JsonlLine;
    try {
      row = JSON.parse(line) as JsonlLine;
    } catch (e) {
      diag(ctx, where, 'malformed-jsonl', `line ${n + 1} is not JSON: ${(e as Error).message}`);
      return;
    }
    if (!row || typeof row !== 'object') {
      diag(ctx, where, 'malformed-jsonl', `line ${n + 1} is not a JSON object`);
      return;
    }
    const hints: DocumentHints = {};
    for (const k of ['url', 'title', 'published', 'outlet', 'byline'] as const) {
      const v = row[k];
      if (typeof v === 'string' && v.trim()) hints[k] = v.trim();
    }
    const src = hints.url ?? where;
    if (typeof row.html === 'string' && row.html.trim()) {
      tasks.push(async () => [{ source: src, bytes: new TextEncoder().encode(row.html as string), contentType: 'text/html', fetchedAt: now(), hints }]);
    } else if (typeof row.text === 'string' && row.text.trim()) {
      tasks.push(async () => [{ source: src, bytes: new TextEncoder().encode(row.text as string), contentType: 'text/plain', fetchedAt: now(), hints }]);
    } else if (hints.url) {
      const url = hints.url;
      tasks.push(() => fromUrl(ctx, url, hints));
    } else {
      diag(ctx, where, 'empty-input', `line ${n + 1} has no url, html or text`, 'warning');
    }
  });
  const lists = await pool(tasks, ctx.opts.concurrency, (t) => t());
  return lists.flat();
}

/** Content that came as one blob (a file, stdin): JSONL, a feed, or a single document. */
async function fromBlob(ctx: Ctx, source: string, bytes: Uint8Array, contentType: string | undefined, ext: string): Promise<RawDocument[]> {
  const head = decoder.decode(bytes.subarray(0, 2048)).replace(/^\uFEFF/, '').trimStart();
  if (ext === '.jsonl' || (ext === '' && head.startsWith('{') && !looksLikeFeed(head))) {
    return fromJsonl(ctx, source, decoder.decode(bytes));
  }
  // .xml and .json only count as feeds when they look like one; .rss, .atom and .opml always do.
  if (looksLikeFeed(head) || ext === '.rss' || ext === '.atom' || ext === '.opml') return fromFeed(ctx, source, decoder.decode(bytes), 0);
  const doc: RawDocument = { source, bytes, fetchedAt: now() };
  const ct = contentType ?? CONTENT_TYPES[ext];
  if (ct) doc.contentType = ct;
  return [doc];
}

async function fromFile(ctx: Ctx, path: string, display: string, inFolder: boolean): Promise<RawDocument[]> {
  let info;
  try {
    info = await stat(path);
  } catch {
    diag(ctx, display, 'not-found', `no such file or folder: ${display}`);
    return [];
  }
  if (info.isDirectory()) return fromFolder(ctx, path);
  const ext = extname(path).toLowerCase();
  if (info.size === 0) {
    diag(ctx, display, 'empty-input', `${display} is empty`);
    return [];
  }
  if (info.size > ctx.opts.maxBytes) {
    // Checked before reading: a huge file is never loaded into memory.
    diag(ctx, display, 'too-large', `${display} is ${info.size} bytes, over the ${ctx.opts.maxBytes}-byte limit`);
    return [];
  }
  if (inFolder && FEED_EXT.has(ext)) {
    // In a folder, .xml/.json files count only when they are feeds.
    const body = await readFile(path, 'utf8');
    return looksLikeFeed(body) ? fromFeed(ctx, display, body, 0) : [];
  }
  // Read through a capped stream as well: the file may have grown since stat.
  let bytes: Uint8Array;
  try {
    bytes = await readCapped(createReadStream(path), ctx.opts.maxBytes, display);
  } catch (e) {
    diag(ctx, display, 'too-large', (e as Error).message);
    return [];
  }
  return fromBlob(ctx, display, bytes, undefined, ext);
}

async function listFolder(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFolder(p)));
    else if (e.isFile() && (DOC_EXT.has(extname(e.name).toLowerCase()) || FEED_EXT.has(extname(e.name).toLowerCase()) || extname(e.name).toLowerCase() === '.jsonl')) out.push(p);
  }
  return out;
}

async function fromFolder(ctx: Ctx, dir: string): Promise<RawDocument[]> {
  const files = await listFolder(dir);
  if (files.length === 0) diag(ctx, dir, 'empty-input', `no .txt, .html, .md, .jsonl or feed files in ${dir}`, 'warning');
  const out: RawDocument[] = [];
  for (const f of files) out.push(...(await fromFile(ctx, f, f, true)));
  return out;
}

async function fromStdin(ctx: Ctx): Promise<RawDocument[]> {
  const stream = (ctx.opts.stdin ?? process.stdin) as NodeJS.ReadableStream & AsyncIterable<Buffer | string>;
  let bytes: Uint8Array;
  try {
    bytes = await readCapped(stream as unknown as import('node:stream').Readable, ctx.opts.maxBytes, 'stdin');
  } catch (e) {
    diag(ctx, 'stdin', 'too-large', (e as Error).message);
    return [];
  }
  if (bytes.length === 0) {
    diag(ctx, 'stdin', 'empty-input', 'nothing on stdin');
    return [];
  }
  return fromBlob(ctx, 'stdin', bytes, undefined, '');
}

/**
 * Collect raw documents from files, folders, globs, `-` (stdin), URLs, feeds, OPML lists and JSONL.
 * Problems (missing files, refused or failed fetches, malformed feeds) are diagnostics; documents keep input order.
 * @param inputs paths, globs, URLs or `-`
 * @example const { docs, diagnostics } = await collectInputs(['articles/', 'https://example.org/feed.xml'])
 */
export async function collectInputs(inputs: string[], opts: IngestOptions = {}): Promise<{ docs: RawDocument[]; diagnostics: Diagnostic[] }> {
  const o = { ...INGEST_DEFAULTS, ...Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined)) } as Ctx['opts'];
  const ctx: Ctx = {
    opts: o,
    fetch: {
      allowPrivate: o.allowPrivate,
      timeoutMs: o.timeoutMs,
      maxBytes: o.maxBytes,
      maxRedirects: o.maxRedirects,
      userAgent: o.userAgent ?? USER_AGENT,
      lookup: o.lookup ?? defaultLookup,
      ...(o.addressPolicy ? { addressPolicy: o.addressPolicy } : {}),
    },
    docs: [],
    diagnostics: [],
    cwd: o.cwd ?? process.cwd(),
  };
  let done = 0;
  const lists = await pool(inputs, o.concurrency, async (input): Promise<RawDocument[]> => {
    let out: RawDocument[];
    if (input === '-') out = await fromStdin(ctx);
    else if (isUrl(input)) {
      if (!/^https?:\/\//i.test(input)) {
        diag(ctx, input, 'bad-scheme', `only http and https URLs are fetched: ${input}`);
        out = [];
      } else out = await fromUrl(ctx, input);
    } else if (isDynamicPattern(input)) {
      const matches = (await glob(input, { cwd: ctx.cwd, absolute: true, onlyFiles: true })).sort();
      if (matches.length === 0) diag(ctx, input, 'not-found', `no files match ${input}`);
      out = [];
      for (const m of matches) out.push(...(await fromFile(ctx, m, m, false)));
    } else {
      const path = isAbsolute(input) ? input : resolve(ctx.cwd, input);
      out = await fromFile(ctx, path, input, false);
    }
    o.onProgress?.(++done, inputs.length);
    return out;
  });
  ctx.docs = lists.flat();
  return { docs: ctx.docs, diagnostics: ctx.diagnostics };
}
