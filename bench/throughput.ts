// Throughput and scaling of the whole pipeline in CPU time (process.cpuUsage: the machine is shared, wall time is not
// ours), each figure beside a peer measured in the same run: reading + sentence splitting of the same articles.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawDocument } from '../src/core/types.js';
import { analyzeDocuments } from '../src/pipeline/analyze.js';
import { readDocument } from '../src/readable/index.js';
import { buildDoc } from '../src/nlp/doc.js';
import { extractClaims } from '../src/extract/claims.js';
import { alignClaims } from '../src/align/index.js';
import { extractAttributions } from '../src/extract/attributions.js';
import { corpusPath, dataPath, eventsPath, readJsonl } from '../eval/shared.js';

type Row = (cells: Array<string | number>) => string;
const encoder = new TextEncoder();
const NOW = '2026-01-01T00:00:00Z';

interface NeusRow {
  articles: Array<{ title?: string; text: string }>;
}

/** NeuS stories (val, then train) as raw documents, `limit` stories at most. */
export function neusStories(limit: number): RawDocument[][] {
  const file = dataPath('neutral-summaries-neus', 'val.jsonl');
  if (!existsSync(file)) throw new Error('bench needs ../shared/data/neutral-summaries-neus (set TRIANGULATE_SHARED)');
  const rows = readJsonl<NeusRow>(file);
  if (rows.length < limit) rows.push(...readJsonl<NeusRow>(dataPath('neutral-summaries-neus', 'train.jsonl')).slice(0, limit - rows.length));
  return rows.slice(0, limit).map((row, s) =>
    row.articles.map((a, i) => ({ source: `neus-${s}-${i}.txt`, contentType: 'text/plain', bytes: encoder.encode(`${a.title ?? ''}\n\n${a.text}`) })),
  );
}

/** Full-length articles as a user saves them: the shared events (Markdown) and the seed corpus (text), one story each. */
export function longStories(): RawDocument[][] {
  const folders = readdirSync(eventsPath(), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => eventsPath(d.name));
  folders.push(corpusPath('witkoff-leak'));
  return folders.map((dir) =>
    readdirSync(dir)
      .filter((f) => /\.(md|txt)$/.test(f) && f !== 'README.md')
      .sort()
      .map((f) => ({ source: join(dir, f), bytes: readFileSync(join(dir, f)) })),
  );
}

/** CPU milliseconds (user + system, all threads) `fn` takes. */
export function cpuMs(fn: () => void): number {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

/** Least CPU time of `runs` runs after one untimed warm-up (JIT, memos): the least disturbed by the other processes. */
export function bestCpu(runs: number, fn: () => void): number {
  fn();
  let min = Infinity;
  for (let i = 0; i < runs; i += 1) min = Math.min(min, cpuMs(fn));
  return min;
}

/** Articles per CPU-second of reading + splitting (the peer), + attributions, and the full pipeline, over `stories`. */
export function benchThroughput(label: string, stories: RawDocument[][], runs: number, row: Row): void {
  const docs = stories.flat();
  const readOnly = bestCpu(runs, () => {
    for (const raw of docs) {
      const { article } = readDocument(raw, { id: 'x' });
      if (article) buildDoc(article.text, article.paragraphs);
    }
  });
  const attributions = bestCpu(runs, () => {
    for (const raw of docs) {
      const { article } = readDocument(raw, { id: 'x' });
      if (article) extractAttributions(article, buildDoc(article.text, article.paragraphs));
    }
  });
  const full = bestCpu(runs, () => {
    for (const story of stories) analyzeDocuments(story, { now: NOW });
  });
  const perSec = (ms: number): string => (docs.length / (ms / 1000)).toFixed(1);
  console.log(`\n${label}: ${docs.length} articles in ${stories.length} stories, articles per CPU-second (best of ${runs})\n`);
  console.log(row(['measure', 'articles/CPU-s', 'ratio to read+split']));
  console.log(row(['read + sentence split (peer)', perSec(readOnly), '1.00']));
  console.log(row(['read + split + attributions', perSec(attributions), (readOnly / attributions).toFixed(2)]));
  console.log(row(['full pipeline (analyze)', perSec(full), (readOnly / full).toFixed(2)]));
}

/**
 * Claim alignment of one growing story (the NeuS articles of `stories` read as one): CPU ms per article at each size, and
 * the growth exponent between sizes (1 = linear in the articles; the goal is per-article cost growing no faster than log n).
 */
export function benchAlignment(stories: RawDocument[][], sizes: number[], runs: number, row: Row): void {
  const all = stories
    .flat()
    .map((raw, i) => readDocument(raw, { id: `a${i + 1}` }).article)
    .filter((a): a is NonNullable<typeof a> => a !== null)
    .slice(0, Math.max(...sizes));
  const docs = all.map((a) => buildDoc(a.text, a.paragraphs));
  const claimsOf = all.map((a, i) => extractClaims(a, docs[i]!));
  console.log(`\nClaim alignment of one story by size, CPU time after one warm-up run at that size (best of ${runs} below 1,000 articles, else one run)\n`);
  console.log(row(['articles', 'CPU ms', 'ms per article', 'exponent']));
  let prev: { n: number; ms: number } | null = null;
  for (const n of sizes.filter((s) => s <= all.length)) {
    const run = (): void => void alignClaims(all.slice(0, n), claimsOf.slice(0, n), { docs: docs.slice(0, n) });
    // Every size is timed warm, as the small ones were by their best-of: a cold first run at a large size measured the
    // JIT and the memo tables filling, not how alignment grows.
    run();
    const ms = n < 1_000 ? bestCpu(runs, run) : cpuMs(run);
    const exponent = prev ? (Math.log(ms / prev.ms) / Math.log(n / prev.n)).toFixed(2) : '';
    console.log(row([n, ms.toFixed(0), (ms / n).toFixed(2), exponent]));
    prev = { n, ms };
  }
}

/** One story of `n` NeuS articles through the whole pipeline: CPU and wall seconds, and the process's peak memory. */
export function benchBigStory(n: number, row: Row): void {
  const story = neusStories(Math.ceil(n / 2.5)).flat().slice(0, n);
  const t0 = performance.now();
  const ms = cpuMs(() => void analyzeDocuments(story, { now: NOW }));
  const wall = (performance.now() - t0) / 1000;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(`\nOne story of ${story.length} NeuS articles through the whole pipeline (fresh process)\n`);
  console.log(row(['articles', 'CPU s', 'wall s', 'peak RSS MB']));
  console.log(row([story.length, (ms / 1000).toFixed(1), wall.toFixed(1), peakMb.toFixed(0)]));
}
