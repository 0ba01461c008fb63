// The feature vector of a sentence pair, symmetric in (a, b), and the names of its features in order.
import { charEditRatio, editDistance, lcsLength } from '../../core/util/distance.js';
import { isStrong, type Profile } from './profile.js';
import { kldFeatures, substitutionScore, type FeatureTables } from './model.js';
import { bleu, clipped, cosine, counts, f1, minMax, ngramF, ngramPrecisionPairs, ngrams, orderAgreement, prefixF, weighted } from './similarity.js';
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

/** What several feature groups read about one pair, computed once. */
interface Pair {
  a: Profile;
  b: Profile;
  la: number;
  lb: number;
  /** Stem bags of a and b. */
  ua: Map<string, number>;
  ub: Map<string, number>;
  /** Content stems of a and b, in order, and their clipped overlap. */
  contA: string[];
  contB: string[];
  mc: number;
  /** `weighted` over content stems under the IDF table. */
  idf: [number, number, number, number];
}

function pairOf(a: Profile, b: Profile, tables: FeatureTables): Pair {
  const contA = a.stems.filter((_, i) => a.content[i]);
  const contB = b.stems.filter((_, i) => b.content[i]);
  const mc = clipped(counts(contA), counts(contB));
  const idf = weighted(a, b, tables.idf, true);
  return { a, b, la: a.stems.length, lb: b.stems.length, ua: counts(a.stems), ub: counts(b.stems), contA, contB, mc, idf };
}

/** uni_* through len_max: bag, content, IDF and n-gram overlaps, LCS, character trigrams and lengths. */
function overlapFeatures(p: Pair): number[] {
  const { a, b, la, lb } = p;
  const m = clipped(p.ua, p.ub);
  const pu = la ? m / la : 0;
  const ru = lb ? m / lb : 0;
  const pc = p.contA.length ? p.mc / p.contA.length : 1;
  const rc = p.contB.length ? p.mc / p.contB.length : 1;
  const [ia, ib] = p.idf;
  const l = lcsLength(a.stems, b.stems);
  const longer = Math.max(la, lb);
  const shorter = Math.min(la, lb);
  return [
    Math.min(pu, ru), Math.max(pu, ru), f1(pu, ru),
    Math.min(pc, rc), Math.max(pc, rc), f1(pc, rc),
    Math.min(ia, ib), Math.max(ia, ib), f1(ia, ib),
    ngramF(a.stems, b.stems, 2), ngramF(a.stems, b.stems, 3),
    bleu(a.stems, b.stems),
    longer ? l / longer : 0, shorter ? l / shorter : 0,
    cosine(a.tri, b.tri),
    longer ? shorter / longer : 1, Math.abs(la - lb), longer,
  ];
}

/** num_both through order: numbers, names, negation and word order. */
function specificFeatures(p: Pair): number[] {
  const { a, b } = p;
  const numBoth = a.numbers.size > 0 && b.numbers.size > 0 ? 1 : 0;
  let numUnmatched = 0;
  for (const n of a.numbers) if (!b.numbers.has(n)) numUnmatched++;
  for (const n of b.numbers) if (!a.numbers.has(n)) numUnmatched++;
  const numEqual = a.numbers.size + b.numbers.size === 0 ? 1 : numUnmatched === 0 ? 1 : 0;
  let capShared = 0;
  for (const c of a.caps) if (b.caps.has(c) || p.ub.has(c)) capShared++;
  let capShared2 = 0;
  for (const c of b.caps) if (a.caps.has(c) || p.ua.has(c)) capShared2++;
  const capUnion = a.caps.size + b.caps.size;
  const capUnmatched = a.caps.size - capShared + (b.caps.size - capShared2);
  return [
    numBoth, numEqual, numUnmatched,
    capUnion ? (capShared + capShared2) / capUnion : 1, capUnmatched,
    (a.negations > 0) !== (b.negations > 0) ? 1 : 0,
    orderAgreement(a.stems, b.stems),
  ];
}

/** Longest run of content tokens of `x` that find no partner in `other`: one long run is an added clause, not a rewording. */
function longestUnmatchedRun(x: Profile, other: Set<string>): number {
  let best = 0;
  let run = 0;
  x.stems.forEach((s, i) => {
    if (other.has(s)) run = 0;
    else if (x.content[i]) best = Math.max(best, ++run);
  });
  return best;
}

