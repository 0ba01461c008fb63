// The WordNet stage: content words left unmatched by stem that share a WordNet sense count as matched (METEOR-like).
import { MAX_MEMO_WORDS, synsets } from '../../nlp/index.js';
import type { Profile } from './profile.js';
import { sketch } from './sketch.js';
import { int32OfSet } from '../../core/util/typed.js';
import { f1, minMax } from './similarity.js';

/**
 * A word's senses as a sorted array of small integers (each WordNet sense id interned once): two words share a sense
 * when a merge walk of their arrays meets, which is several times cheaper than probing a set of id strings.
 */
type Senses = Int32Array;

/** Per profile, the WordNet senses of each token (of its lemma and its surface form); empty for function words. */
const senseCache = new WeakMap<Profile, Senses[]>();

/** Interned sense ids: WordNet has a fixed, finite number of senses, so this table is bounded by the dictionary. */
const senseIds = new Map<string, number>();
const senseId = (id: string): number => {
  let n = senseIds.get(id);
  if (n === undefined) senseIds.set(id, (n = senseIds.size));
  return n;
};

/**
 * The senses of a word by its lemma and its surface form together, per (lemma, form): a story repeats its words in many
 * sentences. Shared and read only; bounded like WordNet's own memo.
 */
const wordSenses = new Map<string, Senses>();

function sensesOfWord(lemma: string, form: string): Senses {
  const key = `${lemma}\u0000${form}`;
  let set = wordSenses.get(key);
  if (!set) {
    const ids = new Set<number>();
    for (const id of synsets(lemma)) ids.add(senseId(id));
    for (const id of synsets(form)) ids.add(senseId(id));
    set = int32OfSet(ids).sort();
    if (wordSenses.size >= MAX_MEMO_WORDS) wordSenses.clear();
    wordSenses.set(key, set);
  }
  return set;
}

/** The senses of a function word: none (shared, never changed). */
const NONE: Senses = new Int32Array(0);

/** The senses of a profile's tokens, computed once per profile. */
function senses(p: Profile): Senses[] {
  let out = senseCache.get(p);
  if (!out) senseCache.set(p, (out = p.words.map((w, i) => (p.content[i] ? sensesOfWord(p.lemmas[i]!, w) : NONE))));
  return out;
}

/** Do two sorted sense arrays share a sense? */
function shareSense(x: Senses, y: Senses): boolean {
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const d = x[i]! - y[j]!;
    if (d === 0) return true;
    if (d < 0) i++;
    else j++;
  }
  return false;
}

/**
 * Marks of the senses some candidate of the current pair holds: `marks[id] === stamp`. A new stamp per pair clears them
 * all at once; the table grows with the interned senses (bounded by the dictionary, like `senseIds`).
 */
let marks = new Int32Array(1024);
let stamp = 0;

/** Mark every sense of the `candidates` (b's tokens) with a fresh stamp, so a word of a whose senses none of them holds is passed over in one look. */
function markSenses(sb: readonly Senses[], candidates: readonly number[]): void {
  if (marks.length < senseIds.size) {
    marks = new Int32Array(Math.max(senseIds.size, marks.length * 2));
    stamp = 0;
  }
  stamp++;
  for (const k of candidates) for (const id of sb[k]!) marks[id] = stamp;
}

/** Does some sense of `x` belong to a candidate (`markSenses`)? */
function anyMarked(x: Senses): boolean {
  for (const id of x) if (marks[id] === stamp) return true;
  return false;
}

/**
 * The first token of b, in token order, among the `candidates` (b's content tokens unmatched by stem) that is still
 * open and shares a lemma or a sense with token `i` of a; −1 if none. The greedy pairing takes it.
 */
function firstOpen(a: Profile, i: number, sa: Senses, b: Profile, sb: readonly Senses[], candidates: readonly number[], open: Uint8Array): number {
  // Most unmatched words have no synonym among the candidates: a word none of whose senses any candidate holds can
  // only pair by lemma, and the merge walks are skipped (same answer: a shared sense is a marked one).
  const senseHit = anyMarked(sa);
  const lemma = a.lemmas[i];
  for (const k of candidates) if (open[k] && (b.lemmas[k] === lemma || (senseHit && shareSense(sa, sb[k]!)))) return k;
  return -1;
}

/** Indices of the content tokens of `x` whose stem `other` lacks. */
function unmatched(x: Profile, other: ReadonlySet<string>): number[] {
  const out: number[] = [];
  x.stems.forEach((s, i) => {
    if (x.content[i] && !other.has(s)) out.push(i);
  });
  return out;
}

/**
 * A second, METEOR-like matching stage: content words left unmatched by stem are paired greedily with unmatched content
 * words of the other sentence that share a WordNet sense ("told"/"said", "bought"/"purchased"). Returns the number of such
 * pairs, the content-word overlap F counting them as matched, and what is still unmatched after them (count and
 * general-news IDF mass, larger and smaller side).
 */
export function synonymFeatures(a: Profile, b: Profile, idf: Float32Array): number[] {
  const [ka, kb] = [sketch(a), sketch(b)];
  const ua = unmatched(a, kb.stemSet);
  const ub = unmatched(b, ka.stemSet);
  const sa = senses(a);
  const sb = senses(b);
  // A token of a pairs with the first open token of b that shares its lemma or a sense ("told"/"said").
  const open = new Uint8Array(b.stems.length);
  for (const k of ub) open[k] = 1;
  markSenses(sb, ub);
  let used = 0;
  const restA: number[] = [];
  for (const i of ua) {
    const j = firstOpen(a, i, sa[i]!, b, sb, ub, open);
    if (j < 0) restA.push(i);
    else {
      open[j] = 0;
      used++;
    }
  }
  const restB = ub.filter((j) => open[j]);
  const ca = ka.cont.length;
  const cb = kb.cont.length;
  const p = ca ? (ca - restA.length) / ca : 1;
  const r = cb ? (cb - restB.length) / cb : 1;
  const mass = (x: Profile, is: number[]): number => is.reduce((t, i) => t + (idf[x.buckets[i]!] ?? 0), 0);
  return [used, f1(p, r), ...minMax(restA.length, restB.length).reverse(), ...minMax(mass(a, restA), mass(b, restB)).reverse()];
}
