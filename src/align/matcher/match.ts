// Do two sentences state the same thing? The matcher's decisions (score, coverage, general IDF) under a loaded model.
import { bucket } from '../../core/util/hash.js';
import { pairFeatures } from './features.js';
import { rawScore, type Matcher } from './model.js';
import { shippedMatcher } from './model-file.js';
import { isStrong, nameBefore, profile, type Profile } from './profile.js';
import { NEGATION_MISMATCH_FACTOR } from './words.js';
import { sketch } from './sketch.js';

/** Share of `x`'s strong words that `other` holds, weighted by general IDF (and `weight`), with the counts behind it. */
interface Coverage {
  share: number;
  words: number;
  shared: number;
  /** How many of the shared words are no name (not capitalised inside the sentence). */
  sharedPlain: number;
}

/** What one side of `coverage` reads: the IDF table and the optional per-stem weight. */
interface CoverageContext {
  idf: Float32Array;
  weight: ((stem: string) => number) | undefined;
}

function coverageSide(x: Profile, other: Profile, ctx: CoverageContext, from = 0, to = x.stems.length): Coverage {
  // Six-letter prefixes catch what the stemmer leaves apart ("supported"/"supporting") but not "major"/"majority".
  const { stemSet: o, prefixes6: prefixes } = sketch(other);
  let total = 0;
  let hit = 0;
  let words = 0;
  let shared = 0;
  let sharedPlain = 0;
  const seen = new Set<string>();
  for (let i = from; i < to; i++) {
    const s = x.stems[i]!;
    if (!isStrong(x, i) || seen.has(s)) continue;
    seen.add(s);
    words++;
    const w = Math.max(1, ctx.idf[x.buckets[i]!] ?? 0) * (ctx.weight ? ctx.weight(s) : 1);
    total += w;
    // "Steve Witkoff" against "Witkoff": a first name before a surname the other names is the same person.
    if (o.has(s) || (s.length >= 6 && prefixes.has(s.slice(0, 6))) || nameBefore(x, i, o)) {
      hit += w;
      shared++;
      if (!x.caps.has(s)) sharedPlain++;
    }
  }
  return { share: total ? hit / total : 0, words, shared, sharedPlain };
}

/**
 * How much of the smaller sentence's strong content (content words that are not attribution/day/title words, weighted by
 * general-news IDF) the other sentence contains: 1 = all of it. Asymmetric evidence that `matchProfiles` lacks — MSRP
 * calls a sentence that adds a clause "not a paraphrase", yet for claims the shorter one is still supported.
 * @param weight optional extra weight per stem, e.g. rarity within the story (a name every claim repeats proves little)
 * @param matcher the model whose IDF table weighs the words
 * @returns share (0..1), the number of strong words of the smaller side and how many of them the other has
 */
export function coverage(a: Profile, b: Profile, weight?: (stem: string) => number, matcher: Matcher = shippedMatcher()): Coverage {
  const ctx: CoverageContext = { idf: matcher.tables.idf, weight };
  const ca = coverageSide(a, b, ctx);
  const cb = coverageSide(b, a, ctx);
  // The side with fewer strong words is the claim being checked against the other.
  return ca.words <= cb.words ? ca : cb;
}

/**
 * The best-covered clause of either claim in the other (clauses as `Profile.clauses` cuts them), among clauses that share
 * at least `minPlain` words that are no name with it: a fact one outlet states in a clause of a longer sentence and
 * another outlet restates inside a sentence of its own ("…, a day after the Senate failed to pass his proposal" / "…came
 * a day after two measures to reopen the government failed in the Senate"). A clause that shares only names ("House
 * Speaker Nancy Pelosi (D-Calif.)") says nothing of the fact. Null when neither claim has two such clauses.
 * @example clauseCoverage(profile('Lee left, after the Senate failed to pass the bill'), profile('The bill failed in the Senate'), 2)?.share // 1
 */
export function clauseCoverage(a: Profile, b: Profile, minPlain: number, weight?: (stem: string) => number, matcher: Matcher = shippedMatcher()): Coverage | null {
  const ctx: CoverageContext = { idf: matcher.tables.idf, weight };
  let best: Coverage | null = null;
  for (const [x, other] of [[a, b], [b, a]] as const) {
    const cuts = [0, ...x.clauses, x.stems.length];
    if (cuts.length < 3) continue;
    for (let k = 0; k + 1 < cuts.length; k++) {
      const c = coverageSide(x, other, ctx, cuts[k], cuts[k + 1]);
      if (c.sharedPlain >= minPlain && (!best || c.share > best.share)) best = c;
    }
  }
  return best;
}

/** General-news inverse document frequency of a stem (from the matcher's IDF table): high = rare, telling word. */
export function generalIdf(stem: string, matcher: Matcher = shippedMatcher()): number {
  return matcher.tables.idf[bucket(stem, matcher.model.buckets)] ?? 0;
}

/**
 * Probability that two profiled sentences state the same thing, under `matcher` (the shipped one by default).
 * @example matchProfiles(profile('Talks ended on Friday.'), profile('The talks ended Friday.')).same === true
 */
export function matchProfiles(a: Profile, b: Profile, matcher: Matcher = shippedMatcher()): { score: number; same: boolean } {
  let byA = scored.get(matcher);
  if (!byA) scored.set(matcher, (byA = new WeakMap()));
  let byB = byA.get(a);
  if (!byB) byA.set(a, (byB = new Map()));
  let score = byB.get(b);
  if (score === undefined) byB.set(b, (score = scoreOf(a, b, matcher)));
  return { score, same: score >= matcher.model.threshold };
}

/**
 * `matchProfiles`' score of a and b, taken from b and a when that order was scored already: the features are symmetric,
 * so the brief's restatement checks read the score alignment or the conflicts found for a pair in either order.
 * @example matchEitherWay(profile('Talks ended.'), profile('The talks ended.')) // the score of matchProfiles(b, a) if known
 */
export function matchEitherWay(a: Profile, b: Profile, matcher: Matcher = shippedMatcher()): number {
  const known = scored.get(matcher)?.get(b)?.get(a);
  return known ?? matchProfiles(a, b, matcher).score;
}

/**
 * Scores of the ordered pairs of profiles met so far, per matcher: the brief's restatement scorer asks again for pairs
 * alignment already scored (the same span profiles, `profileSpan`). Kept as long as both profiles are.
 */
const scored = new WeakMap<Matcher, WeakMap<Profile, Map<Profile, number>>>();

/** The matcher's probability that a and b state the same thing (`matchProfiles`, computed). */
function scoreOf(a: Profile, b: Profile, matcher: Matcher): number {
  const z = rawScore(matcher.model, pairFeatures(a, b, matcher.tables));
  const flipped = (a.negations > 0) !== (b.negations > 0);
  return (1 / (1 + Math.exp(-z))) * (flipped ? NEGATION_MISMATCH_FACTOR : 1);
}

/**
 * Do two sentences state the same thing?
 * @param a one sentence or claim
 * @param b another
 * @example matchClaims('Talks ended on Friday.', 'The talks ended Friday.').same === true
 */
export function matchClaims(a: string, b: string, matcher: Matcher = shippedMatcher()): { score: number; same: boolean } {
  return matchProfiles(profile(a, matcher.model.buckets), profile(b, matcher.model.buckets), matcher);
}
