// The feature vector of a sentence pair, symmetric in (a, b), and the names of its features in order.
import { codesEditRatio, idsEditDistance, idsLcsLength } from '../../core/util/distance.js';
import type { Profile } from './profile.js';
import { pairStemCodes, sketch, type Sketch } from './sketch.js';
import { kldFeatures, substitutionScore, type FeatureTables } from './model.js';
import { bagOrderAgreement, clipped, f1, overlapBleu, overlapF, precisionPairs, prefixBagF, weightedSide } from './similarity.js';
import { bagCosine } from './bag.js';
import { synonymFeatures } from './synonyms.js';

/** The features, in the order `pairFeatures` returns them. Symmetric in (a, b). A shipped model must list the same names. */
export const FEATURE_NAMES = [
  'uni_min', 'uni_max', 'uni_f', 'cont_min', 'cont_max', 'cont_f', 'idf_min', 'idf_max', 'idf_f', 'bi_f', 'tri_f',
  'bleu', 'lcs_max', 'lcs_min', 'char3_cos', 'len_ratio', 'len_diff', 'len_max', 'num_both', 'num_equal', 'num_unmatched',
  'cap_jacc', 'cap_unmatched', 'neg_mismatch', 'order', 'idf_unmatched_max', 'idf_unmatched_min', 'surface_f', 'cont_unmatched_max', 'cont_unmatched_min',
  'prefix_f', 'run_max', 'run_min', 'spec_unmatched', 'idf_unmatched_sum', 'quote_mismatch', 'cont_len_min',
  'p1_min', 'p1_max', 'p2_min', 'p2_max', 'p3_min', 'p3_max', 'p4_min', 'p4_max', 'edit_ratio', 'char_edit_ratio',
  'w2_min', 'w2_max', 'w3_min', 'w3_max', 'char_cont_edit', 'nist_min', 'nist_max',
  'strong_unmatched_max', 'strong_unmatched_min', 'strong_idf_unmatched_max', 'strong_idf_unmatched_min', 'strong_f',
  'syn_pairs', 'syn_f', 'syn_unmatched_max', 'syn_unmatched_min', 'syn_idf_unmatched_max', 'syn_idf_unmatched_min',
  // Last, so cross-validation can recompute only these per fold: they read the tables fitted on the training pairs
  // (TF-KLD, then the substitution table).
  'kld_f', 'kld_unmatched_max', 'kld_unmatched_min', 'kld2_f', 'kld2_unmatched_max', 'kld2_unmatched_min',
  'subs',
] as const;

/** Number of leading features that do not depend on the tables fitted on the training pairs. */
export const BASE_FEATURES = FEATURE_NAMES.length - 7;

/** What several feature groups read about one pair: both profiles and their sketches (built once per profile). */
interface Pair {
  a: Profile;
  b: Profile;
  sa: Sketch;
  sb: Sketch;
  la: number;
  lb: number;
  /** Clipped overlap of the content stems. */
  mc: number;
  /** `weighted` over content stems under the IDF table. */
  idf: [number, number, number, number];
  /** Clipped overlaps of the stem n-gram bags, n = 1..4 (index n − 1): several features read each. */
  stemHits: number[];
  /** Clipped overlaps of the word n-gram bags, n = 2, 3 (index n − 2). */
  wordHits: number[];
  /** Both sides' stems as ids of one table (`pairStemCodes`), for edit distance and LCS. */
  codes: { a: Int32Array; b: Int32Array; symbols: number };
}

function pairOf(a: Profile, b: Profile, tables: FeatureTables): Pair {
  const sa = sketch(a);
  const sb = sketch(b);
  const [pa, ua] = weightedSide(a, sa.firstContent, sb.stemSet, tables.idf);
  const [pb, ub] = weightedSide(b, sb.firstContent, sa.stemSet, tables.idf);
  const stemHits = sa.stemGrams.map((g, k) => clipped(g, sb.stemGrams[k]!));
  const wordHits = sa.wordGrams.map((g, k) => clipped(g, sb.wordGrams[k]!));
  const codes = pairStemCodes(a, b);
  return { a, b, sa, sb, la: a.stems.length, lb: b.stems.length, mc: clipped(sa.contBag, sb.contBag), idf: [pa, pb, ua, ub], stemHits, wordHits, codes };
}