/** Unmatched "specific" tokens (names and numbers) of x: a name or figure one sentence adds is new information. */
function specificUnmatched(x: Profile, other: Profile): number {
  const o = new Set(other.stems);
  let n = 0;
  for (const c of x.caps) if (!o.has(c)) n++;
  for (const v of x.numbers) if (!other.numbers.has(v)) n++;
  return n;
}

/** idf_unmatched_max through cont_len_min: what each side leaves unmatched, and surface/prefix overlaps. */
function unmatchedFeatures(p: Pair): number[] {
  const { a, b, la, lb, contA, contB, mc } = p;
  const [, , iua, iub] = p.idf;
  const mw = clipped(counts(a.words), counts(b.words));
  const runA = longestUnmatchedRun(a, new Set(b.stems));
  const runB = longestUnmatchedRun(b, new Set(a.stems));
  return [
    Math.max(iua, iub), Math.min(iua, iub),
    f1(la ? mw / la : 0, lb ? mw / lb : 0),
    Math.max(contA.length - mc, contB.length - mc), Math.min(contA.length - mc, contB.length - mc),
    prefixF(contA, contB),
    Math.max(runA, runB),
    Math.min(runA, runB),
    specificUnmatched(a, b) + specificUnmatched(b, a),
    iua + iub,
    /["“”]/.test(a.text) !== /["“”]/.test(b.text) ? 1 : 0,
    Math.min(contA.length, contB.length),
  ];
}

/** NIST-like: matched 1..2-grams of x weighted by the IDF of their words, over x's total weight. */
function nist(x: Profile, y: Profile, idf: Float32Array): number {
  const w = (i: number): number => idf[x.buckets[i]!] ?? 0;
  const uy = new Set(y.stems);
  const by = new Set(ngrams(y.stems, 2));
  let hit = 0;
  let all = 0;
  x.stems.forEach((s, i) => {
    all += w(i);
    if (uy.has(s)) hit += w(i);
    if (i + 1 < x.stems.length) {
      const bw = (w(i) + w(i + 1)) / 2;
      all += bw;
      if (by.has(`${s} ${x.stems[i + 1]}`)) hit += bw;
    }
  });
  return all ? hit / all : 0;
}

/** p1_min through nist_max: MT-style measures (n-gram precisions, edit distances, NIST). */
function sequenceFeatures(p: Pair, idf: Float32Array): number[] {
  const { a, b, la, lb } = p;
  return [
    ...ngramPrecisionPairs(a.stems, b.stems, [1, 2, 3, 4]),
    Math.max(la, lb) ? editDistance(a.stems, b.stems) / Math.max(la, lb) : 0,
    charEditRatio(a.words.join(' '), b.words.join(' ')),
    ...ngramPrecisionPairs(a.words, b.words, [2, 3]),
    charEditRatio(p.contA.join(' '), p.contB.join(' ')),
    ...minMax(nist(a, b, idf), nist(b, a, idf)),
  ];
}

/** Unmatched content words that are not weak (attribution, days, titles), by count and IDF mass, and their overlap F. */
function strongFeatures(a: Profile, b: Profile, idf: Float32Array): number[] {
  const side = (x: Profile, other: Profile): [number, number, number, number] => {
    const o = new Set(other.stems);
    const ow = new Set(other.words);
    let miss = 0;
    let missIdf = 0;
    let total = 0;
    let hit = 0;
    x.stems.forEach((s, i) => {
      if (!isStrong(x, i)) return;
      total++;
      if (o.has(s) || ow.has(x.words[i]!)) hit++;
      else {
        miss++;
        missIdf += idf[x.buckets[i]!] ?? 0;
      }
    });
    return [miss, missIdf, total, hit];
  };
  const [ma, ia, ta, ha] = side(a, b);
  const [mb, ib, tb, hb] = side(b, a);
  const p = ta ? ha / ta : 1;
  const r = tb ? hb / tb : 1;
  return [Math.max(ma, mb), Math.min(ma, mb), Math.max(ia, ib), Math.min(ia, ib), f1(p, r)];
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
  return [
    ...overlapFeatures(p),
    ...specificFeatures(p),
    ...unmatchedFeatures(p),
    ...sequenceFeatures(p, tables.idf),
    ...strongFeatures(a, b, tables.idf),
    ...synonymFeatures(a, b, tables.idf),
    ...kldFeatures(a, b, tables.kld),
    substitutionScore(a, b, tables.subs),
  ];
}
