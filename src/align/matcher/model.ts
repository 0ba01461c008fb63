// Scoring with a fitted matcher: the logistic layer (and optional trees) and the features that read its fitted tables.
import { fnv1a } from '../../core/util/hash.js';
import type { SparseTable } from '../../core/util/model-codec.js';
import type { Profile } from './profile.js';
import { f1, weightedSide } from './similarity.js';
import { sketch, type Sketch } from './sketch.js';

/** Corpus statistics the features read, indexed by `bucket(stem)`: IDF from a general news corpus, TF-KLD from the training pairs. */
export interface FeatureTables {
  idf: Float32Array;
  kld: Float32Array;
  /** Learned log-odds per substitution key (see `substitutionKeys`), indexed by key; empty when the model has none. */
  subs: Float32Array;
}

/** A fitted matcher as the fit script builds it: standardisation, a logistic layer and/or boosted trees, threshold and tables. */
export interface MatcherModel {
  version: 1;
  features: string[];
  buckets: number;
  /** Base64 Uint8 quantised tables: value = byte / scale. */
  idf: string;
  idfScale: number;
  kld: string;
  kldScale: number;
  /**
   * The substitution table (see `substitutionKeys`): a sparse logistic model over hashed unmatched words and word pairs
   * (see `SparseTable` for its encoding).
   */
  subs?: SparseTable;
  /** Boosted regression trees over raw features: flat arrays, node i: feature (-1 = leaf), threshold, left, right, value. */
  trees: Array<{ f: number[]; t: number[]; l: number[]; r: number[]; v: number[] }>;
  /** Logistic layer over standardised features (z-scores clipped to ±clip), added to the trees' log-odds. */
  linear?: { mean: number[]; std: number[]; weights: number[]; bias: number; clip: number };
  base: number;
  learningRate: number;
  threshold: number;
}

/** A matcher ready to score: the model and its decoded tables. Stages receive one; `shippedMatcher()` gives the default. */
export interface Matcher {
  model: MatcherModel;
  tables: FeatureTables;
}

/** Hash space of the substitution table: word pairs are many, so it is wider than the per-word tables. */
export const SUBS_BUCKETS = 1 << 18;

/**
 * Keys of the substitution table for a sentence pair, symmetric in (a, b): each distinct content stem only one sentence
 * has (`u|stem`), and each pair of such stems, one from each sentence (`x|stem|stem`, sorted) — what one outlet wrote
 * where the other wrote something else ("said"/"told", "n't"/"not"). A sparse logistic model over these keys, fitted on
 * the training pairs, learns which substitutions keep the meaning.
 */
export function substitutionKeys(a: Profile, b: Profile, size: number = SUBS_BUCKETS): number[] {
  const keys: number[] = [];
  eachSubstitutionKey(a, b, size, (key) => keys.push(key));
  return keys;
}

/** Visit the keys of `substitutionKeys` in its order, without gathering them (the scorer only sums their weights). */
function eachSubstitutionKey(a: Profile, b: Profile, size: number, visit: (key: number) => void): void {
  // The keys are hashed from per-sentence states (sketch.ts): `u|stem` whole, `x|s|t` from the state after `x|s|`, so a
  // pair builds no key strings (FNV-1a chains: hashing t from that state is hashing the whole key).
  const ka = sketch(a);
  const kb = sketch(b);
  const onlyA = onlyIn(ka, kb.contSet);
  const onlyB = onlyIn(kb, ka.contSet);
  for (const i of onlyA) visit(ka.unmatchedHash[i]! % size);
  for (const j of onlyB) visit(kb.unmatchedHash[j]! % size);
  for (const i of onlyA) {
    const s = ka.contList[i]!;
    for (const j of onlyB) {
      const t = kb.contList[j]!;
      visit((s < t ? fnv1a(t, ka.pairPrefix[i]) : fnv1a(s, kb.pairPrefix[j])) % size);
    }
  }
}

/** Positions in `k.contList` of the content stems `other` lacks. */
function onlyIn(k: Sketch, other: ReadonlySet<string>): number[] {
  const out: number[] = [];
  k.contList.forEach((s, i) => {
    if (!other.has(s)) out.push(i);
  });
  return out;
}

/** The substitution model's log-odds for a pair's keys (`substitutionKeys`): the sum of their learned weights. */
export function scoreKeys(subs: Float32Array, keys: readonly number[]): number {
  let s = 0;
  for (const k of keys) s += subs[k] ?? 0;
  return s;
}

