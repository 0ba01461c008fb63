// Figure conflicts: the same thing counted or measured with different values ("14 injured" / "17 injured", "3%" / "5%").
import type { ArticleClaim } from '../../core/facts.js';
import { generalIdf, type Matcher } from '../matcher/index.js';
import { boundOf, rangeOf } from './bounds.js';
import { oppositeWords } from './outcome.js';
import { alsoSays, findingRank, numberKey, sameContext, unitsOf, type ConflictContext, type ConflictDetector, type ConflictPair, type Finding } from './context.js';
import matcherWords from '../data/matcher-words.json' with { type: 'json' };
import settings from '../data/alignment.json' with { type: 'json' };
import cues from '../data/conflict-cues.json' with { type: 'json' };

const STOP = new Set(matcherWords.stopwords);
const WEAK = new Set(matcherWords.weakWords);
const GENERIC_UNITS = new Set(cues.genericUnits);

/** Figures within rounding of each other agree ("15 million" and "15.1 million" doses). */
const roughlyEqual = (x: number, y: number): boolean => Math.abs(x - y) <= settings.roundingTolerance * Math.max(Math.abs(x), Math.abs(y));
/** A unit that names what is counted ("people", "point") makes a count; '%', a currency or a fraction a bare number. */
const isCounted = (unit: string): boolean => /^[a-z]/.test(unit) && unit !== 'fraction';
const singularOf = (w: string): string => (w.endsWith('s') ? w.slice(0, -1) : w);

/**
 * Does a figure of `unit` in one claim allow a figure of the other ("over 20" and "23")? Two figures under the same bound
 * are compared as stated: "at least 28 killed" and "at least 31 killed" are two tolls, not two overlapping ranges.
 */
function rangesMeet(a: ArticleClaim, b: ArticleClaim, unit: string): boolean {
  const figures = (c: ArticleClaim) => c.numbers.filter((n) => n.unit === unit).map((n) => ({ value: n.value, bound: boundOf(c, n) }));
  const fb = figures(b);
  return figures(a).some((x) =>
    fb.some((y) => {
      if (x.bound === y.bound) return false;
      const [x0, x1] = rangeOf(x.value, x.bound);
      const [y0, y1] = rangeOf(y.value, y.bound);
      return x0 <= y1 && y0 <= x1;
    }),
  );
}

/** A unit whose figures a pair disputes, and each claim's values in it. */
interface Dispute {
  unit: string;
  a: string[];
  b: string[];
}

/** Per pair, its disputes: read once, the number and the count detectors both ask. */
const disputesOf = new WeakMap<ConflictPair, Dispute[]>();

function figureDisputes(pair: ConflictPair, ctx: ConflictContext): Dispute[] {
  let out = disputesOf.get(pair);
  if (!out) disputesOf.set(pair, (out = readDisputes(pair, ctx)));
  return out;
}

/**
 * Per unit of the first claim, the values each claim gives when none of them agree within rounding, leaving out a value
 * the other claim's article also states elsewhere.
 */
function readDisputes(pair: ConflictPair, ctx: ConflictContext): Dispute[] {
  const out: Dispute[] = [];
  const units = unitsOf(pair.a);
  // Figures of opposite acts are two thresholds, not one count: "41 votes to sustain" / "60 votes to break" a filibuster.
  if (!units.length || oppositeWords(pair.a, pair.b)) return out;
  for (const unit of units) {
    const va = [...new Set(pair.a.numbers.filter((n) => n.unit === unit).map(numberKey))];
    const vb = [...new Set(pair.b.numbers.filter((n) => n.unit === unit).map(numberKey))];
    if (!vb.length || va.some((v) => vb.some((w) => roughlyEqual(Number(v), Number(w))))) continue;
    if (rangesMeet(pair.a, pair.b, unit)) continue;
    const a = va.filter((v) => !alsoSays(ctx, pair.j, unit, v));
    const b = vb.filter((v) => !alsoSays(ctx, pair.i, unit, v));
    if (a.length && b.length) out.push({ unit, a, b });
  }
  return out;
}

/**
 * Prefixes of the rarer words right after a claim's figures of one unit — what happened to what was counted
 * ("14 people were injured": injur; "17 people for injuries": injur). Words before the figure name sources, not the count.
 */
function frame(c: ArticleClaim, unit: string, matcher: Matcher): Set<string> {
  const out = new Set<string>();
  for (const n of c.numbers) {
    if (n.unit !== unit) continue;
    const near = c.text.slice(n.end - c.start, Math.min(c.text.length, n.end - c.start + settings.frameChars)).toLowerCase();
    for (const w of near.split(/[^\p{L}]+/u)) {
      if (w.length < 5 || STOP.has(w) || WEAK.has(w) || w === unit || singularOf(w) === unit) continue;
      if (generalIdf(w.slice(0, 5), matcher) < settings.frameMinIdf && generalIdf(w, matcher) < settings.frameMinIdf) continue;
      out.add(w.slice(0, 5));
    }
  }
  return out;
}

/** Both claims have a rare word right after their figures of `unit`: they count the same thing. */
function sameFrame(a: ArticleClaim, b: ArticleClaim, unit: string, matcher: Matcher): boolean {
  const fa = frame(a, unit, matcher);
  for (const w of frame(b, unit, matcher)) if (fa.has(w)) return true;
  return false;
}

/** How a figure reads in the conflict: the mention as written ("28 dead"), else the normalised value. */
function figureLabel(c: ArticleClaim, unit: string, value: string): string {
  const n = c.numbers.find((x) => x.unit === unit && numberKey(x) === value);
  return n ? n.text : value;
}

const asFinding = (pair: ConflictPair, d: Dispute, confidence: number): Finding => ({ ...d, rank: findingRank.figure(pair, d.unit), confidence });

/** Bare figures ('%', a currency, a fraction) that differ in claims that say the same thing once the figures are hidden. */
export const numberDetector: ConflictDetector = {
  kind: 'number',
  detect(pair, ctx) {
    const disputes = figureDisputes(pair, ctx).filter((d) => !isCounted(d.unit));
    return disputes.length && sameContext(ctx, pair) ? disputes.map((d) => asFinding(pair, d, cues.confidence.number)) : [];
  },
  label: figureLabel,
};

/**
 * Counts that differ: in claims that say the same thing once the figures are hidden or, for a specific unit, that share a
 * rare word right after both figures (two outlets citing different sources: "the emergency service said 14 people were
 * injured" / "the health centre said it treated 17 people for injuries").
 */
export const countDetector: ConflictDetector = {
  kind: 'count',
  detect(pair, ctx) {
    const disputes = figureDisputes(pair, ctx).filter((d) => isCounted(d.unit));
    if (!disputes.length) return [];
    if (sameContext(ctx, pair)) return disputes.map((d) => asFinding(pair, d, cues.confidence.count));
    return disputes
      .filter((d) => !GENERIC_UNITS.has(d.unit) && sameFrame(pair.a, pair.b, d.unit, ctx.matcher))
      .map((d) => asFinding(pair, d, cues.confidence.countFrame));
  },
  label: figureLabel,
};
