// Sparse term vectors as sorted key / weight arrays, weighted at comparison time by the IDF the clusterer has learnt so
// far: an article's and a story's stored weights are IDF-free, so early articles are not stuck with early IDF.

import { IntTable, MISSING } from './int-table.js';

/** The inverse document frequency of terms, learnt online: every article adds one to the count of each term it holds. */
export class Idf {
  private readonly df = new IntTable(1 << 14);
  /** Articles counted. */
  n = 0;

  /** @param prior articles assumed seen before the stream, holding none of its terms (see ClusterSettings.idfPrior) */
  constructor(private readonly prior = 0) {}

  /** Count one article's distinct terms. */
  observe(keys: Iterable<number>): void {
    this.n++;
    for (const k of keys) this.df.add(k, 1);
  }

  /** ln((N + prior + 1) / (df + 0.5)): small for a term in every article, large for a rare one. */
  idf(key: number): number {
    const df = this.df.get(key);
    return Math.log((this.n + this.prior + 1) / ((df === MISSING ? 0 : df) + 0.5));
  }

  /** Distinct terms seen (the one table that grows with the vocabulary, not with the articles). */
  get terms(): number {
    return this.df.size;
  }

  get bytes(): number {
    return this.df.bytes;
  }
}

/** A sparse vector: keys ascending, weights beside them. */
export interface Sparse {
  keys: Uint32Array;
  vals: Float32Array;
}

/** Σ a·b·idf² over shared keys (both sorted). */
export function idfDot(a: Sparse, b: Sparse, idf: Idf): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  const ak = a.keys;
  const bk = b.keys;
  while (i < ak.length && j < bk.length) {
    const x = ak[i]!;
    const y = bk[j]!;
    if (x === y) {
      const w = idf.idf(x);
      dot += a.vals[i]! * b.vals[j]! * w * w;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return dot;
}

/** ‖v·idf‖. */
export function idfNorm(v: Sparse, idf: Idf): number {
  let s = 0;
  for (let i = 0; i < v.keys.length; i++) {
    const w = v.vals[i]! * idf.idf(v.keys[i]!);
    s += w * w;
  }
  return Math.sqrt(s);
}

/** a + f·b (keys merged), then only the `cap` heaviest by weight·idf, keys ascending. */
export function addScaled(a: Sparse, b: Sparse, f: number, cap: number, idf: Idf): Sparse {
  const n = a.keys.length + b.keys.length;
  if (MERGE_KEYS.length < n) {
    MERGE_KEYS = new Uint32Array(n * 2);
    MERGE_VALS = new Float64Array(n * 2);
  }
  const keys = MERGE_KEYS;
  const vals = MERGE_VALS;
  let i = 0;
  let j = 0;
  let o = 0;
  while (i < a.keys.length || j < b.keys.length) {
    const x = i < a.keys.length ? a.keys[i]! : Infinity;
    const y = j < b.keys.length ? b.keys[j]! : Infinity;
    keys[o] = Math.min(x, y);
    vals[o++] = x === y ? a.vals[i++]! + f * b.vals[j++]! : x < y ? a.vals[i++]! : f * b.vals[j++]!;
  }
  return topByIdf(keys.subarray(0, o), vals.subarray(0, o), cap, idf);
}

/** Scratch of addScaled's merge (topByIdf copies out of it). */
let MERGE_KEYS = new Uint32Array(512);
let MERGE_VALS = new Float64Array(512);

/**
 * The `cap` heaviest entries by weight·idf as a sparse vector; `keys` must be ascending and stay so. Ties at the cut
 * keep the smaller keys.
 */
export function topByIdf(keys: ArrayLike<number>, vals: ArrayLike<number>, cap: number, idf: Idf): Sparse {
  const n = keys.length;
  if (n <= cap) return { keys: Uint32Array.from(keys), vals: Float32Array.from(vals) };
  const score = new Float64Array(n);
  for (let i = 0; i < n; i++) score[i] = vals[i]! * idf.idf(keys[i]!);
  const cut = Float64Array.from(score).sort()[n - cap]!;
  let above = 0;
  for (let i = 0; i < n; i++) if (score[i]! > cut) above++;
  let ties = cap - above;
  const outK = new Uint32Array(cap);
  const outV = new Float32Array(cap);
  let o = 0;
  for (let i = 0; i < n && o < cap; i++) {
    const sc = score[i]!;
    if (sc < cut || (sc === cut && ties-- <= 0)) continue;
    outK[o] = keys[i]!;
    outV[o++] = vals[i]!;
  }
  return { keys: outK, vals: outV };
}

/** The `n` heaviest terms of `v` by (weight·idf)², as [key, (weight·idf)²], heaviest first (ties: the smaller key). */
export function heaviest(v: Sparse, idf: Idf, n: number): Array<[number, number]> {
  const scored: Array<[number, number]> = [];
  for (let i = 0; i < v.keys.length; i++) {
    const w = v.vals[i]! * idf.idf(v.keys[i]!);
    scored.push([v.keys[i]!, w * w]);
  }
  return scored.sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, n);
}

/** A sparse vector of the `cap` heaviest terms by weight·idf now, of a term -> weight map; the weights stay IDF-free. */
export function fromWeights(weights: ReadonlyMap<number, number>, cap: number, idf: Idf): Sparse {
  const keys = Uint32Array.from(weights.keys()).sort();
  return topByIdf(keys, Float64Array.from(keys, (k) => weights.get(k)!), cap, idf);
}