/** The substitution model's log-odds for a pair; 0 when the model has no table. */
export function substitutionScore(a: Profile, b: Profile, subs: Float32Array): number {
  if (!subs.length) return 0;
  // The keys of `eachSubstitutionKey`, summed in its order as `scoreKeys` sums them (the same float to the last bit),
  // in loops of its own: a pair of long sentences visits a few hundred word-pair keys, and a callback per key cost more
  // than the hashing.
  const size = subs.length;
  const held = nonZero(subs);
  const ka = sketch(a);
  const kb = sketch(b);
  const onlyA = onlyIn(ka, kb.contSet);
  const onlyB = onlyIn(kb, ka.contSet);
  let s = 0;
  for (const i of onlyA) s += weightOf(subs, held, ka.unmatchedHash[i]! % size);
  for (const j of onlyB) s += weightOf(subs, held, kb.unmatchedHash[j]! % size);
  // A power-of-two table (the shipped one) reduces a hash by its low bits: the same bucket as `% size`, without a
  // floating-point remainder per key.
  const mask = (size & (size - 1)) === 0 ? size - 1 : -1;
  for (const i of onlyA) {
    const x = ka.contList[i]!;
    const fx = ka.contFirst[i]!;
    const prefix = ka.pairPrefix[i]!;
    for (const j of onlyB) {
      const y = kb.contList[j]!;
      const fy = kb.contFirst[j]!;
      // `x < y`, decided by the first code units when they differ (most pairs): a string comparison per key cost more.
      const h = (fx === fy ? x < y : fx < fy) ? fnvState(y, prefix) : fnvState(x, kb.pairPrefix[j]!);
      const key = mask >= 0 ? h & mask : (h >>> 0) % size;
      // Most keys weigh nothing: their bit (a table small enough to stay in cache between pairs, where the weights'
      // megabyte is not) spares the read, and adding +0 would leave the sum as it is (it starts at +0 and cannot be −0).
      if (held[key >>> 5]! & (1 << (key & 31))) s += subs[key]!;
    }
  }
  return s;
}

/** FNV-1a of `s` from state `h` (`fnv1a(s, h)`) as a signed 32-bit state: its low bits are the unsigned hash's. */
function fnvState(s: string, h: number): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** The weight of `key`, read only where its bit in `held` says it is not zero. */
const weightOf = (subs: Float32Array, held: Uint32Array, key: number): number => (held[key >>> 5]! & (1 << (key & 31)) ? subs[key]! : 0);

/** Per substitution table, one bit per key: set where the weight is not zero (about a fifth of the shipped table's). */
const nonZeroBits = new WeakMap<Float32Array, Uint32Array>();

function nonZero(subs: Float32Array): Uint32Array {
  let bits = nonZeroBits.get(subs);
  if (!bits) {
    bits = new Uint32Array(Math.ceil(subs.length / 32));
    for (let k = 0; k < subs.length; k++) if (subs[k] !== 0) bits[k >>> 5]! |= 1 << (k & 31);
    nonZeroBits.set(subs, bits);
  }
  return bits;
}

/** Weighted share matched and mass unmatched of a set of buckets against another set, under the TF-KLD weights. */
function bucketSide(x: Int32Array, other: ReadonlySet<number>, kld: Float32Array): [number, number] {
  let total = 0;
  let hit = 0;
  for (const k of x) {
    const wt = kld[k] ?? 0;
    total += wt;
    if (other.has(k)) hit += wt;
  }
  return [total ? hit / total : 1, total - hit];
}

/** The features that read the TF-KLD table (the six before `subs` in FEATURE_NAMES): over stems, then over stem bigrams. */
export function kldFeatures(a: Profile, b: Profile, kld: Float32Array): number[] {
  const [sa, sb] = [sketch(a), sketch(b)];
  const [ka, kua] = weightedSide(a, sa.firstAll, sb.stemSet, kld);
  const [kb, kub] = weightedSide(b, sb.firstAll, sa.stemSet, kld);
  const [pa, ua] = bucketSide(a.bigramBuckets, sb.bigramSet, kld);
  const [pb, ub] = bucketSide(b.bigramBuckets, sa.bigramSet, kld);
  return [f1(ka, kb), Math.max(kua, kub), Math.min(kua, kub), f1(pa, pb), Math.max(ua, ub), Math.min(ua, ub)];
}

/** Raw score (log-odds) of a feature vector under the model's logistic layer and trees. */
export function rawScore(m: MatcherModel, x: number[]): number {
  let s = m.base;
  if (m.linear) {
    const { mean, std, weights, bias, clip } = m.linear;
    s += bias;
    for (let j = 0; j < weights.length; j++) {
      const z = ((x[j] ?? 0) - (mean[j] ?? 0)) / (std[j] || 1);
      s += (weights[j] ?? 0) * Math.max(-clip, Math.min(clip, z));
    }
  }
  for (const tree of m.trees) {
    let node = 0;
    while (tree.f[node]! >= 0) node = x[tree.f[node]!]! <= tree.t[node]! ? tree.l[node]! : tree.r[node]!;
    s += m.learningRate * tree.v[node]!;
  }
  return s;
}
