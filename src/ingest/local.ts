// Local inputs into documents: files (by their format in the registry), folders walked for registered extensions,
// globs, and stdin. A named file is read whatever its name; a listed one (folder, glob) only when a format claims it.
import { createReadStream } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Readable } from 'node:stream';
import type { RawDocument } from '../core/types.js';
import { glob } from 'tinyglobby';
import { decoder, diag, now, type IngestContext } from './context.js';
import { INGEST_LIMITS } from './defaults.js';
import { FetchFailure, readCapped } from './fetch.js';
import { formatClaiming, formatOf, INPUT_EXTENSIONS, INPUT_FORMATS } from './formats/index.js';

/** How a blob was found: its name (for the extension) and whether a folder walk or glob listed it. */
interface Origin {
  source: string;
  ext: string;
  listed: boolean;
}

/**
 * Content that came as one blob (a file, stdin): the registry's format decides. A blob no format recognises is read as
 * one document when named (the readable stage tells what it is), skipped when listed, and reported when its extension
 * belongs to a format that its content contradicts (a `.json` that is no feed, such as a gold file beside the articles).
 */
async function fromBlob(ctx: IngestContext, origin: Origin, bytes: Uint8Array): Promise<RawDocument[]> {
  const head = decoder.decode(bytes.subarray(0, INGEST_LIMITS.sniffBytes)).replace(/^\uFEFF/, '').trimStart();
  const format = formatOf({ ext: origin.ext, head, listed: origin.listed });
  if (format) return format.read(ctx, origin.source, bytes, 0);
  if (origin.listed) return [];
  const claimer = formatClaiming(origin.ext);
  if (claimer) {
    diag(ctx, origin.source, 'unrecognised-input', `a ${origin.ext} file is read only as ${claimer.label}, and ${origin.source} is none: skipped`, 'warning');
    return [];
  }
  return [{ source: origin.source, bytes, fetchedAt: now() }];
}

/** The rule and wording for a file system error: missing is `not-found`, anything else (permissions, loops) `unreadable`. */
function fsProblem(e: unknown, display: string): { rule: string; message: string } {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return { rule: 'not-found', message: `no such file or folder: ${display}` };
  return { rule: 'unreadable', message: `cannot read ${display}: ${(e as Error).message}` };
}

/** True when something (file, folder or link to one) exists at `path`. */
export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** An input of `size` bytes is read unless it is empty or over the byte limit; either is a diagnostic. */
function sizeAccepted(ctx: IngestContext, display: string, size: number): boolean {
  if (size === 0) diag(ctx, display, 'empty-input', `${display} is empty`);
  else if (size > ctx.opts.maxBytes) diag(ctx, display, 'too-large', `${display} is ${size} bytes, over the ${ctx.opts.maxBytes}-byte limit`);
  else return true;
  return false;
}

/** One file (or a folder, walked). */
export async function fromFile(ctx: IngestContext, path: string, display: string, listed: boolean): Promise<RawDocument[]> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    const { rule, message } = fsProblem(e, display);
    diag(ctx, display, rule, message);
    return [];
  }
  if (info.isDirectory()) return fromFolder(ctx, path, new Set());
  // Checked before reading: a huge file is never loaded into memory.
  if (!sizeAccepted(ctx, display, info.size)) return [];
  // Read through a capped stream as well: the file may have grown since stat.
  let bytes: Uint8Array;
  try {
    bytes = await readCapped(createReadStream(path), ctx.opts.maxBytes, display);
  } catch (e) {
    const { rule, message } = e instanceof FetchFailure ? e : fsProblem(e, display);
    diag(ctx, display, rule, message);
    return [];
  }
  return fromBlob(ctx, { source: display, ext: extname(path).toLowerCase(), listed }, bytes);
}

