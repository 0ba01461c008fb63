// Linking: how strongly two claims state the same fact, from the matcher's score, coverage and same-event evidence.
import { clauseCoverage, coverage, generalIdf, matchProfiles, NEG, sketch, shippedMatcher, strongStems, type Matcher, type Profile } from '../matcher/index.js';
import { storyWeight, type ClaimContext, type PairScore } from './context.js';
import { sharedAnchors } from './anchors.js';
import { ownersDiffer, sameTimedEvent } from './when.js';
import { namesCovered } from './names.js';
import { sameBiasFrame } from './bias.js';
import settings from '../data/alignment.json' with { type: 'json' };

/** A candidate pair whose link score reaches `linkScore`: an edge of the claim graph. */
export interface Edge {
  i: number;
  j: number;
  s: number;
}

/**
 * Do two claims report the same event? They share a rare content verb (by general-news IDF: "defended", not "made"),
 * the sparser claim names no one the other leaves out (a different actor is a different event; the source a claim is
 * reported by, "Trump confirmed that…", does not count), and they share at least
 * `eventMinShared` further strong words (an argument: "Witkoff", "envoy", "standard"). This is how event coreference is
 * usually found (same trigger, compatible arguments), and it catches the short restatements that share too few words
 * for coverage.
 * @example sameEvent(profile('Governor Ann Lee praised the rescue crews'), profile('Lee praised the rescuers')) // true
 */
export function sameEvent(a: Profile, b: Profile, matcher: Matcher = shippedMatcher(), argWeight?: (stem: string) => number): boolean {
  // Every shared rare verb is a trigger, and none of them counts again as a shared argument.
  const verbStems = new Set<string>();
  for (const [lemma, stem] of a.verbs) {
    const other = b.verbs.get(lemma);
    if (other !== undefined && generalIdf(stem, matcher) >= settings.eventVerbIdf) verbStems.add(stem).add(other);
  }
  if (!verbStems.size) return false;
  const sa = strongStems(a);
  const sb = strongStems(b);
  const [small, smallStrong, big, bigP] = sa.size <= sb.size ? [a, sa, sb, b] : [b, sb, sa, a];
  const bigAll = sketch(bigP).stemSet;
  if (!namesCovered(small, bigP, bigAll)) return false;
  // Without argument weights every shared word counts 1, and whose subject it is does not matter.
  const subjects = argWeight ? sharedSubjects(a, b, verbStems) : null;
  let shared = 0;
  for (const s of smallStrong) if (!verbStems.has(s) && big.has(s)) shared += !argWeight || subjects!.has(s) ? 1 : argWeight(s);
  return shared >= settings.eventMinShared;
}

/** Words that may stand between a subject and its verb ("Braley has apologized", "Mr. Lee quickly left"). */
const SUBJECT_GAP = 2;

/** The name right before the first use of a verb of stem `verb` (its subject, mostly), as a stem; null if none. */
function subjectOf(p: Profile, verb: string): string | null {
  const at = p.stems.indexOf(verb);
  // A sentence's first word is capitalised whatever it is: it counts when it is a content word ("Braley apologized").
  for (let k = at - 1; k >= Math.max(0, at - 1 - SUBJECT_GAP); k--) if (p.caps.has(p.stems[k]!) || (k === 0 && p.content[0])) return p.stems[k]!;
  return null;
}

/**
 * The names that are the subject of a shared verb in both claims ("Braley apologized for the remarks" / "Mr. Braley
 * apologized to Senator Grassley"): one actor doing one rare act is one event, however often the story names the actor.
 */
function sharedSubjects(a: Profile, b: Profile, verbStems: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const v of verbStems) {
    const s = subjectOf(a, v);
    if (s !== null && s === subjectOf(b, v)) out.add(s);
  }
  return out;
}

/**
 * How much a shared word counts as an argument of one event: a protagonist of the story (a stem in at least
 * `eventProtagonistShare` of its claims: "Trump", "shutdown") says less about which event two claims report than a word
 * only some claims use, so it counts `eventProtagonistWeight`. None (every word 1) at weight 1, as shipped.
 */
function protagonistWeights(ctx: ClaimContext): ((stem: string) => number) | undefined {
  if (settings.eventProtagonistWeight >= 1) return undefined;
  const bar = settings.eventProtagonistShare * ctx.claims.length;
  return (stem) => ((ctx.df.get(stem) ?? 0) >= bar ? settings.eventProtagonistWeight : 1);
}

