// What the pair features read of one sentence, built once per profile however many pairs it is in: bags, n-gram tables,
// sets, character codes. A pair then only compares tables instead of rebuilding both sides' tables for every pair.
import { charCodes } from '../../core/util/distance.js';
import { fnv1a } from '../../core/util/hash.js';
import { int32Of } from '../../core/util/typed.js';
import type { Profile } from './profile.js';
import { counts, firstUses, ngrams } from './similarity.js';
import { squaredNorm } from './bag.js';
import { WEAK } from './words.js';

export interface Sketch {
  /** Distinct stems and distinct surface words. */
  stemSet: Set<string>;
  wordSet: Set<string>;
  /** Stem n-gram bags for n = 1..4 (index n − 1); n = 1 is the stem bag. */
  stemGrams: Array<Map<string, number>>;
  /** Stem bigrams in token order (`ngrams(stems, 2)`). */
  stemBigrams: string[];
  /** Word n-gram bags for n = 2, 3 (index 0, 1), and the word bag. */
  wordGrams: Array<Map<string, number>>;
  wordBag: Map<string, number>;
  /** Content stems in order, their bag and the bag of their five-letter prefixes. */
  cont: string[];
  contBag: Map<string, number>;
  prefixBag: Map<string, number>;
  /** Distinct content stems, in order of first use. */
  contSet: Set<string>;
  /** Last position of each stem. */
  lastPos: Map<string, number>;
  /** Indices of the strong tokens (content words that are not weak). */
  strong: number[];
  /** Indices of each stem's first use, over all tokens and over content tokens. */
  firstAll: number[];
  firstContent: number[];
  /** UTF-16 codes of the words joined by spaces, and of the content stems joined by spaces. */
  wordChars: Int32Array;
  contChars: Int32Array;
  /** Distinct stem bigram buckets. */
  bigramSet: Set<number>;
  /** The text holds a quotation mark. */
  quoted: boolean;
  /** The distinct content stems in order of first use (`contSet`), for the substitution keys. */
  contList: string[];
  /** FNV-1a of `u|stem` per entry of `contList`: the stem's unmatched-word key before reduction to buckets. */
  unmatchedHash: number[];
  /** FNV-1a state after `x|stem|` per entry of `contList`: a word-pair key goes on from it with the other stem. */
  pairPrefix: number[];
  /** First UTF-16 code unit of each entry of `contList` (−1 for an empty one), to order two stems mostly without comparing them. */
  contFirst: Int32Array;
  /** First six letters of the stems of six letters or more (coverage's loose match, match.ts). */
  prefixes6: Set<string>;
  /** Sum of the squared character-trigram counts (the norm of `Profile.tri`, squared; an integer, so exact). */
  triNorm: number;
}

/** FNV-1a states after the key prefixes `u|` and `x|` of the substitution table (see model.ts `substitutionKeys`). */
const U_SEED = fnv1a('u|');
const X_SEED = fnv1a('x|');

const cache = new WeakMap<Profile, Sketch>();

function build(p: Profile): Sketch {
  const cont = p.stems.filter((_, i) => p.content[i]);
  const lastPos = new Map<string, number>();
  p.stems.forEach((s, i) => lastPos.set(s, i));
  const strong: number[] = [];
  p.stems.forEach((s, i) => {
    if (p.content[i] && !WEAK.has(p.words[i]!) && !WEAK.has(s)) strong.push(i);
  });
  const stemBigrams = ngrams(p.stems, 2);
  const contSet = new Set(cont);
  const contList = [...contSet];
  return {
    stemSet: new Set(p.stems),
    wordSet: new Set(p.words),
    stemGrams: [counts(p.stems), counts(stemBigrams), counts(ngrams(p.stems, 3)), counts(ngrams(p.stems, 4))],
    stemBigrams,
    wordGrams: [counts(ngrams(p.words, 2)), counts(ngrams(p.words, 3))],
    wordBag: counts(p.words),
    cont,
    contBag: counts(cont),
    prefixBag: counts(cont.map((x) => x.slice(0, 5))),
    contSet,
    lastPos,
    strong,
    firstAll: firstUses(p, false),
    firstContent: firstUses(p, true),
    wordChars: charCodes(p.words.join(' ')),
    contChars: charCodes(cont.join(' ')),
    bigramSet: new Set(p.bigramBuckets),
    quoted: /["“”]/.test(p.text),
    contList,
    unmatchedHash: contList.map((x) => fnv1a(x, U_SEED)),
    pairPrefix: contList.map((x) => fnv1a('|', fnv1a(x, X_SEED))),
    contFirst: int32Of(contList, (x) => (x.length ? x.charCodeAt(0) : -1)),
    prefixes6: new Set(p.stems.filter((x) => x.length >= 6).map((x) => x.slice(0, 6))),
    triNorm: squaredNorm(p.tri),
  };
}

/**
 * Stems as small integers, one table for every profile, so that edit distance and LCS compare numbers and a pair builds
 * no table of its own. Bounded: when a pair would take it past its size it starts again under a new generation, and a
 * profile's ids from an older generation are read again (ids of two generations are never compared).
 */
const stemIds = new Map<string, number>();
const MAX_STEM_IDS = 1 << 18;
let generation = 0;
const stemCodeCache = new WeakMap<Profile, { generation: number; codes: Int32Array }>();

/** A profile's stems as ids of the current generation, given ids for those it lacks. */
function codesOf(p: Profile): Int32Array {
  const cached = stemCodeCache.get(p);
  if (cached && cached.generation === generation) return cached.codes;
  const codes = int32Of(p.stems, (s) => {
    let id = stemIds.get(s);
    if (id === undefined) stemIds.set(s, (id = stemIds.size));
    return id;
  });
  stemCodeCache.set(p, { generation, codes });
  return codes;
}

/**
 * The stems of two profiles as ids of one generation (equal stems, equal ids), and how many ids there are (each below it).
 * @example pairStemCodes(profile('Talks ended.'), profile('The talks ended.')).a // Int32Array [id of 'talk', id of 'end']
 */
export function pairStemCodes(a: Profile, b: Profile): { a: Int32Array; b: Int32Array; symbols: number } {
  if (stemIds.size + a.stems.length + b.stems.length > MAX_STEM_IDS) {
    stemIds.clear();
    generation++;
  }
  const ca = codesOf(a);
  const cb = codesOf(b);
  return { a: ca, b: cb, symbols: stemIds.size };
}

/** The sketch of a profile, built on first use and kept as long as the profile is. */
export function sketch(p: Profile): Sketch {
  let s = cache.get(p);
  if (!s) cache.set(p, (s = build(p)));
  return s;
}
