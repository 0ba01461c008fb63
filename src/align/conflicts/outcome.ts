// Outcome conflicts: one act with opposite outcomes or directions ("voted 57-43 to acquit" / "voted 57-43 to convict",
// "shares rose 3%" / "shares fell 3%"). A tally is not enough to say two claims are one act; the opposite words are.
import type { ArticleClaim } from '../../core/facts.js';
import { matchProfiles } from '../matcher/index.js';
import { occurrenceDetector } from './occurs.js';
import { findingRank, masked, maskedClaimProfile, type ConflictContext, type ConflictDetector, type ConflictPair, type Finding } from './context.js';
import matcherWords from '../data/matcher-words.json' with { type: 'json' };
import cues from '../data/conflict-cues.json' with { type: 'json' };

const NEGATIONS = new Set(matcherWords.negations);
const wordRe = (w: string): RegExp => new RegExp(`(?<![\\p{L}-])${w.replace(/ /g, '\\s+')}(?![\\p{L}-])`, 'iu');
const OPPOSITES = cues.outcomeOpposites.map(([x, y]) => [wordRe(x!), wordRe(y!)] as const);
/**
 * Any opposite word at all: when this finds none, none of OPPOSITES' patterns can (each is one of its alternatives, with
 * the same bounds and flags), so a claim with no outcome word, most of them, is read once instead of once per word.
 */
const ANY_OPPOSITE = wordRe(`(?:${cues.outcomeOpposites.flat().join('|')})`);
const NO_MATCHES: ReadonlyArray<RegExpExecArray | null> = OPPOSITES.flatMap(() => [null, null]);

/** Does the claim state a negation ("did not", "never")? Opposite words under one negation agree ("did not acquit" = "convicted"). */
function negated(c: ArticleClaim): boolean {
  // Read once per claim: a claim sits in many candidate pairs.
  let neg = negatedClaims.get(c);
  if (neg === undefined) negatedClaims.set(c, (neg = c.text.toLowerCase().split(/[^\p{L}']+/u).some((w) => NEGATIONS.has(w))));
  return neg;
}
const negatedClaims = new WeakMap<ArticleClaim, boolean>();

/** The claims share a figure or a day: the identity of the act ("57-43", "on Saturday"), not just its topic. */
function shareValue(a: ArticleClaim, b: ArticleClaim): boolean {
  if (a.numbers.some((n) => b.numbers.some((m) => m.value === n.value))) return true;
  return a.dates.some((d) => d.grain === 'day' && b.dates.some((e) => e.date === d.date));
}

/** Per claim, the first match of each opposite word (OPPOSITES flattened: x0, y0, x1, y1, …): read once, a claim sits in many pairs. */
const wordMatches = new WeakMap<ArticleClaim, ReadonlyArray<RegExpExecArray | null>>();

function matchesOf(c: ArticleClaim): ReadonlyArray<RegExpExecArray | null> {
  let out = wordMatches.get(c);
  if (!out) wordMatches.set(c, (out = ANY_OPPOSITE.test(c.text) ? OPPOSITES.flatMap(([p, q]) => [p.exec(c.text), q.exec(c.text)]) : NO_MATCHES));
  return out;
}

/** The first opposite pair with one word in each claim only, as matches (claim-relative), or null. */
export function oppositeWords(a: ArticleClaim, b: ArticleClaim): { x: RegExpExecArray; y: RegExpExecArray } | null {
  const [ma, mb] = [matchesOf(a), matchesOf(b)];
  for (let k = 0; k < OPPOSITES.length; k++)
    for (const [ix, iy] of [[2 * k, 2 * k + 1], [2 * k + 1, 2 * k]] as const) {
      const x = ma[ix]!;
      const y = mb[iy]!;
      if (x && y && !mb[ix] && !ma[iy]) return { x, y };
    }
  return null;
}

/** Opposite outcome words in claims that share a figure or a day, are negated alike and match with the words hidden. */
function outcomeFindings(pair: ConflictPair, ctx: ConflictContext): Finding[] {
  if (negated(pair.a) !== negated(pair.b) || !shareValue(pair.a, pair.b)) return [];
  const found = oppositeWords(pair.a, pair.b);
  if (!found) return [];
  const hide = (c: ArticleClaim, m: RegExpExecArray) => maskedClaimProfile(ctx, c, [{ start: c.start + m.index, end: c.start + m.index + m[0].length, with: 'did' }]);
  if (matchProfiles(hide(pair.a, found.x), hide(pair.b, found.y), ctx.matcher).score < cues.outcomeContextScore) return [];
  return [{ unit: 'outcome', a: [found.x[0].toLowerCase()], b: [found.y[0].toLowerCase()], rank: findingRank.name, confidence: cues.confidence.outcome }];
}

/** The claim with the outcome word left out (its dates when the value is whether something took place). */
function maskOutcome(c: ArticleClaim, word: string): string {
  const m = /^[\p{L} ]+$/u.test(word) ? wordRe(word).exec(c.text) : null;
  return m ? `${c.text.slice(0, m.index)}…${c.text.slice(m.index + m[0].length)}` : masked(c, '…');
}

/**
 * Opposite outcomes or directions of one act (on blocking's pairs), and whether a dated event takes place at all
 * (conflicts/occurs.ts, on every pair).
 */
export const outcomeDetector: ConflictDetector = {
  kind: 'outcome',
  anyPair: true,
  detect: (pair, ctx) => [...(pair.extra ? [] : outcomeFindings(pair, ctx)), ...occurrenceDetector.detect(pair, ctx)],
  label: (claim, unit, value) => (unit === 'occurs' ? occurrenceDetector.label!(claim, unit, value) : value),
  topic: maskOutcome,
};
