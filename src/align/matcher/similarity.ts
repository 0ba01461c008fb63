// Similarity measures over token sequences and bags: overlap F, n-gram precision, BLEU-like and order.
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

/** Clipped overlap of two bags: how many items of `a` find a partner in `b` (symmetric: the smaller bag is walked). */
export function clipped<T>(a: Map<T, number>, b: Map<T, number>): number {
  const small = a.size <= b.size ? a : b;
  const big = small === a ? b : a;
  let n = 0;
  // forEach, not for…of: an entries iterator builds a [key, count] pair per entry, a tenth of the pipeline's garbage.
  small.forEach((c, k) => {
    const o = big.get(k);
    if (o !== undefined) n += Math.min(c, o);
  });
  return n;
}

/** The n-grams of a sequence, each joined by a space. */
export function ngrams(xs: string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= xs.length; i++) {
    // Concatenated in place: a slice and a join per n-gram cost more than the n-grams themselves.
    let g = xs[i]!;
    for (let k = 1; k < n; k++) g += ` ${xs[i + k]!}`;
    out.push(g);
  }
  return out;
}

/** Overlap F of two sequences of `na` and `nb` n-grams sharing `m` of them (clipped); 0 when either has none. */
export function overlapF(m: number, na: number, nb: number): number {
  if (na <= 0 || nb <= 0) return 0;
  return f1(m / na, m / nb);
}

/** Share `m` of `total` n-grams (clipped overlap over all); 0 when there are none. */
const share = (m: number, total: number): number => (total > 0 ? m / total : 0);

/**
 * The n-gram precisions of both directions for each n, as min then max in order of n, pushed onto `out`, from the
 * clipped n-gram overlaps of two sequences of lengths `la` and `lb` (`hits[k]`: how many (first + k)-grams they share;
 * the same either way). Pushed, not returned: the matcher fills one feature array per pair.
 */
export function precisionPairs(out: number[], hits: readonly number[], first: number, la: number, lb: number): void {
  hits.forEach((m, k) => {
    const n = first + k;
    const pa = share(m, la - n + 1);
    const pb = share(m, lb - n + 1);
    out.push(Math.min(pa, pb), Math.max(pa, pb));
  });
}

/** BLEU-like over the 1..4-gram overlaps (`hits(n)`, clipped) of two sequences of lengths `la`, `lb`. */
export function overlapBleu(hits: (n: number) => number, la: number, lb: number): number {
  const one = (len: number): number => {
    let logSum = 0;
    for (let n = 1; n <= 4; n++) logSum += Math.log((hits(n) + 1) / (Math.max(0, len - n + 1) + 1));
    return Math.exp(logSum / 4);
  };
  return (one(la) + one(lb)) / 2;
}

/** Overlap F of content words compared by their first five letters, from the bags of those prefixes and the word counts. */
export function prefixBagF(pa: Map<string, number>, pb: Map<string, number>, la: number, lb: number): number {
  if (!la || !lb) return 0;
  const m = clipped(pa, pb);
  return f1(m / la, m / lb);
}

/**
 * Share of concordant pairs among stems that occur once in each sentence: 1 = same order. From a's stems, the stem bags
 * of both and the last position of each stem of b.
 */
export function bagOrderAgreement(a: string[], ca: Map<string, number>, cb: Map<string, number>, posB: Map<string, number>): number {
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
 * The weighted share of x's distinct stems (their first tokens, `first`) that `other` holds, and
 * the unmatched mass.
 */
export function weightedSide(x: Profile, first: readonly number[], other: ReadonlySet<string>, w: Float32Array): [number, number] {
  let total = 0;
  let hit = 0;
  for (const i of first) {
    const wt = w[x.buckets[i]!] ?? 0;
    total += wt;
    if (other.has(x.stems[i]!)) hit += wt;
  }
  return [total ? hit / total : 1, total - hit];
}

/** Indices of each distinct stem's first token, among all tokens or among content tokens only. */
export function firstUses(p: Profile, contentOnly: boolean): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  p.stems.forEach((s, i) => {
    if ((contentOnly && !p.content[i]) || seen.has(s)) return;
    seen.add(s);
    out.push(i);
  });
  return out;
}