/**
 * Files under `dir` with a registered extension, recursively, sorted by name; hidden entries are skipped. Links are
 * followed (a folder of links to articles is a common way to pick a corpus); a link that leads nowhere, or back into a
 * folder already walked, and a folder that cannot be listed are diagnostics, never silent gaps.
 * @param seen real paths of the folders walked so far
 */
async function listFolder(ctx: IngestContext, dir: string, seen: Set<string>): Promise<string[]> {
  let entries;
  try {
    seen.add(await realpath(dir));
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    const { rule, message } = fsProblem(e, dir);
    diag(ctx, dir, rule, message);
    return [];
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    const kind = e.isSymbolicLink() ? await linkTarget(ctx, p, seen) : e.isDirectory() ? 'dir' : e.isFile() ? 'file' : null;
    if (kind === 'dir') out.push(...(await listFolder(ctx, p, seen)));
    else if (kind === 'file' && INPUT_EXTENSIONS.includes(extname(e.name).toLowerCase())) out.push(p);
  }
  return out;
}

/** What a link in a folder leads to: a file, a folder not yet walked, or null with a diagnostic. */
async function linkTarget(ctx: IngestContext, link: string, seen: Set<string>): Promise<'file' | 'dir' | null> {
  try {
    const [info, real] = await Promise.all([stat(link), realpath(link)]);
    if (info.isFile()) return 'file';
    if (!info.isDirectory()) return null;
    if (!seen.has(real)) return 'dir';
    diag(ctx, link, 'link-loop', `${link} links back to ${real}, a folder already read: not read twice`, 'warning');
    return null;
  } catch (e) {
    const { message } = fsProblem(e, link);
    diag(ctx, link, 'broken-link', `${link} is a link to nothing readable: ${message}`, 'warning');
    return null;
  }
}

async function fromFolder(ctx: IngestContext, dir: string, seen: Set<string>): Promise<RawDocument[]> {
  const files = await listFolder(ctx, dir, seen);
  if (files.length === 0) {
    const kinds = INPUT_FORMATS.map((f) => f.label).join(', ');
    diag(ctx, dir, 'empty-input', `no ${kinds} files (${INPUT_EXTENSIONS.join(' ')}) in ${dir}`, 'warning');
  }
  const out: RawDocument[] = [];
  for (const f of files) out.push(...(await fromFile(ctx, f, f, true)));
  return out;
}

/** The files a glob matches, sorted; they count as listed, like a folder's. */
export async function fromGlob(ctx: IngestContext, pattern: string): Promise<RawDocument[]> {
  const matches = (await glob(pattern, { cwd: ctx.cwd, absolute: true, onlyFiles: true })).sort();
  if (matches.length === 0) diag(ctx, pattern, 'not-found', `no files match ${pattern}`);
  const out: RawDocument[] = [];
  for (const m of matches) out.push(...(await fromFile(ctx, m, m, true)));
  return out;
}

/**
 * Bytes already in memory (an upload, pasted text) named `name`: read as a named file of that name would be, with the
 * same empty and size checks.
 */
export async function fromBytes(ctx: IngestContext, name: string, bytes: Uint8Array): Promise<RawDocument[]> {
  if (!sizeAccepted(ctx, name, bytes.length)) return [];
  return fromBlob(ctx, { source: name, ext: extname(name).toLowerCase(), listed: false }, bytes);
}

export async function fromStdin(ctx: IngestContext): Promise<RawDocument[]> {
  const stream = (ctx.opts.stdin ?? process.stdin) as unknown as Readable;
  let bytes: Uint8Array;
  try {
    bytes = await readCapped(stream, ctx.opts.maxBytes, 'stdin');
  } catch (e) {
    const { rule, message } = e instanceof FetchFailure ? e : fsProblem(e, 'stdin');
    diag(ctx, 'stdin', rule, message);
    return [];
  }
  if (bytes.length === 0) {
    diag(ctx, 'stdin', 'empty-input', 'nothing on stdin');
    return [];
  }
  return fromBlob(ctx, { source: 'stdin', ext: '', listed: false }, bytes);
}
