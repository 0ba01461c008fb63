// The claim matcher: do two sentences state the same thing? Lexical/ordering/number features + a model fitted on MSRP.
import { StatelessWink } from '../nlp/index.js';
import lists from './data/matcher-words.json' with { type: 'json' };
import { findNumbers } from '../nlp/index.js';
import { MATCHER } from './model/matcher.js';
import { synsets } from '../nlp/index.js';

/** What the matcher knows about one sentence; build it once per sentence with `profile` and reuse it across pairs. */
export interface Profile {
  text: string;
  /** Lower-case surface forms of the word and number tokens (punctuation dropped). */
  words: string[];
  /** Stems, parallel to `words`. */
  stems: string[];
  /** Lower-case lemmas (dictionary forms), parallel to `words`. */
  lemmas: string[];
  /** True where the word is a content word (not in the function-word list). */
  content: boolean[];
  /** Stems of capitalised words that do not open the sentence (names, places, organisations). */
  caps: Set<string>;
  /** Numeric values written in the sentence, normalised ("3,000" and "3000" agree). */
  numbers: Set<string>;
  negations: number;
  /** Hash bucket of each stem (see `bucket`). */
  buckets: Int32Array;
  /** Hash buckets of the distinct stem bigrams (TF-KLD reads unigrams and bigrams, as in Ji & Eisenstein 2013). */
  bigramBuckets: Int32Array;
  /** Character trigram counts of the lower-cased, punctuation-free text. */
  tri: Map<string, number>;
  /** Content verbs (not function, attribution, negation or light verbs) as lemma -> stem: what the sentence says happened. */
  verbs: Map<string, string>;
}

/** Corpus statistics the features read, indexed by `bucket(stem)`: IDF from a general news corpus, TF-KLD from the training pairs. */
export interface FeatureTables {
  idf: Float32Array;
  kld: Float32Array;
  /** Learned log-odds per substitution key (see `substitutionKeys`), indexed by key; empty when the model has none. */
  subs: Float32Array;
}

/** A fitted matcher: feature standardisation, a logistic layer and/or boosted trees, the decision threshold and its tables. */
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
   * The substitution table (see `substitutionKeys`): a sparse logistic model over hashed unmatched words and word pairs,
   * stored as the keys with a non-zero weight, delta-coded as unsigned LEB128 varints, then one signed byte per key
   * (weight = byte / scale). Base64.
   */
  subs?: { keys: string; weights: string; scale: number; buckets: number };
  /** Boosted regression trees over raw features: flat arrays, node i: feature (-1 = leaf), threshold, left, right, value. */
  trees: Array<{ f: number[]; t: number[]; l: number[]; r: number[]; v: number[] }>;
  /** Logistic layer over standardised features (z-scores clipped to ±clip), added to the trees' log-odds. */
  linear?: { mean: number[]; std: number[]; weights: number[]; bias: number; clip: number };
  base: number;
  learningRate: number;
  threshold: number;
}

const STOP = new Set(lists.stopwords);
const NEG = new Set(lists.negations);
const WEAK = new Set(lists.weakWords);
const LIGHT = new Set(lists.lightVerbs);

// The matcher's own engine (its profiles are built sentence by sentence, apart from the documents' engine).
const engine = new StatelessWink();
const nlp = (): StatelessWink => engine;

/** 32-bit FNV-1a hash of a word, reduced to `size` buckets: the shipped tables hold numbers per bucket, never words. */
export function bucket(word: string, size: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % size;
}

/**
 * Is the verb at `i` a predicate of its own, not a modifier or a side clause? Attributive participles ("the leaked
 * call") describe a noun, and bare -ing forms ("…, emphasizing that…") hang a side clause on the main one; a progressive
 * ("was advising") is still a predicate.
 */
function predicate(pos: string[], values: string[], i: number): boolean {
  const prev = pos[i - 1] ?? '';
  const next = pos[i + 1] ?? '';
  if ((prev === 'DET' || prev === 'ADJ') && (next === 'NOUN' || next === 'PROPN' || next === 'ADJ')) return false;
  if (/ing$/i.test(values[i] ?? '') && prev !== 'AUX') return false;
  return true;
}

/**
 * Tokenise, stem and summarise one sentence for matching.
 * @param text a sentence or short claim
 * @param size number of hash buckets of the tables it will be scored with
 */
