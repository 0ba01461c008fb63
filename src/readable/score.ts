// The extraction benchmark's scorer (Zyte article-extraction-benchmark): 4-gram token shingles, per-page P/R, macro F1.

/** A page's shingle overlap, normalised so tp + fp + fn = 1 (as the benchmark does). */
export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
}

export interface ExtractionScore {
  precision: number;
  recall: number;
  f1: number;
  pages: number;
}

// The benchmark tokenises with Python's `\w+` (Unicode): letters, digits and underscore.
const TOKEN = /[\p{L}\p{N}_]+/gu;

/** Tokens of a text as the benchmark sees them. */
export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Multiset of n-gram shingles (texts shorter than n give one shingle of all their tokens, as the benchmark does). */
export function shingles(text: string, n = 4): Map<string, number> {
  const toks = tokens(text);
  const out = new Map<string, number>();
  const add = (key: string): void => {
    out.set(key, (out.get(key) ?? 0) + 1);
  };
  if (toks.length === 0) return out;
  if (toks.length < n) {
    add(toks.join(' '));
    return out;
  }
  for (let i = 0; i + n <= toks.length; i++) add(toks.slice(i, i + n).join(' '));
  return out;
}

/**
 * Score one page: shared shingles are true positives, the prediction's extra ones false positives, the gold's missed
 * ones false negatives; normalised to sum 1 (all zero when both are empty).
 * @example scorePage('a b c d e', 'a b c d') // { tp: 0.5, fp: 0.5, fn: 0 }
 */
export function scorePage(prediction: string, gold: string, n = 4): PageScore {
  const p = shingles(prediction, n);
  const g = shingles(gold, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, c] of p) {
    const gc = g.get(k) ?? 0;
    tp += Math.min(c, gc);
    fp += Math.max(0, c - gc);
  }
  for (const [k, c] of g) fn += Math.max(0, c - (p.get(k) ?? 0));
  const total = tp + fp + fn;
  if (total === 0) return { tp: 0, fp: 0, fn: 0 };
  return { tp: tp / total, fp: fp / total, fn: fn / total };
}

/** Precision and recall averaged over pages, F1 the harmonic mean of the two averages (the benchmark's definition). */
export function aggregate(pages: PageScore[]): ExtractionScore {
  // As in the benchmark's evaluate.py: a page enters the precision mean only when it predicted something or the
  // gold is empty (tp + fp > 0), and the recall mean only when the gold has shingles (tp + fn > 0).
  const ps: number[] = [];
  const rs: number[] = [];
  for (const s of pages) {
    const exact = s.fp === 0 && s.fn === 0;
    if (s.tp + s.fp > 0) ps.push(exact ? 1 : s.tp / (s.tp + s.fp));
    if (s.tp + s.fn > 0) rs.push(exact ? 1 : s.tp / (s.tp + s.fn));
  }
  const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(ps);
  const recall = mean(rs);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, pages: pages.length };
}

/** Score many (prediction, gold) pairs at once. */
export function scoreExtraction(pairs: Array<{ prediction: string; gold: string }>, n = 4): ExtractionScore {
  return aggregate(pairs.map((x) => scorePage(x.prediction, x.gold, n)));
}
