// The WordNet stage: content words left unmatched by stem that share a WordNet sense count as matched (METEOR-like).
import { synsets } from '../../nlp/index.js';
import type { Profile } from './profile.js';
import { sketch } from './sketch.js';
import { f1, minMax } from './similarity.js';

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

/** Indices of the content tokens of `x` whose stem `other` lacks. */
function unmatched(x: Profile, other: ReadonlySet<string>): number[] {
  const out: number[] = [];
  x.stems.forEach((s, i) => {
    if (x.content[i] && !other.has(s)) out.push(i);
  });
  return out;
}

/** Do two sense sets share an id? */
function meet(x: Set<string>, y: Set<string>): boolean {
  if (!x.size || !y.size) return false;
  const [small, big] = x.size <= y.size ? [x, y] : [y, x];
  for (const id of small) if (big.has(id)) return true;
  return false;
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
  const sa = senseSets(a);
  const sb = senseSets(b);
  const same = (i: number, j: number): boolean => a.lemmas[i] === b.lemmas[j] || meet(sa[i]!, sb[j]!);
  const used = new Set<number>();
  const restA: number[] = [];
  for (const i of ua) {
    const j = ub.find((k) => !used.has(k) && same(i, k));
    if (j === undefined) restA.push(i);
    else used.add(j);
  }
  const restB = ub.filter((j) => !used.has(j));
  const ca = ka.cont.length;
  const cb = kb.cont.length;
  const p = ca ? (ca - restA.length) / ca : 1;
  const r = cb ? (cb - restB.length) / cb : 1;
  const mass = (x: Profile, is: number[]): number => is.reduce((t, i) => t + (idf[x.buckets[i]!] ?? 0), 0);
  return [used.size, f1(p, r), ...minMax(restA.length, restB.length).reverse(), ...minMax(mass(a, restA), mass(b, restB)).reverse()];
}
