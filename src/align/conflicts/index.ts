// Conflicts between outlets: claims that say the same thing except for a figure, a date, who did it or where. One
// detector per kind; adding a kind is a detector file, a line in DETECTORS and an entry in core's CONFLICT_KINDS.
import type { Conflict, ConflictKind, ConflictValue, SourceRef } from '../../core/types.js';
import type { ArticleClaim } from '../../core/facts.js';
import type { Doc } from '../../nlp/index.js';
import { UnionFind } from '../../core/util/union-find.js';
import { shippedMatcher, type Matcher } from '../matcher/index.js';
import { conflictContext, masked, type ConflictContext, type ConflictDetector, type ConflictPair } from './context.js';
import { dateDetector } from './dates.js';
import { countDetector, numberDetector } from './figures.js';
import { actorDetector, placeDetector } from './names.js';
import { outcomeDetector } from './outcome.js';
import { conflictPairs } from './pairs.js';

export { marksChange, type ConflictContext, type ConflictDetector, type ConflictPair, type Finding } from './context.js';

/** The conflict detectors, one per kind. */
export const DETECTORS: readonly ConflictDetector[] = [numberDetector, countDetector, dateDetector, outcomeDetector, actorDetector, placeDetector];

/** One claim's side of a finding: the values it gives for the finding's unit. */
interface Side {
  detector: ConflictDetector;
  unit: string;
  claim: number;
  values: string[];
  confidence: number;
}

/**
 * Every side of every finding, keyed `kind|unit|claim`, and which keys dispute each other. A key found again keeps its
 * first place and takes the latest values.
 */
function collectSides(ctx: ConflictContext, pairs: readonly ConflictPair[], detectors: readonly ConflictDetector[]): { sides: Map<string, Side>; links: Array<[string, string]> } {
  const sides = new Map<string, Side>();
  const links: Array<[string, string]> = [];
  for (const pair of pairs) {
    const found = detectors.filter((d) => !pair.extra || d.anyPair).flatMap((detector) => detector.detect(pair, ctx).map((f) => ({ detector, f })));
    found.sort((x, y) => x.f.rank - y.f.rank);
    for (const { detector, f } of found) {
      const ka = `${detector.kind}|${f.unit}|${pair.i}`;
      const kb = `${detector.kind}|${f.unit}|${pair.j}`;
      const confidence = f.confidence;
      sides.set(ka, { detector, unit: f.unit, claim: pair.i, values: f.a, confidence: Math.max(confidence, sides.get(ka)?.confidence ?? 0) });
      sides.set(kb, { detector, unit: f.unit, claim: pair.j, values: f.b, confidence: Math.max(confidence, sides.get(kb)?.confidence ?? 0) });
      links.push([ka, kb]);
    }
  }
  return { sides, links };
}

/** The sides grouped so that three outlets with three tolls become one conflict, in the order they were first found. */
function groupSides(sides: ReadonlyMap<string, Side>, links: ReadonlyArray<[string, string]>): Side[][] {
  const keys = [...sides.keys()];
  const index = new Map(keys.map((k, n) => [k, n]));
  const sets = new UnionFind(keys.length);
  for (const [ka, kb] of links) sets.union(index.get(ka)!, index.get(kb)!);
  return sets.groups().map((members) => members.map((n) => sides.get(keys[n]!)!));
}

/** The topic: what the claims say, with the disputed values left out ("At least … were killed when the ferry capsized"). */
function topicOf(context: string): string {
  return context.length > 100 ? `${context.slice(0, 97).replace(/\s+\S*$/, '')} …` : context;
}

/** One conflict from a group of sides, or null when they come down to a single value. */
function toConflict(claims: readonly ArticleClaim[], members: readonly Side[]): Conflict | null {
  const first = members[0]!;
  // Keyed by the normalised value, so "28 dead" and "twenty-eight dead" are one value, shown as first written.
  const byValue = new Map<string, { label: string; sources: SourceRef[] }>();
  for (const m of members) {
    const c = claims[m.claim]!;
    for (const v of m.values) {
      const entry = byValue.get(v) ?? { label: m.detector.label?.(c, m.unit, v) ?? v, sources: [] };
      if (!entry.sources.some((s) => s.article === c.article && s.start === c.start)) entry.sources.push({ article: c.article, start: c.start, end: c.end });
      byValue.set(v, entry);
    }
  }
  if (byValue.size < 2) return null;
  const values: ConflictValue[] = [...byValue.values()].map(({ label, sources }) => ({ value: label, sources }));
  values.sort((x, y) => y.sources.length - x.sources.length || x.value.localeCompare(y.value));
  const claim = claims[first.claim]!;
  const context = first.detector.topic ? first.detector.topic(claim, first.values[0] ?? '') : masked(claim, '…');
  const kind: ConflictKind = first.detector.kind;
  // As trusted as the strongest rule that found it.
  const confidence = Math.max(...members.map((m) => m.confidence));
  return { topic: topicOf(context), kind, values, confidence };
}

/**
 * Conflicts among candidate claim pairs, across outlets, neither claim the writer's opinion nor marking a change over time
 * ("revised", "later"): each detector reports the values a pair disputes (figures: different values for the same unit
 * and the same context once they are hidden, or for counts a rare word right after both figures; dates likewise per
 * grain; actor/place: exactly one differing name on each side, in the same slot, the claims matching with both hidden);
 * an outlet that states the other's value elsewhere does not dispute it.
 * @param claims all claims of the story, flat
 * @param pairs candidate pairs (indices into `claims`), e.g. from alignment's blocking
 * @param outletOf the outlet key of an article id (syndicated copies share one)
 * @param matcher the claim matcher (the shipped one by default)
 * @param detectors the detectors to run (DETECTORS by default)
 * @param docs the Doc of each article id: claims are profiled from its tokens instead of read again
 * @example detectConflicts(claims, [[0, 1]], (id) => id)[0] // { topic: 'At least … were killed…', kind: 'count', values: [...] }
 */
export function detectConflicts(
  claims: readonly ArticleClaim[],
  pairs: ReadonlyArray<readonly [number, number]>,
  outletOf: (article: string) => string,
  matcher: Matcher = shippedMatcher(),
  detectors: readonly ConflictDetector[] = DETECTORS,
  docs?: ReadonlyMap<string, Doc>,
): Conflict[] {
  const ctx = conflictContext(claims, matcher, outletOf, docs);
  const { sides, links } = collectSides(ctx, conflictPairs(ctx, pairs), detectors);
  return groupSides(sides, links).flatMap((members) => toConflict(claims, members) ?? []);
}