/** The clipped stem n-gram overlap of a pair, by n (1..4). */
const stemHit = (p: Pair) => (n: number): number => p.stemHits[n - 1]!;

/** uni_* through len_max: bag, content, IDF and n-gram overlaps, LCS, character trigrams and lengths. */
function overlapFeatures(p: Pair, out: number[]): void {
  const { a, b, sa, sb, la, lb } = p;
  const m = p.stemHits[0]!;
  const pu = la ? m / la : 0;
  const ru = lb ? m / lb : 0;
  const pc = sa.cont.length ? p.mc / sa.cont.length : 1;
  const rc = sb.cont.length ? p.mc / sb.cont.length : 1;
  const [ia, ib] = p.idf;
  const l = idsLcsLength(p.codes.a, p.codes.b);
  const longer = Math.max(la, lb);
  const shorter = Math.min(la, lb);
  out.push(
    Math.min(pu, ru), Math.max(pu, ru), f1(pu, ru),
    Math.min(pc, rc), Math.max(pc, rc), f1(pc, rc),
    Math.min(ia, ib), Math.max(ia, ib), f1(ia, ib),
    overlapF(p.stemHits[1]!, la - 1, lb - 1), overlapF(p.stemHits[2]!, la - 2, lb - 2),
    overlapBleu(stemHit(p), la, lb),
    longer ? l / longer : 0, shorter ? l / shorter : 0,
    bagCosine(a.tri, b.tri, sa.triNorm, sb.triNorm),
    longer ? shorter / longer : 1, Math.abs(la - lb), longer,
  );
}

/** num_both through order: numbers, names, negation and word order. */
function specificFeatures(p: Pair, out: number[]): void {
  const { a, b, sa, sb } = p;
  const numBoth = a.numbers.size > 0 && b.numbers.size > 0 ? 1 : 0;
  let numUnmatched = 0;
  for (const n of a.numbers) if (!b.numbers.has(n)) numUnmatched++;
  for (const n of b.numbers) if (!a.numbers.has(n)) numUnmatched++;
  const numEqual = a.numbers.size + b.numbers.size === 0 ? 1 : numUnmatched === 0 ? 1 : 0;
  let capShared = 0;
  for (const c of a.caps) if (b.caps.has(c) || sb.stemSet.has(c)) capShared++;
  let capShared2 = 0;
  for (const c of b.caps) if (a.caps.has(c) || sa.stemSet.has(c)) capShared2++;
  const capUnion = a.caps.size + b.caps.size;
  const capUnmatched = a.caps.size - capShared + (b.caps.size - capShared2);
  out.push(
    numBoth, numEqual, numUnmatched,
    capUnion ? (capShared + capShared2) / capUnion : 1, capUnmatched,
    (a.negations > 0) !== (b.negations > 0) ? 1 : 0,
    bagOrderAgreement(a.stems, sa.stemGrams[0]!, sb.stemGrams[0]!, sb.lastPos),
  );
}

/** Longest run of content tokens of `x` that find no partner in `other`: one long run is an added clause, not a rewording. */
function longestUnmatchedRun(x: Profile, other: ReadonlySet<string>): number {
  let best = 0;
  let run = 0;
  x.stems.forEach((s, i) => {
    if (other.has(s)) run = 0;
    else if (x.content[i]) best = Math.max(best, ++run);
  });
  return best;
}

/** Unmatched "specific" tokens (names and numbers) of x: a name or figure one sentence adds is new information. */
function specificUnmatched(x: Profile, other: Profile, o: ReadonlySet<string>): number {
  let n = 0;
  for (const c of x.caps) if (!o.has(c)) n++;
  for (const v of x.numbers) if (!other.numbers.has(v)) n++;
  return n;
}

/** idf_unmatched_max through cont_len_min: what each side leaves unmatched, and surface/prefix overlaps. */
function unmatchedFeatures(p: Pair, out: number[]): void {
  const { a, b, sa, sb, la, lb, mc } = p;
  const [, , iua, iub] = p.idf;
  const [ca, cb] = [sa.cont.length, sb.cont.length];
  const mw = clipped(sa.wordBag, sb.wordBag);
  const runA = longestUnmatchedRun(a, sb.stemSet);
  const runB = longestUnmatchedRun(b, sa.stemSet);
  out.push(
    Math.max(iua, iub), Math.min(iua, iub),
    f1(la ? mw / la : 0, lb ? mw / lb : 0),
    Math.max(ca - mc, cb - mc), Math.min(ca - mc, cb - mc),
    prefixBagF(sa.prefixBag, sb.prefixBag, ca, cb),
    Math.max(runA, runB),
    Math.min(runA, runB),
    specificUnmatched(a, b, sb.stemSet) + specificUnmatched(b, a, sa.stemSet),
    iua + iub,
    sa.quoted !== sb.quoted ? 1 : 0,
    Math.min(ca, cb),
  );
}

