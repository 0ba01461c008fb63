// Stay conflicts: how long someone said they would stay ("for more than three months", counted from the day it was said)
// against the day another outlet says they go ("will leave at the end of February").
import type { ArticleClaim } from '../../core/facts.js';
import { boundOf, boundWords, rangeOf } from './bounds.js';
import { findingRank, type ConflictContext, type ConflictDetector, type ConflictPair, type Finding } from './context.js';
import { dayNumber, endOf } from './ends.js';
import { eventWords, meets, namesIn } from './timed.js';
import cues from '../data/conflict-cues.json' with { type: 'json' };

const UNIT_DAYS: Readonly<Record<string, number>> = cues.stayUnitDays;
// A stay still to run: 'would remain', 'will stay on', 'to serve' (a past 'served for three years' ran up to its day).
const STAY = new RegExp(`(?<![\\p{L}])(?:${cues.stayLeads.join('|')})\\s+(?:${cues.stayVerbs.join('|')})(?![\\p{L}])`, 'iu');

/** A stay: the days (from the epoch) on which it may end, and the duration as written. */
interface Stay {
  from: number;
  to: number;
  text: string;
}

/**
 * The stay a claim gives: a stay verb in the future followed by a duration ("would remain … for more than three months"),
 * counted from the claim's one day-grain date (the day it was said); null otherwise.
 */
function stayOf(c: ArticleClaim): Stay | null {
  // Read once per claim: a claim sits in many candidate pairs.
  let stay = stays.get(c);
  if (stay === undefined) stays.set(c, (stay = readStay(c)));
  return stay;
}

const stays = new WeakMap<ArticleClaim, Stay | null>();

function readStay(c: ArticleClaim): Stay | null {
  const verb = STAY.exec(c.text);
  if (!verb) return null;
  const n = c.numbers.find((x) => x.unit !== undefined && UNIT_DAYS[x.unit] !== undefined && x.start - c.start > verb.index);
  const days = c.dates.filter((d) => d.grain === 'day');
  if (!n || days.length !== 1) return null;
  const base = days[0]!.date;
  const [lo, hi] = rangeOf(n.value * UNIT_DAYS[n.unit!]!, boundOf(c, n));
  const tolerance = lo === hi ? cues.stayToleranceDays : 0;
  return { from: dayNumber(base) + lo - tolerance, to: dayNumber(base) + hi + tolerance, text: `${boundWords(c, n)}${n.text}` };
}

/** Does the claim give a stay or an end day (so pairing it with another outlet's claims on the same person may pay)? */
export const staysOrEnds = (c: ArticleClaim): boolean => stayOf(c) !== null || endOf(c) !== null;

/** One claim's stay against the other's end, when the end falls outside the stay. */
function clash(s: ArticleClaim, e: ArticleClaim): { stay: string; end: string } | null {
  const stay = stayOf(s);
  const end = endOf(e);
  if (!stay || !end || (end.day >= stay.from && end.day <= stay.to)) return null;
  return { stay: stay.text, end: end.text };
}

/**
 * A stay and an end day that cannot both hold, for one person: the claims share a name and a rare word besides ("in
 * his resignation letter … would remain for more than three months" / "his resignation letter … final day … Feb. 28").
 */
function stayFindings(pair: ConflictPair, ctx: ConflictContext): Finding[] {
  // The clash first: it reads each claim's own words, while one person and one event need the pair's profiles.
  const ab = clash(pair.a, pair.b);
  const ba = ab ? null : clash(pair.b, pair.a);
  if (!ab && !ba) return [];
  if (!meets(namesIn(pair.a.text), namesIn(pair.b.text))) return [];
  if (!meets(eventWords(ctx, pair.a, new Set()), eventWords(ctx, pair.b, new Set()))) return [];
  const rank = findingRank.date(pair, 'day');
  const confidence = cues.confidence.stay;
  if (ab) return [{ unit: 'stay', a: [ab.stay], b: [ab.end], rank, confidence }];
  return [{ unit: 'stay', a: [ba!.end], b: [ba!.stay], rank, confidence }];
}

/** How long someone stays against when they go; one of the readers of the date detector (dates.ts). */
export const stayDetector: ConflictDetector = {
  kind: 'date',
  detect: stayFindings,
};
