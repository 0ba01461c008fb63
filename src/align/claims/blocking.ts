// Blocking: which claim pairs are worth scoring at all, found through shared rare keys instead of comparing every pair.
import type { ArticleClaim } from '../../core/facts.js';
import { generalIdf, type Matcher, type Profile } from '../matcher/index.js';
import type { ClaimContext } from './context.js';
import settings from '../data/alignment.json' with { type: 'json' };
import { pushTo } from '../../core/util/multimap.js';

/** One blocking key of a claim (`w:` a word stem, `n:` a figure, `d:` a date, `v:` a rare verb) and what sharing it weighs. */
export interface BlockingKey {
  key: string;
  weight: number;
}

/**
 * Blocking keys of a claim: its rarest content stems (by general-news IDF), numbers and dates, and its rare verbs.
 * @example blockingKeys(claim, profile(claim.text), shippedMatcher()).map((k) => k.key) // ['w:witkoff', …, 'n:19:point']
 */
export function blockingKeys(c: ArticleClaim, p: Profile, matcher: Matcher): BlockingKey[] {
  const keys = new Map<string, number>();
  p.stems.forEach((s, i) => {
    if (!p.content[i] || s.length < 2) return;
    const w = generalIdf(s, matcher);
    if (w >= settings.minKeyIdf) keys.set(`w:${s}`, w);
  });
  const top = [...keys].sort((a, b) => b[1] - a[1]).slice(0, settings.maxKeysPerClaim);
  for (const n of c.numbers) top.push([`n:${n.value}:${n.unit ?? ''}`, settings.minKeyIdf]);
  for (const d of c.dates) top.push([`d:${d.date}`, settings.minKeyIdf / 2]);
  // A rare verb alone makes a candidate: short restatements ("Trump has defended him") share little else.
  for (const [lemma, stem] of p.verbs) if (generalIdf(stem, matcher) >= settings.eventVerbIdf) top.push([`v:${lemma}`, settings.minPairKeyWeight]);
  return top.map(([key, weight]) => ({ key, weight }));
}

interface Posting {
  weight: number;
  /** Claim indices carrying the key, in order. */
  list: number[];
}

/** Per key, the claims that carry it. */
function postings(ctx: ClaimContext): Map<string, Posting> {
  const out = new Map<string, Posting>();
  ctx.claims.forEach((c, i) => {
    for (const { key, weight } of blockingKeys(c, ctx.profiles[i]!, ctx.matcher)) {
      const entry = out.get(key) ?? { weight, list: [] };
      entry.list.push(i);
      out.set(key, entry);
    }
  });
  return out;
}

/** Summed key weights of cross-article claim pairs: row `a` holds partners `b > a`. */
type PairWeights = Map<number, Map<number, number>>;

function addWeight(ctx: ClaimContext, weights: PairWeights, i: number, j: number, w: number): void {
  if (ctx.claims[i]!.article === ctx.claims[j]!.article) return;
  const a = i < j ? i : j;
  const b = i < j ? j : i;
  let row = weights.get(a);
  if (!row) weights.set(a, (row = new Map<number, number>()));
  row.set(b, (row.get(b) ?? 0) + w);
}

/**
 * What sharing a key weighs when `length` claims carry it: its weight up to a short list (2 × `neighbourWindow` + 1),
 * then less as the list grows, by (short / length) ^ `longListWeightPower`.
 * @example listKeyWeight(8, 9) === 8; listKeyWeight(8, 144) === 4 (at power 0.25)
 */
export function listKeyWeight(weight: number, length: number): number {
  const short = 2 * settings.neighbourWindow + 1;
  return length <= short ? weight : weight * (short / length) ** settings.longListWeightPower;
}

/**
 * Weigh the pairs of one posting list. A short list pairs everyone; a long one (a word every outlet uses) pairs each claim
 * with its next few cross-article neighbours, which keeps the cost linear in the list while still chaining every member
 * into one group. A key shared by a long list says less about which fact a pair states, the longer the list: its weight
 * falls as (short list length / length) ^ `longListWeightPower`, so on a large story the pairs that only share words the
 * story repeats stop reaching `minPairKeyWeight`.
 */
function weighPosting(ctx: ClaimContext, weights: PairWeights, { weight, list }: Posting): void {
  const W = settings.neighbourWindow;
  if (list.length <= 2 * W + 1) {
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) addWeight(ctx, weights, list[x]!, list[y]!, weight);
    return;
  }
  const w = listKeyWeight(weight, list.length);
  for (let x = 0; x < list.length; x++) {
    let taken = 0;
    for (let y = x + 1; y < list.length && taken < W; y++) {
      if (ctx.claims[list[y]!]!.article === ctx.claims[list[x]!]!.article) continue;
      addWeight(ctx, weights, list[x]!, list[y]!, w);
      taken++;
    }
  }
}

/** Per claim, its partners with their pair weight, for the pairs heavy enough to consider. */
function partners(weights: PairWeights): Map<number, Array<[number, number]>> {
  const byClaim = new Map<number, Array<[number, number]>>();
  for (const [a, row] of weights)
    for (const [b, w] of row) {
      // One shared rare word is chance; two (or one very rare word plus a number) start to look like the same fact.
      if (w < settings.minPairKeyWeight) continue;
      pushTo(byClaim, a, [b, w]);
      pushTo(byClaim, b, [a, w]);
    }
  return byClaim;
}

/**
 * Candidate pairs (indices into `ctx.claims`, i < j): claims of different articles sharing rare keys. Each claim keeps its
 * best-weighted `candidatesPerClaim` partners; a pair survives if either side keeps it.
 */
export function candidatePairs(ctx: ClaimContext): Array<[number, number]> {
  const weights: PairWeights = new Map();
  for (const posting of postings(ctx).values()) if (posting.list.length >= 2) weighPosting(ctx, weights, posting);
  // A pair's key is a number (i·n + j, exact far beyond any story's claims): a string per kept pair was most of this loop.
  const n = ctx.claims.length;
  const keep = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const [a, list] of partners(weights)) {
    list.sort((x, y) => y[1] - x[1]);
    for (let k = 0; k < list.length && k < settings.candidatesPerClaim; k++) {
      const b = list[k]![0];
      const [i, j] = a < b ? [a, b] : [b, a];
      const key = i * n + j;
      if (keep.has(key)) continue;
      keep.add(key);
      out.push([i, j]);
    }
  }
  return out;
}