export function profile(text: string, size: number = MATCHER.buckets): Profile {
  const its = nlp().its;
  // Typographic apostrophes and quotes read as plain ones: "hadn’t" must split into had + n't like "hadn't" (or its
  // negation goes unseen and the pair reads as a polarity flip). One character for one, so offsets stay put.
  const plain = text.replace(/[‘’ʼ]/g, "'").replace(/[“”]/g, '"');
  const doc = nlp().readDoc(plain);
  const values = doc.tokens().out(its.value) as string[];
  const types = doc.tokens().out(its.type) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  // As with its.stem: typed as needing add-ons, but the lite model ships the lemmatiser.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const verbs = new Map<string, string>();
  // wink types its.stem as needing add-ons, but the lite model ships the stemmer.
  const stemsAll = doc.tokens().out(its.stem as unknown as typeof its.value) as string[];
  const words: string[] = [];
  const stems: string[] = [];
  const lemmaList: string[] = [];
  const content: boolean[] = [];
  const caps = new Set<string>();
  const numbers = new Set<string>();
  let negations = 0;
  values.forEach((v, i) => {
    const type = types[i];
    if (type !== 'word' && type !== 'number' && type !== 'currency') return;
    const w = v.toLowerCase();
    const stem = (stemsAll[i] ?? w).toLowerCase();
    if (NEG.has(w) || NEG.has(stem)) negations++;
    const lemma = (lemmas[i] ?? w).toLowerCase();
    if (pos[i] === 'VERB' && !STOP.has(lemma) && !WEAK.has(lemma) && !WEAK.has(w) && !NEG.has(lemma) && !LIGHT.has(lemma) && predicate(pos, values, i)) verbs.set(lemma, stem);
    if (type === 'number') {
      const n = Number(w.replace(/,/g, ''));
      if (Number.isFinite(n)) numbers.add(String(n));
    }
    if (words.length > 0 && /^\p{Lu}/u.test(v)) caps.add(stem);
    words.push(w);
    stems.push(stem);
    lemmaList.push(lemma);
    content.push(!STOP.has(w) && type !== 'currency');
  });
  for (const n of findNumbers(plain)) numbers.add(String(Math.round(n.value * 1000) / 1000));
  const flat = ` ${words.join(' ')} `;
  const tri = new Map<string, number>();
  for (let i = 0; i + 3 <= flat.length; i++) {
    const g = flat.slice(i, i + 3);
    tri.set(g, (tri.get(g) ?? 0) + 1);
  }
  const buckets = Int32Array.from(stems, (s) => bucket(s, size));
  const bigrams = new Set<number>();
  for (let i = 0; i + 1 < stems.length; i++) bigrams.add(bucket(`\u0002${stems[i]} ${stems[i + 1]}`, size));
  return { text, words, stems, lemmas: lemmaList, content, caps, numbers, negations, buckets, bigramBuckets: Int32Array.from(bigrams), tri, verbs };
}

/** The features, in the order `pairFeatures` returns them. Symmetric in (a, b). */
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

/** Hash space of the substitution table: word pairs are many, so it is wider than the per-word tables. */
export const SUBS_BUCKETS = 1 << 18;

/**
 * Keys of the substitution table for a sentence pair, symmetric in (a, b): each distinct content stem only one sentence
 * has (`u|stem`), and each pair of such stems, one from each sentence (`x|stem|stem`, sorted) — what one outlet wrote
 * where the other wrote something else ("said"/"told", "n't"/"not"). A sparse logistic model over these keys, fitted on
 * the training pairs, learns which substitutions keep the meaning.
 */
export function substitutionKeys(a: Profile, b: Profile, size: number = SUBS_BUCKETS): number[] {
  const contentStems = (p: Profile): Set<string> => new Set(p.stems.filter((_, i) => p.content[i]));
  const ca = contentStems(a);
  const cb = contentStems(b);
  const onlyA = [...ca].filter((s) => !cb.has(s));
  const onlyB = [...cb].filter((s) => !ca.has(s));
  const keys: number[] = [];
  for (const s of [...onlyA, ...onlyB]) keys.push(bucket(`u|${s}`, size));
  for (const s of onlyA) for (const t of onlyB) keys.push(bucket(s < t ? `x|${s}|${t}` : `x|${t}|${s}`, size));
  return keys;
}

