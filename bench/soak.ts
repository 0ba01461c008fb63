// The soak bench (issue #11): one process analyses many stories in a row, as a server or a feed watcher would, and
// prints the heap after garbage collection and the stage failures every N articles. Memory must stay flat and no stage may
// fail: from 5,000 articles on, the highest heap after GC of the run's second half may exceed that of its first half by
// at most 10%. A leak grows from half to half; the bounded memos (words, names, patterns: emptied when full) fill during
// the first tens of thousands of articles and then swing between empty and full, which a band around one early window
// would misread as a leak. Throughput is printed as a ratio to the second window of the same run, the peer that shows a
// slowdown.
// Usage: npm run bench -- soak [--articles 100000] [--every 1000]
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { RawDocument } from '../src/core/types.js';
import { analyzeDocuments } from '../src/pipeline/analyze.js';
import { dataPath, readJsonl } from '../eval/shared.js';

/** Articles from which the heap must stay flat: the engines, models and memos are loaded and warm by then. */
const FLAT_FROM = 5_000;
/** How far the second half's highest heap after GC may exceed the first half's. */
const FLAT_TOLERANCE = 0.1;

/**
 * Growth of the heap from the first half of the windows to the second: the ratio of their highest heaps after GC, less
 * one. NaN with fewer than four windows.
 */
export function heapGrowth(heapMb: readonly number[]): number {
  if (heapMb.length < 4) return NaN;
  const half = Math.floor(heapMb.length / 2);
  return Math.max(...heapMb.slice(half)) / Math.max(...heapMb.slice(0, half)) - 1;
}

interface NeusRow {
  articles: Array<{ title?: string; text: string }>;
}

/** A full garbage collection: `--expose-gc` turned on at run time, so `npm run bench` needs no node flag. */
export function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** Letters for number `n` ("bakoru"): a word no text has, so each story teaches the engines new words, as real news does. */
function inventedWord(n: number): string {
  const syllables = ['ba', 'ko', 'ru', 'mi', 'te', 'za', 'lo', 'ne', 'vi', 'sh'];
  let out = '';
  for (let k = n; ; k = Math.floor(k / 10)) {
    out += syllables[k % 10];
    if (k < 10) return out;
  }
}

/** Story `i` of the run: a NeuS story (read at run time from ../shared/data), with a sentence naming invented people. */
function storyAt(rows: NeusRow[], i: number, encoder: TextEncoder): RawDocument[] {
  const row = rows[i % rows.length]!;
  return row.articles.map((a, k) => {
    const name = `${inventedWord(i * 7 + k)[0]!.toUpperCase()}${inventedWord(i * 7 + k).slice(1)}`;
    const extra = `\n\n“We will look at it again,” said ${name} ${inventedWord(i * 13 + k + 5)}, a spokesman for ${inventedWord(i + 3)} Holdings.`;
    return { source: `soak-${i}-${k}.txt`, contentType: 'text/plain', bytes: encoder.encode(`${a.title ?? ''}\n\n${a.text}${extra}`) };
  });
}

function loadRows(): NeusRow[] {
  const files = ['train.jsonl', 'val.jsonl'].map((f) => dataPath('neutral-summaries-neus', f));
  if (!files.every(existsSync)) throw new Error('soak bench needs ../shared/data/neutral-summaries-neus (set TRIANGULATE_SHARED)');
  return files.flatMap((f) => readJsonl<NeusRow>(f)).filter((r) => r.articles.length > 0);
}

interface Window {
  articles: number;
  heapMb: number;
  /** Memory outside the JS heap (typed arrays such as wink's lexicon), after the same collection. */
  externalMb: number;
  perSec: number;
  failures: number;
}

/** Analyse stories until `total` articles are read; one window row every `every` articles. */
function soak(total: number, every: number, report: (w: Window) => void): Window[] {
  const gc = collector();
  const rows = loadRows();
  const encoder = new TextEncoder();
  const windows: Window[] = [];
  let articles = 0;
  let failures = 0;
  let next = every;
  let t0 = performance.now();
  let since = 0;
  for (let i = 0; articles < total; i++) {
    const story = storyAt(rows, i, encoder);
    const dossier = analyzeDocuments(story, { now: '2026-01-01T00:00:00Z' });
    failures += dossier.diagnostics.filter((d) => d.rule === 'stage-failed').length;
    articles += story.length;
    since += story.length;
    if (articles < next) continue;
    const perSec = since / ((performance.now() - t0) / 1000);
    gc();
    const memory = process.memoryUsage();
    const w = { articles, heapMb: memory.heapUsed / 2 ** 20, externalMb: memory.external / 2 ** 20, perSec, failures };
    windows.push(w);
    report(w);
    next += every;
    since = 0;
    t0 = performance.now();
  }
  return windows;
}

/** The arguments after `soak`: --articles N, --every N. */
function option(args: string[], name: string, fallback: number): number {
  const at = args.indexOf(name);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} needs a positive whole number, e.g. ${name} ${fallback}`);
  return value;
}

export function benchSoak(opts: { args: string[]; defaultArticles: number; row: (cells: Array<string | number>) => string }): void {
  let windowsSeen = 0;
  const total = option(opts.args, '--articles', opts.defaultArticles);
  const every = option(opts.args, '--every', Math.min(1_000, Math.max(100, Math.round(total / 10))));
  console.log(`\nSoak: ${total} NeuS articles (with invented names) in stories, one process; heap after GC every ${every}\n`);
  console.log(opts.row(['articles', 'heap MB after GC', 'external MB', 'articles/s', 'speed vs 2nd', 'stage failures']));
  // The peer is the second window: the first also loads the models.
  let peer = 0;
  const windows = soak(total, every, (w) => {
    if (windowsSeen++ === 1) peer = w.perSec;
    const ratio = peer ? (w.perSec / peer).toFixed(2) : '-';
    console.log(opts.row([w.articles, w.heapMb.toFixed(1), w.externalMb.toFixed(1), w.perSec.toFixed(1), ratio, w.failures]));
  });
  const last = windows[windows.length - 1];
  const flat = windows.filter((w) => w.articles >= FLAT_FROM);
  if (!last) return;
  const growth = heapGrowth(flat.map((w) => w.heapMb));
  const range = flat.length ? `${Math.min(...flat.map((w) => w.heapMb)).toFixed(1)}–${Math.max(...flat.map((w) => w.heapMb)).toFixed(1)} MB` : '';
  const judged = Number.isFinite(growth);
  const flatText = judged
    ? `heap after GC ${range} from ${FLAT_FROM} articles; second half's peak ${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)}% on the first half's`
    : `fewer than four windows from ${FLAT_FROM} articles: flatness not judged`;
  const ok = last.failures === 0 && (!judged || growth <= FLAT_TOLERANCE);
  console.log(`\nsoak ${ok ? 'ok' : 'FAILED'}: ${last.failures} stage failures; ${flatText} (limit ${FLAT_TOLERANCE * 100}%)`);
}
