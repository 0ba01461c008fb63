// The WordNet stage: content words left unmatched by stem that share a WordNet sense count as matched (METEOR-like).
import { MAX_MEMO_WORDS, synsets } from '../../nlp/index.js';
import type { Profile } from './profile.js';
import { sketch } from './sketch.js';
import { f1, minMax } from './similarity.js';

/** Per profile, the WordNet senses of each token (of its lemma and its surface form); empty for function words. */
const senseCache = new WeakMap<Profile, Array<Set<string>>>();

/**
 * The senses of a word by its lemma and its surface form together, per (lemma, form): a story repeats its words in many
 * sentences. Shared and read only; bounded like WordNet's own memo.
 */
const wordSenses = new Map<string, Set<string>>();

function sensesOfWord(lemma: string, form: string): Set<string> {
  const key = `${lemma}\u0000${form}`;
  let set = wordSenses.get(key);
  if (!set) {
    const byLemma = synsets(lemma);
    const surface = synsets(form);
    set = surface.size ? new Set([...byLemma, ...surface]) : byLemma;
    if (wordSenses.size >= MAX_MEMO_WORDS) wordSenses.clear();
    wordSenses.set(key, set);
  }
  return set;
}

/** The senses of a function word: none (shared, never changed). */
const NONE: Set<string> = new Set();

/** The senses of a profile's tokens, computed once per profile. */
function senses(p: Profile): Array<Set<string>> {
  let out = senseCache.get(p);
  if (!out) senseCache.set(p, (out = p.words.map((w, i) => (p.content[i] ? sensesOfWord(p.lemmas[i]!, w) : NONE))));
  return out;
}

/** Do two sense sets share a sense? The smaller is walked. */
function shareSense(x: Set<string>, y: Set<string>): boolean {
  const [small, big] = x.size <= y.size ? [x, y] : [y, x];
  for (const id of small) if (big.has(id)) return true;
  return false;
}

/**
 * The first token of b, in token order, among the `candidates` (b's content tokens unmatched by stem) that is still
 * open and shares a lemma or a sense with token `i` of a; −1 if none. The greedy pairing takes it.
 */
function firstOpen(a: Profile, i: number, sa: Set<string>, b: Profile, sb: ReadonlyArray<Set<string>>, candidates: readonly number[], open: Uint8Array): number {
  for (const k of candidates) if (open[k] && (b.lemmas[k] === a.lemmas[i] || shareSense(sa, sb[k]!))) return k;
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
