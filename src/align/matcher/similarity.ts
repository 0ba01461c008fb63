// Similarity measures over token sequences and bags: overlap F, n-gram precision, BLEU-like, order, cosine.
import type { Profile } from './profile.js';

/** Harmonic mean of a precision and a recall (0 when both are 0). */
export const f1 = (p: number, r: number): number => (p + r > 0 ? (2 * p * r) / (p + r) : 0);

/** The smaller and the larger of two numbers. */
export const minMax = (x: number, y: number): [number, number] => [Math.min(x, y), Math.max(x, y)];

/** A bag: how often each item occurs. */
export function counts<T>(xs: T[]): Map<T, number> {
  const m = new Map<T, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

/** Clipped overlap of two bags: how many items of `a` find a partner in `b`. */
export function clipped<T>(a: Map<T, number>, b: Map<T, number>): number {
  let n = 0;
  for (const [k, c] of a) n += Math.min(c, b.get(k) ?? 0);
  return n;
}

/** The n-grams of a sequence, each joined by a space. */
export function ngrams(xs: string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= xs.length; i++) out.push(xs.slice(i, i + n).join(' '));
  return out;
}

/** Overlap F of the n-grams of two sequences. */
export function ngramF(a: string[], b: string[], n: number): number {
  const ga = counts(ngrams(a, n));
  const gb = counts(ngrams(b, n));
  const na = Math.max(0, a.length - n + 1);
  const nb = Math.max(0, b.length - n + 1);
  if (!na || !nb) return 0;
  const m = clipped(ga, gb);
  return f1(m / na, m / nb);
}

/** Share of x's n-grams found in y (clipped counts); 0 when x has none. */
export function ngramPrecision(x: string[], y: string[], n: number): number {
  const total = Math.max(0, x.length - n + 1);
  return total ? clipped(counts(ngrams(x, n)), counts(ngrams(y, n))) / total : 0;
}

/** The n-gram precisions of both directions for each n, as [min, max] pairs in order of n. */
export function ngramPrecisionPairs(a: string[], b: string[], ns: number[]): number[] {
  return ns.flatMap((n) => minMax(ngramPrecision(a, b, n), ngramPrecision(b, a, n)));
}

/** BLEU-like: geometric mean of add-one smoothed 1..4-gram precisions, averaged over both directions. */
export function bleu(a: string[], b: string[]): number {
  const one = (x: string[], y: string[]): number => {
    let logSum = 0;
    for (let n = 1; n <= 4; n++) {
      const gx = counts(ngrams(x, n));
      const gy = counts(ngrams(y, n));
      const total = Math.max(0, x.length - n + 1);
      logSum += Math.log((clipped(gx, gy) + 1) / (total + 1));
    }
    return Math.exp(logSum / 4);
  };
  return (one(a, b) + one(b, a)) / 2;
}

/** Overlap F of content words compared by their first five letters, which catches what the stemmer leaves apart. */
export function prefixF(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  const cut = (xs: string[]): Map<string, number> => counts(xs.map((x) => x.slice(0, 5)));
  const m = clipped(cut(a), cut(b));
  return f1(m / a.length, m / b.length);
}

/** Cosine of two bags. */
export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    na += v * v;
    dot += v * (b.get(k) ?? 0);
  }
  for (const v of b.values()) nb += v * v;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** Share of concordant pairs among stems that occur once in each sentence: 1 = same order. */
export function orderAgreement(a: string[], b: string[]): number {
  const ca = counts(a);
  const cb = counts(b);
  const posB = new Map<string, number>();
  b.forEach((s, i) => posB.set(s, i));
  const seq: number[] = [];
  for (const s of a) if (ca.get(s) === 1 && cb.get(s) === 1) seq.push(posB.get(s)!);
  if (seq.length < 2) return 1;
  let good = 0;
  let all = 0;
  for (let i = 0; i < seq.length; i++)
    for (let j = i + 1; j < seq.length; j++) {
      all++;
      if (seq[i]! < seq[j]!) good++;
    }
  return good / all;
}

/**
 * Weighted overlap of two profiles' distinct stems under a per-bucket weight (IDF, TF-KLD): [share of a matched, share of
 * b matched, unmatched mass of a, unmatched mass of b].
 */
export function weighted(a: Profile, b: Profile, w: Float32Array, contentOnly: boolean): [number, number, number, number] {
  const side = (x: Profile, other: Set<string>): [number, number] => {
    let total = 0;
    let hit = 0;
    const seen = new Set<string>();
    x.stems.forEach((s, i) => {
      if ((contentOnly && !x.content[i]) || seen.has(s)) return;
      seen.add(s);
      const wt = w[x.buckets[i]!] ?? 0;
      total += wt;
      if (other.has(s)) hit += wt;
    });
    return [total ? hit / total : 1, total - hit];
  };
  const [pa, ua] = side(a, new Set(b.stems));
  const [pb, ub] = side(b, new Set(a.stems));
  return [pa, pb, ua, ub];
}