/** The substitution model's log-odds for a pair's keys (`substitutionKeys`): the sum of their learned weights. */
export function scoreKeys(subs: Float32Array, keys: readonly number[]): number {
  let s = 0;
  for (const k of keys) s += subs[k] ?? 0;
  return s;
}

/** The substitution model's log-odds for a pair; 0 when the model has no table. */
export function substitutionScore(a: Profile, b: Profile, subs: Float32Array): number {
  return subs.length ? scoreKeys(subs, substitutionKeys(a, b, subs.length)) : 0;
}

const f1 = (p: number, r: number): number => (p + r > 0 ? (2 * p * r) / (p + r) : 0);

function counts<T>(xs: T[]): Map<T, number> {
  const m = new Map<T, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

/** Clipped overlap of two bags: how many items of `a` find a partner in `b`. */
function clipped<T>(a: Map<T, number>, b: Map<T, number>): number {
  let n = 0;
  for (const [k, c] of a) n += Math.min(c, b.get(k) ?? 0);
  return n;
}

function ngrams(xs: string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= xs.length; i++) out.push(xs.slice(i, i + n).join(' '));
  return out;
}

function ngramF(a: string[], b: string[], n: number): number {
  const ga = counts(ngrams(a, n));
  const gb = counts(ngrams(b, n));
  const na = Math.max(0, a.length - n + 1);
  const nb = Math.max(0, b.length - n + 1);
  if (!na || !nb) return 0;
  const m = clipped(ga, gb);
  return f1(m / na, m / nb);
}

