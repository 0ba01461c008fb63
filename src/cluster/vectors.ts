// Sparse term vectors as sorted key / weight arrays, weighted at comparison time by the IDF the clusterer has learnt so
// far: an article's and a story's stored weights are IDF-free, so early articles are not stuck with early IDF.

import { IntTable, MISSING } from './int-table.js';
import { insertTop } from './top.js';

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

/**
 * A sparse vector with its keys' idf and its norm under them, taken once: an arriving article is compared with a
 * dozen stories and joins one, all under one idf (the idf moves only between arrivals).
 */
export interface Scored extends Sparse {
  idf: Float64Array;
  /** ‖v·idf‖. */
  norm: number;
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

/** idfDot with the idf of a's keys taken from a. */
export function scoredDot(a: Scored, b: Sparse): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  const ak = a.keys;
  const bk = b.keys;
  while (i < ak.length && j < bk.length) {
    const x = ak[i]!;
    const y = bk[j]!;
    if (x === y) {
      const w = a.idf[i]!;
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

/** `v` with its keys' idf now and its norm. */
export function scored(v: Sparse, idf: Idf): Scored {
  const w = new Float64Array(v.keys.length);
  for (let i = 0; i < w.length; i++) w[i] = idf.idf(v.keys[i]!);
  return withNorm(v.keys, v.vals, w);
}

function withNorm(keys: Uint32Array, vals: Float32Array, idf: Float64Array): Scored {
  let s = 0;
  for (let i = 0; i < keys.length; i++) {
    const w = vals[i]! * idf[i]!;
    s += w * w;
  }
  return { keys, vals, idf, norm: Math.sqrt(s) };
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
export function topByIdf(keys: Uint32Array, vals: Float64Array, cap: number, idf: Idf): Sparse {
  const n = keys.length;
  if (n <= cap) return { keys: keys.slice(), vals: Float32Array.from(vals) };
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) w[i] = idf.idf(keys[i]!);
  const at = topIndices(vals, w, cap);
  const outK = new Uint32Array(cap);
  const outV = new Float32Array(cap);
  for (let o = 0; o < cap; o++) {
    outK[o] = keys[at[o]!]!;
    outV[o] = vals[at[o]!]!;
  }
  return { keys: outK, vals: outV };
}

/** Indices (ascending) of the `cap` (< n) heaviest entries by vals·idf; ties at the cut keep the earlier ones. */
function topIndices(vals: Float64Array, idf: Float64Array, cap: number): Int32Array {
  const n = vals.length;
  const score = new Float64Array(n);
  for (let i = 0; i < n; i++) score[i] = vals[i]! * idf[i]!;
  const cut = score.slice().sort()[n - cap]!;
  let above = 0;
  for (let i = 0; i < n; i++) if (score[i]! > cut) above++;
  let ties = cap - above;
  const out = new Int32Array(cap);
  let o = 0;
  for (let i = 0; i < n && o < cap; i++) {
    const sc = score[i]!;
    if (sc < cut || (sc === cut && ties-- <= 0)) continue;
    out[o++] = i;
  }
  return out;
}

/**
 * An arriving article's vector: the `cap` heaviest terms by weight·idf now (ties: the smaller keys), weights kept
 * IDF-free, with the idf and norm it is compared under.
 * @param keys ascending, with `weights` beside them
 */
export function articleVector(keys: Uint32Array, weights: Float64Array, cap: number, idf: Idf): Scored {
  const w = new Float64Array(keys.length);
  for (let i = 0; i < w.length; i++) w[i] = idf.idf(keys[i]!);
  if (keys.length <= cap) return withNorm(keys, Float32Array.from(weights), w);
  const at = topIndices(weights, w, cap);
  const outK = new Uint32Array(cap);
  const outV = new Float32Array(cap);
  const outW = new Float64Array(cap);
  for (let o = 0; o < cap; o++) {
    outK[o] = keys[at[o]!]!;
    outV[o] = weights[at[o]!]!;
    outW[o] = w[at[o]!]!;
  }
  return withNorm(outK, outV, outW);
}

/** The query of an index lookup: keys, heaviest first, and beside each its (weight·idf)². */
export interface Query {
  keys: number[];
  mass: number[];
}

/** The `n` heaviest terms of `v` by (weight·idf)², heaviest first (ties: the smaller key). */
export function heaviest(v: Scored, n: number): Query {
  const q: Query = { keys: [], mass: [] };
  for (let i = 0; i < v.keys.length; i++) {
    const w = v.vals[i]! * v.idf[i]!;
    insertTop(q.keys, q.mass, n, v.keys[i]!, w * w);
  }
  return q;
}
