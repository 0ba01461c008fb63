// The WordNet stage: content words left unmatched by stem that share a WordNet sense count as matched (METEOR-like).
import { MAX_MEMO_WORDS, synsets } from '../../nlp/index.js';
import type { Profile } from './profile.js';
import { sketch } from './sketch.js';
import { f1, minMax } from './similarity.js';

/** A profile's WordNet senses: per token, and which content tokens hold each synset id and each lemma. */
interface Senses {
  /** Synset ids per token (of its lemma and its surface form); empty for function words. */
  sets: Array<Set<string>>;
  /** Synset id -> the content tokens holding it, in token order. */
  bySense: Map<string, number[]>;
  /** Lemma -> the content tokens with it, in token order. */
  byLemma: Map<string, number[]>;
}

const senseCache = new WeakMap<Profile, Senses>();

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

const addTo = (index: Map<string, number[]>, key: string, i: number): void => {
  const list = index.get(key);
  if (!list) index.set(key, [i]);
  else if (list.at(-1) !== i) list.push(i);
};

/** The senses of a function word: none (shared, never changed). */
const NONE: Set<string> = new Set();

/** The senses of a profile's tokens and their indexes, computed once per profile. */
function senses(p: Profile): Senses {
  let out = senseCache.get(p);
  if (!out) {
    const sets = p.words.map((w, i) => (p.content[i] ? sensesOfWord(p.lemmas[i]!, w) : NONE));
    const bySense = new Map<string, number[]>();
    const byLemma = new Map<string, number[]>();
    sets.forEach((set, i) => {
      if (!p.content[i]) return;
      for (const id of set) addTo(bySense, id, i);
      addTo(byLemma, p.lemmas[i]!, i);
    });
    senseCache.set(p, (out = { sets, bySense, byLemma }));
  }
  return out;
}

/**
 * The first token of `candidates` lists (each in token order) that is still open: unmatched by stem and not yet paired.
 * Tokens of b are met in token order, so the smallest open index is the first the greedy pairing would try that fits.
 */
function firstOpen(lists: ReadonlyArray<readonly number[] | undefined>, open: Uint8Array): number {
  let best = -1;
  for (const list of lists) {
    if (!list) continue;
    for (const k of list) {
      if (best >= 0 && k >= best) break;
      if (open[k]) {
        best = k;
        break;
      }
    }
  }
  return best;
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
  const sa = senses(a).sets;
  const sb = senses(b);
  // A token of b pairs with a token of a when they share a lemma or a sense: found through b's indexes, not by trying
  // every unmatched token of b in turn.
  const open = new Uint8Array(b.stems.length);
  for (const k of ub) open[k] = 1;
  let used = 0;
  const restA: number[] = [];
  for (const i of ua) {
    const lists = [sb.byLemma.get(a.lemmas[i]!)];
    for (const id of sa[i]!) lists.push(sb.bySense.get(id));
    const j = firstOpen(lists, open);
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
