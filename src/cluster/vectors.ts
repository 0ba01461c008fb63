// Sparse term vectors as sorted key / weight arrays, weighted at comparison time by the IDF the clusterer has learnt so
// far: an article's and a story's stored weights are IDF-free, so early articles are not stuck with early IDF.

import type { Idf } from './idf.js';
import { insertTop } from './top.js';

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

/** a + f·b (keys merged), then only the `cap` heaviest by weight·idf, keys ascending (into a's arrays when a is at the cap). */
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
  // A centroid at its cap stays at it: its arrays are written over (the merge read them into scratch first).
  return topByIdf(keys.subarray(0, o), vals.subarray(0, o), cap, idf, a.keys.length === cap ? a : null);
}

/** Scratch of addScaled's merge (topByIdf copies out of it). */
let MERGE_KEYS = new Uint32Array(512);
let MERGE_VALS = new Float64Array(512);

/**
 * The `cap` heaviest entries by weight·idf as a sparse vector; `keys` must be ascending and stay so. Ties at the cut
 * keep the smaller keys.
 * @param into a vector written over when its length is the answer's
 */
export function topByIdf(keys: Uint32Array, vals: Float64Array, cap: number, idf: Idf, into: Sparse | null = null): Sparse {
  const n = keys.length;
  const size = Math.min(n, cap);
  const out = into && into.keys.length === size ? into : { keys: new Uint32Array(size), vals: new Float32Array(size) };
  if (n <= cap) {
    out.keys.set(keys);
    for (let i = 0; i < n; i++) out.vals[i] = vals[i]!;
    return out;
  }
  const w = scratch(n).idf;
  for (let i = 0; i < n; i++) w[i] = idf.idf(keys[i]!);
  const at = topIndices(vals, w, n, cap);
  for (let o = 0; o < cap; o++) {
    out.keys[o] = keys[at[o]!]!;
    out.vals[o] = vals[at[o]!]!;
  }
  return out;
}

/** Reused work arrays (a vector's temporaries would otherwise be a few typed arrays an arrival, each a native allocation). */
const SCRATCH = { idf: new Float64Array(0), score: new Float64Array(0), sorted: new Float64Array(0), at: new Int32Array(0) };

function scratch(n: number): typeof SCRATCH {
  if (SCRATCH.score.length < n) {
    const size = Math.max(n, SCRATCH.score.length * 2, 1024);
    SCRATCH.idf = new Float64Array(size);
    SCRATCH.score = new Float64Array(size);
    SCRATCH.sorted = new Float64Array(size);
    SCRATCH.at = new Int32Array(size);
  }
  return SCRATCH;
}

/**
 * Indices (ascending) of the `cap` (< n) heaviest of the first `n` entries by vals·idf; ties at the cut keep the
 * earlier ones. A view into scratch, valid until the next call.
 */
function topIndices(vals: Float64Array, idf: Float64Array, n: number, cap: number): Int32Array {
  const { score, sorted, at } = scratch(n);
  for (let i = 0; i < n; i++) score[i] = vals[i]! * idf[i]!;
  sorted.set(score.subarray(0, n));
  const cut = sorted.subarray(0, n).sort()[n - cap]!;
  let above = 0;
  for (let i = 0; i < n; i++) if (score[i]! > cut) above++;
  let ties = cap - above;
  let o = 0;
  for (let i = 0; i < n && o < cap; i++) {
    const sc = score[i]!;
    if (sc < cut || (sc === cut && ties-- <= 0)) continue;
    at[o++] = i;
  }
  return at;
}

/** Where articleVector writes (an arriving article's vector is needed until the next arrival only). */
const ARTICLE = { keys: new Uint32Array(256), vals: new Float32Array(256), idf: new Float64Array(256) };

/**
 * An arriving article's vector: the `cap` heaviest terms by weight·select (ties: the smaller keys), weights kept
 * IDF-free, with the idf and norm it is compared under. Views into scratch, valid until the next call.
 * @param keys ascending, with `weights` and `idfs` (each key's idf now) beside them
 * @param select beside each key, the idf the terms are chosen by (background.ts selectionIdf)
 */
export function articleVector(keys: Uint32Array, weights: Float64Array, idfs: Float64Array, cap: number, select: Float64Array = idfs): Scored {
  const n = Math.min(keys.length, cap);
  if (ARTICLE.keys.length < n) Object.assign(ARTICLE, { keys: new Uint32Array(n), vals: new Float32Array(n), idf: new Float64Array(n) });
  const outK = ARTICLE.keys.subarray(0, n);
  const outV = ARTICLE.vals.subarray(0, n);
  const outW = ARTICLE.idf.subarray(0, n);
  const at = keys.length > cap ? topIndices(weights, select, keys.length, cap) : null;
  for (let o = 0; o < n; o++) {
    const i = at ? at[o]! : o;
    outK[o] = keys[i]!;
    outV[o] = weights[i]!;
    outW[o] = idfs[i]!;
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