/** BLEU-like: geometric mean of add-one smoothed 1..4-gram precisions, averaged over both directions. */
function bleu(a: string[], b: string[]): number {
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
function prefixF(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  const cut = (xs: string[]): Map<string, number> => counts(xs.map((x) => x.slice(0, 5)));
  const m = clipped(cut(a), cut(b));
  return f1(m / a.length, m / b.length);
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
      if (!x.content[i] || WEAK.has(x.words[i]!) || WEAK.has(s)) return;
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

const minMax = (x: number, y: number): [number, number] => [Math.min(x, y), Math.max(x, y)];

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

function ngramPrecision(x: string[], y: string[], n: number): number {
  const total = Math.max(0, x.length - n + 1);
  return total ? clipped(counts(ngrams(x, n)), counts(ngrams(y, n))) / total : 0;
}

/** Levenshtein distance over sequences (tokens or characters): a TER without shifts. Two reused rows, no allocation per row. */
function editDistance<T>(a: ArrayLike<T>, b: ArrayLike<T>): number {
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ai = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1]! + (ai === b[j - 1] ? 0 : 1);
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      cur[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

function charEditRatio(a: string, b: string): number {
  const m = Math.max(a.length, b.length);
  // Character codes in typed arrays: indexing a string per cell is several times slower.
  const codes = (s: string): Uint16Array => {
    const out = new Uint16Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  };
  return m ? 1 - editDistance(codes(a), codes(b)) / m : 1;
}

function lcs(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++)
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
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
function orderAgreement(a: string[], b: string[]): number {
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

/** Weighted overlap of two bags of buckets under a per-bucket weight: [share of a matched, share of b matched, unmatched mass a, unmatched mass b]. */
function weighted(a: Profile, b: Profile, w: Float32Array, contentOnly: boolean): [number, number, number, number] {
  const setB = new Set(b.stems);
  const setA = new Set(a.stems);
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
  const [pa, ua] = side(a, setB);
  const [pb, ub] = side(b, setA);
  return [pa, pb, ua, ub];
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

/**
 * Feature vector of a sentence pair (see FEATURE_NAMES); symmetric in a and b.
 * @param a profile of one sentence
 * @param b profile of the other
 * @param tables IDF and TF-KLD tables, indexed by bucket
 */
export function pairFeatures(a: Profile, b: Profile, tables: FeatureTables): number[] {
  const la = a.stems.length;
  const lb = b.stems.length;
  const ua = counts(a.stems);
  const ub = counts(b.stems);
  const m = clipped(ua, ub);
  const pu = la ? m / la : 0;
  const ru = lb ? m / lb : 0;
  const contA = a.stems.filter((_, i) => a.content[i]);
  const contB = b.stems.filter((_, i) => b.content[i]);
  const mc = clipped(counts(contA), counts(contB));
  const pc = contA.length ? mc / contA.length : 1;
  const rc = contB.length ? mc / contB.length : 1;
  const [ia, ib, iua, iub] = weighted(a, b, tables.idf, true);
  const l = lcs(a.stems, b.stems);
  const numBoth = a.numbers.size > 0 && b.numbers.size > 0 ? 1 : 0;
  let numUnmatched = 0;
  for (const n of a.numbers) if (!b.numbers.has(n)) numUnmatched++;
  for (const n of b.numbers) if (!a.numbers.has(n)) numUnmatched++;
  const numEqual = a.numbers.size + b.numbers.size === 0 ? 1 : numUnmatched === 0 ? 1 : 0;
  let capShared = 0;
  for (const c of a.caps) if (b.caps.has(c) || ub.has(c)) capShared++;
  let capShared2 = 0;
  for (const c of b.caps) if (a.caps.has(c) || ua.has(c)) capShared2++;
  const capUnion = a.caps.size + b.caps.size;
  const capUnmatched = a.caps.size - capShared + (b.caps.size - capShared2);
  const mw = clipped(counts(a.words), counts(b.words));
  const sw = f1(la ? mw / la : 0, lb ? mw / lb : 0);
  const setA = new Set(a.stems);
  const setB = new Set(b.stems);
  const runA = longestUnmatchedRun(a, setB);
  const runB = longestUnmatchedRun(b, setA);
  return [
    Math.min(pu, ru), Math.max(pu, ru), f1(pu, ru),
    Math.min(pc, rc), Math.max(pc, rc), f1(pc, rc),
    Math.min(ia, ib), Math.max(ia, ib), f1(ia, ib),
    ngramF(a.stems, b.stems, 2), ngramF(a.stems, b.stems, 3),
    bleu(a.stems, b.stems),
    Math.max(la, lb) ? l / Math.max(la, lb) : 0, Math.min(la, lb) ? l / Math.min(la, lb) : 0,
    cosine(a.tri, b.tri),
    Math.max(la, lb) ? Math.min(la, lb) / Math.max(la, lb) : 1, Math.abs(la - lb), Math.max(la, lb),
    numBoth, numEqual, numUnmatched,
    capUnion ? (capShared + capShared2) / capUnion : 1, capUnmatched,
    (a.negations > 0) !== (b.negations > 0) ? 1 : 0,
    orderAgreement(a.stems, b.stems),
    Math.max(iua, iub), Math.min(iua, iub),
    sw,
    Math.max(contA.length - mc, contB.length - mc), Math.min(contA.length - mc, contB.length - mc),
    prefixF(contA, contB),
    Math.max(runA, runB),
    Math.min(runA, runB),
    specificUnmatched(a, b) + specificUnmatched(b, a),
    iua + iub,
    /["“”]/.test(a.text) !== /["“”]/.test(b.text) ? 1 : 0,
    Math.min(contA.length, contB.length),
    ...[1, 2, 3, 4].flatMap((n) => {
      const pa = ngramPrecision(a.stems, b.stems, n);
      const pb = ngramPrecision(b.stems, a.stems, n);
      return [Math.min(pa, pb), Math.max(pa, pb)];
    }),
    Math.max(la, lb) ? editDistance(a.stems, b.stems) / Math.max(la, lb) : 0,
    charEditRatio(a.words.join(' '), b.words.join(' ')),
    ...[2, 3].flatMap((n) => {
      const pa = ngramPrecision(a.words, b.words, n);
      const pb = ngramPrecision(b.words, a.words, n);
      return [Math.min(pa, pb), Math.max(pa, pb)];
    }),
    charEditRatio(contA.join(' '), contB.join(' ')),
    ...minMax(nist(a, b, tables.idf), nist(b, a, tables.idf)),
    ...strongFeatures(a, b, tables.idf),
    ...synonymFeatures(a, b, tables.idf),
    ...kldFeatures(a, b, tables.kld),
    substitutionScore(a, b, tables.subs),
  ];
}

const senseCache = new WeakMap<Profile, Array<Set<string>>>();

/** WordNet synset ids per token of a profile (of its lemma and its surface form), computed once per profile. */
function senseSets(p: Profile): Array<Set<string>> {
  let out = senseCache.get(p);
  if (!out) {
    out = p.words.map((w, i) => {
      if (!p.content[i]) return new Set<string>();
      const lemma = synsets(p.lemmas[i]!);
      const surface = synsets(w);
      return surface.size ? new Set([...lemma, ...surface]) : lemma;
    });
    senseCache.set(p, out);
  }
  return out;
}

/**
 * A second, METEOR-like matching stage: content words left unmatched by stem are paired greedily with unmatched content
 * words of the other sentence that share a WordNet sense ("told"/"said", "bought"/"purchased"). Returns the number of such
 * pairs, the content-word overlap F counting them as matched, and what is still unmatched after them (count and
 * general-news IDF mass, larger and smaller side).
 */
function synonymFeatures(a: Profile, b: Profile, idf: Float32Array): number[] {
  const unmatched = (x: Profile, other: Set<string>): number[] => {
    const out: number[] = [];
    x.stems.forEach((s, i) => {
      if (x.content[i] && !other.has(s)) out.push(i);
    });
    return out;
  };
  const ua = unmatched(a, new Set(b.stems));
  const ub = unmatched(b, new Set(a.stems));
  const sa = senseSets(a);
  const sb = senseSets(b);
  const same = (i: number, j: number): boolean => {
    if (a.lemmas[i] === b.lemmas[j]) return true;
    const [x, y] = [sa[i]!, sb[j]!];
    if (!x.size || !y.size) return false;
    const [small, big] = x.size <= y.size ? [x, y] : [y, x];
    for (const id of small) if (big.has(id)) return true;
    return false;
  };
  const used = new Set<number>();
  const restA: number[] = [];
  for (const i of ua) {
    const j = ub.find((k) => !used.has(k) && same(i, k));
    if (j === undefined) restA.push(i);
    else used.add(j);
  }
  const restB = ub.filter((j) => !used.has(j));
  const ca = a.content.filter(Boolean).length;
  const cb = b.content.filter(Boolean).length;
  const p = ca ? (ca - restA.length) / ca : 1;
  const r = cb ? (cb - restB.length) / cb : 1;
  const mass = (x: Profile, is: number[]): number => is.reduce((t, i) => t + (idf[x.buckets[i]!] ?? 0), 0);
  return [used.size, f1(p, r), ...minMax(restA.length, restB.length).reverse(), ...minMax(mass(a, restA), mass(b, restB)).reverse()];
}

/** The features that read the TF-KLD table (the last six of FEATURE_NAMES): over stems, then over stem bigrams. */
export function kldFeatures(a: Profile, b: Profile, kld: Float32Array): number[] {
  const [ka, kb, kua, kub] = weighted(a, b, kld, false);
  const side = (x: Int32Array, other: Set<number>): [number, number] => {
    let total = 0;
    let hit = 0;
    for (const k of x) {
      const wt = kld[k] ?? 0;
      total += wt;
      if (other.has(k)) hit += wt;
    }
    return [total ? hit / total : 1, total - hit];
  };
  const [pa, ua] = side(a.bigramBuckets, new Set(b.bigramBuckets));
  const [pb, ub] = side(b.bigramBuckets, new Set(a.bigramBuckets));
  return [f1(ka, kb), Math.max(kua, kub), Math.min(kua, kub), f1(pa, pb), Math.max(ua, ub), Math.min(ua, ub)];
}

/** Decode the sparse substitution table (see `MatcherModel.subs`) into a dense one; empty when the model has none. */
export function decodeSubs(subs: MatcherModel['subs']): Float32Array {
  if (!subs) return new Float32Array(0);
  const out = new Float32Array(subs.buckets);
  const keys = Buffer.from(subs.keys, 'base64');
  const weights = new Int8Array(Buffer.from(subs.weights, 'base64'));
  let key = 0;
  let n = 0;
  for (let i = 0; i < keys.length; ) {
    let delta = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = keys[i++]!;
      delta += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    key += delta;
    out[key] = weights[n++]! / subs.scale;
  }
  return out;
}

/** Decode a base64 Uint8 table into floats. */
export function decodeTable(b64: string, scale: number): Float32Array {
  const bytes = Buffer.from(b64, 'base64');
  return Float32Array.from(bytes, (x) => x / scale);
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

let shipped: { model: MatcherModel; tables: FeatureTables } | null = null;
function shippedModel(): { model: MatcherModel; tables: FeatureTables } {
  shipped ??= {
    model: MATCHER,
    tables: {
      idf: decodeTable(MATCHER.idf, MATCHER.idfScale),
      kld: decodeTable(MATCHER.kld, MATCHER.kldScale),
      subs: decodeSubs(MATCHER.subs),
    },
  };
  return shipped;
}

/**
 * How much of the smaller sentence's strong content (content words that are not attribution/day/title words, weighted by
 * general-news IDF) the other sentence contains: 1 = all of it. Asymmetric evidence that `matchProfiles` lacks — MSRP
 * calls a sentence that adds a clause "not a paraphrase", yet for claims the shorter one is still supported.
 * @param weight optional extra weight per stem, e.g. rarity within the story (a name every claim repeats proves little)
 * @returns share (0..1), the number of strong words of the smaller side and how many of them the other has
 */
export function coverage(a: Profile, b: Profile, weight?: (stem: string) => number): { share: number; words: number; shared: number } {
  const { tables } = shippedModel();
  const side = (x: Profile, other: Profile): { share: number; words: number; shared: number } => {
    const o = new Set(other.stems);
    // Six-letter prefixes catch what the stemmer leaves apart ("supported"/"supporting") but not "major"/"majority".
    const prefixes = new Set(other.stems.filter((s) => s.length >= 6).map((s) => s.slice(0, 6)));
    let total = 0;
    let hit = 0;
    let words = 0;
    let shared = 0;
    const seen = new Set<string>();
    x.stems.forEach((s, i) => {
      if (!x.content[i] || WEAK.has(x.words[i]!) || WEAK.has(s) || seen.has(s)) return;
      seen.add(s);
      words++;
      const w = Math.max(1, tables.idf[x.buckets[i]!] ?? 0) * (weight ? weight(s) : 1);
      total += w;
      // "Steve Witkoff" against "Witkoff": a first name before a surname the other names is the same person.
      if (o.has(s) || (s.length >= 6 && prefixes.has(s.slice(0, 6))) || nameBefore(x, i, o)) {
        hit += w;
        shared++;
      }
    });
    return { share: total ? hit / total : 0, words, shared };
  };
  const ca = side(a, b);
  const cb = side(b, a);
  // The side with fewer strong words is the claim being checked against the other.
  return ca.words <= cb.words ? ca : cb;
}

/**
 * True when token `i` of `x` is a name word right before another name word that `other` contains ("Steve" in
 * "Steve Witkoff" when the other says "Witkoff"): name variants of one person differ in such leading words.
 */
export function nameBefore(x: Profile, i: number, other: Set<string>): boolean {
  const next = x.stems[i + 1];
  return next !== undefined && x.caps.has(x.stems[i]!) && x.caps.has(next) && other.has(next);
}

/** Distinct stems of the content words that are not weak (attribution, day, title words): what a claim is about. */
export function strongStems(p: Profile): Set<string> {
  const out = new Set<string>();
  p.stems.forEach((s, i) => {
    if (p.content[i] && !WEAK.has(p.words[i]!) && !WEAK.has(s)) out.add(s);
  });
  return out;
}

/** General-news inverse document frequency of a stem (from the shipped table): high = rare, telling word. */
export function generalIdf(stem: string): number {
  const { model: m, tables } = shippedModel();
  return tables.idf[bucket(stem, m.buckets)] ?? 0;
}

/** Probability that two profiled sentences state the same thing, under the shipped model. */
export function matchProfiles(a: Profile, b: Profile): { score: number; same: boolean } {
  const { model: m, tables } = shippedModel();
  const z = rawScore(m, pairFeatures(a, b, tables));
  const flipped = (a.negations > 0) !== (b.negations > 0);
  const score = (1 / (1 + Math.exp(-z))) * (flipped ? lists.negationMismatchFactor : 1);
  return { score, same: score >= m.threshold };
}

/**
 * Do two sentences state the same thing?
 * @param a one sentence or claim
 * @param b another
 * @example matchClaims('Talks ended on Friday.', 'The talks ended Friday.').same === true
 */
export function matchClaims(a: string, b: string): { score: number; same: boolean } {
  return matchProfiles(profile(a), profile(b));
}
