// Synthetic rewrites for the reuse eval and test: a team-written article (eval/data/rewrite/) with its paragraphs
// reordered, trimmed and reworded as a rewriting desk would, and where each derived sentence came from; plus the recall
// of those derived sentences in findReuse's output.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Reuse, Span } from '../src/core/types.js';
import { rng } from '../src/core/util/random.js';
import { escapeRegExp } from '../src/core/util/regex.js';
import { repoRoot } from './shared.js';

export const REWRITE_DIR = resolve(repoRoot, 'eval/data/rewrite');

/** A derived article and, per derived sentence, the source sentence it was made from. */
export interface SyntheticRewrite {
  source: string;
  derived: string;
  origins: Array<{ derived: Span; source: Span }>;
}

interface Sentence extends Span {
  text: string;
}

function paragraphsOf(text: string): Sentence[][] {
  const out: Sentence[][] = [];
  for (const p of text.matchAll(/[^\n]+/g)) {
    const sentences: Sentence[] = [];
    // A stop, a space and a capital end a sentence ("3 a.m., well above" and "4.1 metres" do not).
    let from = 0;
    const cut = (to: number): void => {
      const piece = p[0].slice(from, to).trim();
      const start = p.index + p[0].indexOf(piece, from);
      if (piece) sentences.push({ start, end: start + piece.length, text: piece });
    };
    for (const m of p[0].matchAll(/(?<=[.!?])\s+(?=[A-Z])/g)) {
      cut(m.index);
      from = m.index + m[0].length;
    }
    cut(p[0].length);
    if (sentences.length) out.push(sentences);
  }
  return out;
}

/** The team's word swaps (eval/data/rewrite/words.json) as one replacer: one pass, so a swap's output is never swapped again. */
export function swapper(swaps: Record<string, string>): (s: string) => string {
  const keys = Object.keys(swaps).sort((a, b) => b.length - a.length);
  const re = new RegExp(`\\b(?:${keys.map(escapeRegExp).join('|')})\\b`, 'gi');
  return (s) =>
    s.replace(re, (m) => {
      const to = swaps[m.toLowerCase()] ?? m;
      return /^[A-Z]/.test(m) ? to[0]!.toUpperCase() + to.slice(1) : to;
    });
}

/**
 * Rewrite `text` as a desk would: the last paragraph dropped, the last sentence of one other paragraph dropped, two
 * paragraphs after the lead swapped, every sentence reworded by the word swaps, and more as `level` says. Deterministic
 * for a seed.
 * @example synthesizeRewrite(article, swaps, 1).origins.length // sentences kept
 */
export function synthesizeRewrite(text: string, swaps: Record<string, string>, seed: number, level: RewriteLevel = 'light'): SyntheticRewrite {
  const rotate = level === 'light' ? 0.5 : 1;
  const random = rng(seed);
  const reword = swapper(swaps);
  const paragraphs = paragraphsOf(text).slice(0, -1);
  const trimmable = paragraphs.map((p, i) => (p.length > 1 ? i : -1)).filter((i) => i >= 0);
  const trim = trimmable[Math.floor(random() * trimmable.length)];
  if (trim !== undefined) paragraphs[trim] = paragraphs[trim]!.slice(0, -1);
  if (paragraphs.length > 3) {
    const k = 1 + Math.floor(random() * (paragraphs.length - 2));
    [paragraphs[k], paragraphs[k + 1]] = [paragraphs[k + 1]!, paragraphs[k]!];
  }
  let derived = '';
  const origins: SyntheticRewrite['origins'] = [];
  paragraphs.forEach((p, i) => {
    if (i) derived += '\n\n';
    p.forEach((s, k) => {
      if (k) derived += ' ';
      const reworded = random() < rotate ? rotateClauses(reword(s.text)) : reword(s.text);
      const out = level === 'paraphrase' ? everyFifthDropped(reworded) : reworded;
      origins.push({ derived: { start: derived.length, end: derived.length + out.length }, source: { start: s.start, end: s.end } });
      derived += out;
    });
  });
  return { source: text, derived, origins };
}

/**
 * How hard the desk rewrites: `light` rotates the clauses of half the sentences, `heavy` of all, `paraphrase` also drops
 * every fifth word, so that no run of five words (a shingle) survives and only sentence-level matching can find it.
 */
export type RewriteLevel = 'light' | 'heavy' | 'paraphrase';

/** Every fifth word left out (the sentence keeps its stop). */
function everyFifthDropped(sentence: string): string {
  const words = sentence.replace(/[.!?]+$/, '').split(' ');
  return `${words.filter((_, i) => i % 5 !== 4).join(' ')}.`;
}

/** "A, B." -> "B, a." — the sentence's clauses in another order, so few long runs of words survive verbatim. */
function rotateClauses(sentence: string): string {
  const cut = sentence.indexOf(', ');
  if (cut < 0) return sentence;
  const head = sentence.slice(0, cut);
  const tail = sentence.slice(cut + 2).replace(/[.!?]+$/, '');
  const lowered = /^[A-Z][a-z]/.test(head) && !/^(I|[A-Z][a-z]+ [A-Z])/.test(head) ? head[0]!.toLowerCase() + head.slice(1) : head;
  return `${tail[0]!.toUpperCase()}${tail.slice(1)}, ${lowered}.`;
}

const overlaps = (x: Span, y: Span): boolean => x.start < y.end && y.start < x.end;

/**
 * Share of the derived sentences that the reuse output ties to their source sentence: some copied passage or retold
 * sentence pair overlaps the source sentence on the source side and the derived sentence on the derived side.
 * @param sourceSide 'a' when the source article is `a` of the reuse pair
 */
export function derivedRecall(rewrite: SyntheticRewrite, reuse: Reuse | undefined, sourceSide: 'a' | 'b'): number {
  if (!rewrite.origins.length) return 0;
  const pairs = reuse ? [...reuse.spans, ...(reuse.rewritten ?? [])] : [];
  const found = rewrite.origins.filter((o) =>
    pairs.some((p) => {
      const [src, der] = sourceSide === 'a' ? [p.a, p.b] : [p.b, p.a];
      return overlaps(src, o.source) && overlaps(der, o.derived);
    }),
  );
  return found.length / rewrite.origins.length;
}

/** The team-written source articles and word swaps of eval/data/rewrite/. */
export function rewriteSources(): { articles: Array<{ name: string; text: string }>; swaps: Record<string, string> } {
  const files = readdirSync(REWRITE_DIR).filter((f) => f.endsWith('.txt')).sort();
  const swaps = (JSON.parse(readFileSync(resolve(REWRITE_DIR, 'words.json'), 'utf8')) as { swaps: Record<string, string> }).swaps;
  return { articles: files.map((f) => ({ name: f, text: readFileSync(resolve(REWRITE_DIR, f), 'utf8').trim() })), swaps };
}