/**
 * Does `p` negate what it shares with `other`: a negation cue ("not", "without", "denied") with, among the few words
 * after it, a content word `other` also uses? A negation elsewhere in a long sentence ("…so that talks may continue
 * without the devastating effects…") says nothing about the shared fact's polarity.
 */
function negatesShared(p: Profile, other: Profile): boolean {
  if (!p.negations) return false;
  const shared = sketch(other).stemSet;
  for (let i = 0; i < p.words.length; i++) {
    if (!NEG.has(p.words[i]!) && !NEG.has(p.stems[i]!)) continue;
    for (let k = i + 1; k <= i + settings.negationReach && k < p.words.length; k++) if (p.content[k] && shared.has(p.stems[k]!)) return true;
  }
  return false;
}

/**
 * Do two claims treat what they share alike, so that sharing words may link them? Not when their figures differ
 * ("rose by 137,000" is not "decreased by 193,000"), one negates what they share and the other does not, or a shared
 * word belongs to different owners ("Ukraine's interests" / "Russian interests").
 */
export function sharedAlike(a: Profile, b: Profile): boolean {
  const figuresDiffer = a.numbers.size > 0 && b.numbers.size > 0 && ![...a.numbers].some((n) => b.numbers.has(n));
  return !figuresDiffer && negatesShared(a, b) === negatesShared(b, a) && !ownersDiffer(a, b);
}

/**
 * How strongly two claims support each other: the MSRP matcher's score, raised to the link score when the smaller claim's
 * strong content is nearly all in the other (outlets restate a fact inside a longer sentence far more often than they
 * paraphrase it whole), the polarity of what they share agrees and they share a figure if both give any.
 */
function linkScore(ctx: ClaimContext, a: Profile, b: Profile): PairScore {
  const m = matchProfiles(a, b, ctx.matcher).score;
  if (!sharedAlike(a, b)) return { link: m, support: m };
  // A negation elsewhere in one of them ("…so that talks may continue without…"): only the same event links them, as
  // word overlap cannot tell a negated fact from a restated one.
  if ((a.negations > 0) !== (b.negations > 0)) {
    const link = sameEvent(a, b, ctx.matcher, protagonistWeights(ctx)) ? Math.max(m, settings.linkScore) : m;
    return { link, support: link };
  }
  const c = coverage(a, b, (stem) => storyWeight(ctx, stem), ctx.matcher);
  const covered = c.words >= settings.coverageMinWords && c.share >= settings.coverageLink;
  // A longer shared core may carry a little more unshared detail ("…gave way late on Monday after weeks of heavy rain").
  const core = c.shared >= settings.coreMinShared && c.share >= settings.coreLink;
  const frame = sameBiasFrame(a, b);
  // A clause of one restated whole in the other: the fact a two-fact sentence shares with a sentence of its own (read
  // only when the cheaper tests have not linked the pair).
  const clause = (): boolean => (clauseCoverage(a, b, settings.clauseMinPlain, (stem) => storyWeight(ctx, stem), ctx.matcher)?.share ?? 0) >= settings.clauseLink;
  const link = covered || core || frame || clause() || sameEvent(a, b, ctx.matcher, protagonistWeights(ctx)) || sameTimedEvent(a, b) || sharedAnchors(ctx, a, b) ? Math.max(m, settings.linkScore) : m;
  // Support, for checking a merge of two groups: how much of one claim the other states, even when too little to link.
  return { link, support: Math.max(link, c.words >= settings.coverageMinWords ? c.share : 0) };
}

/** The link and support scores of claims i and j (indices into `ctx.claims`), computed once per pair. */
export function pairScore(ctx: ClaimContext, i: number, j: number): PairScore {
  const k = i < j ? `${i}:${j}` : `${j}:${i}`;
  let s = ctx.scores.get(k);
  if (s === undefined) ctx.scores.set(k, (s = linkScore(ctx, ctx.profiles[i]!, ctx.profiles[j]!)));
  return s;
}

/** How much claims i and j support each other (for merges and representatives). */
export const support = (ctx: ClaimContext, i: number, j: number): number => pairScore(ctx, i, j).support;

/** The candidate pairs that link (score ≥ linkScore), strongest first (ties keep the candidates' order). */
export function linkedEdges(ctx: ClaimContext, pairs: ReadonlyArray<readonly [number, number]>): Edge[] {
  const edges = pairs.map(([i, j]) => ({ i, j, s: pairScore(ctx, i, j).link })).filter((e) => e.s >= settings.linkScore);
  return edges.sort((x, y) => y.s - x.s);
}