/** NIST-like: matched 1..2-grams of x weighted by the IDF of their words, over x's total weight. */
function nist(x: Profile, sx: Sketch, sy: Sketch, idf: Float32Array): number {
  const w = (i: number): number => idf[x.buckets[i]!] ?? 0;
  const by = sy.stemGrams[1]!;
  let hit = 0;
  let all = 0;
  x.stems.forEach((s, i) => {
    all += w(i);
    if (sy.stemSet.has(s)) hit += w(i);
    if (i + 1 < x.stems.length) {
      const bw = (w(i) + w(i + 1)) / 2;
      all += bw;
      if (by.has(sx.stemBigrams[i]!)) hit += bw;
    }
  });
  return all ? hit / all : 0;
}

/** p1_min through nist_max: MT-style measures (n-gram precisions, edit distances, NIST). */
function sequenceFeatures(p: Pair, idf: Float32Array, out: number[]): void {
  const { a, b, sa, sb, la, lb } = p;
  precisionPairs(out, p.stemHits, 1, la, lb);
  const { codes } = p;
  out.push(Math.max(la, lb) ? idsEditDistance(codes.a, codes.b, codes.symbols) / Math.max(la, lb) : 0, codesEditRatio(sa.wordChars, sb.wordChars));
  precisionPairs(out, p.wordHits, 2, a.words.length, b.words.length);
  const na = nist(a, sa, sb, idf);
  const nb = nist(b, sb, sa, idf);
  out.push(codesEditRatio(sa.contChars, sb.contChars), Math.min(na, nb), Math.max(na, nb));
}

/** Unmatched content words that are not weak (attribution, days, titles), by count and IDF mass, and their overlap F. */
function strongFeatures(p: Pair, idf: Float32Array, out: number[]): void {
  const side = (x: Profile, sx: Sketch, so: Sketch): [number, number, number, number] => {
    let miss = 0;
    let missIdf = 0;
    let hit = 0;
    for (const i of sx.strong) {
      if (so.stemSet.has(x.stems[i]!) || so.wordSet.has(x.words[i]!)) hit++;
      else {
        miss++;
        missIdf += idf[x.buckets[i]!] ?? 0;
      }
    }
    return [miss, missIdf, sx.strong.length, hit];
  };
  const [ma, ia, ta, ha] = side(p.a, p.sa, p.sb);
  const [mb, ib, tb, hb] = side(p.b, p.sb, p.sa);
  const pr = ta ? ha / ta : 1;
  const r = tb ? hb / tb : 1;
  out.push(Math.max(ma, mb), Math.min(ma, mb), Math.max(ia, ib), Math.min(ia, ib), f1(pr, r));
}

/**
 * Feature vector of a sentence pair (see FEATURE_NAMES); symmetric in a and b.
 * @param a profile of one sentence
 * @param b profile of the other
 * @param tables IDF, TF-KLD and substitution tables, indexed by bucket
 * @example pairFeatures(profile('Talks ended.'), profile('The talks ended.'), shippedMatcher().tables).length === FEATURE_NAMES.length
 */
export function pairFeatures(a: Profile, b: Profile, tables: FeatureTables): number[] {
  const p = pairOf(a, b, tables);
  // One array filled in FEATURE_NAMES order: a pair is scored a few thousand times per story, and an array per group
  // spread into another was a fifth of the matcher's garbage.
  const out: number[] = [];
  overlapFeatures(p, out);
  specificFeatures(p, out);
  unmatchedFeatures(p, out);
  sequenceFeatures(p, tables.idf, out);
  strongFeatures(p, tables.idf, out);
  out.push(...synonymFeatures(a, b, tables.idf), ...kldFeatures(a, b, tables.kld), substitutionScore(a, b, tables.subs));
  return out;
}
