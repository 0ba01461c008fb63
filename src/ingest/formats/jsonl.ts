// JSONL: one `{url?, html?, text?, title?, published?, outlet?, byline?}` object per line; a line with only a URL is fetched.
import type { DocumentHints, RawDocument } from '../../core/types.js';
import { decoder, diag, now, pool, type IngestContext } from '../context.js';
import { looksLikeFeed } from '../feed.js';
import type { InputFormat } from './types.js';

interface JsonlLine {
  url?: unknown;
  html?: unknown;
  text?: unknown;
  title?: unknown;
  published?: unknown;
  outlet?: unknown;
  byline?: unknown;
}

const HINT_KEYS = ['url', 'title', 'published', 'outlet', 'byline'] as const;

/** The row of line n, or null with a diagnostic when it is not a JSON object. */
function parseLine(ctx: IngestContext, where: string, line: string, n: number): JsonlLine | null {
  let row: JsonlLine;
  try {
    row = JSON.parse(line) as JsonlLine;
  } catch (e) {
    diag(ctx, where, 'malformed-jsonl', `line ${n + 1} is not JSON: ${(e as Error).message}`);
    return null;
  }
  if (!row || typeof row !== 'object') {
    diag(ctx, where, 'malformed-jsonl', `line ${n + 1} is not a JSON object`);
    return null;
  }
  return row;
}

/** The work one row asks for: inline HTML or text, a URL to fetch, or nothing (a diagnostic). */
function taskOf(ctx: IngestContext, where: string, row: JsonlLine, n: number): (() => Promise<RawDocument[]>) | null {
  const hints: DocumentHints = {};
  for (const k of HINT_KEYS) {
    const v = row[k];
    if (typeof v === 'string' && v.trim()) hints[k] = v.trim();
  }
  const src = hints.url ?? where;
  const inline = (body: string, contentType: string) => async (): Promise<RawDocument[]> => [
    { source: src, bytes: new TextEncoder().encode(body), contentType, fetchedAt: now(), hints },
  ];
  if (typeof row.html === 'string' && row.html.trim()) return inline(row.html, 'text/html');
  if (typeof row.text === 'string' && row.text.trim()) return inline(row.text, 'text/plain');
  if (hints.url) {
    const url = hints.url;
    return () => ctx.fetchPage(url, hints, 0);
  }
  diag(ctx, where, 'empty-input', `line ${n + 1} has no url, html or text`, 'warning');
  return null;
}

/** The documents of a JSONL body, in line order; bad lines are diagnostics. */
export async function readJsonl(ctx: IngestContext, source: string, body: string): Promise<RawDocument[]> {
  const tasks: Array<() => Promise<RawDocument[]>> = [];
  body.split('\n').forEach((line, n) => {
    if (!line.trim()) return;
    const where = `${source}:${n + 1}`;
    const row = parseLine(ctx, where, line, n);
    const task = row ? taskOf(ctx, where, row, n) : null;
    if (task) tasks.push(task);
  });
  if (!body.trim()) diag(ctx, source, 'empty-input', `${source} holds no JSONL lines`, 'warning');
  const lists = await pool(tasks, ctx.opts.concurrency, (t) => t());
  return lists.flat();
}

export const jsonl: InputFormat = {
  name: 'jsonl',
  label: 'JSONL',
  extensions: ['.jsonl'],
  // Stdin has no name: an object on the first line that is not a JSON Feed is JSONL.
  sniff: ({ ext, head }) => ext === '.jsonl' || (ext === '' && head.startsWith('{') && !looksLikeFeed(head)),
  read: (ctx, source, bytes) => readJsonl(ctx, source, decoder.decode(bytes)),
};
