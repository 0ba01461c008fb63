// Event-time conflicts: one event (the same name in the date's clause, a rare word both claims share) put on different
// days, or on one day at times that cannot both hold ("today at 11am" / "Tuesday afternoon").
import type { ArticleClaim } from '../../core/facts.js';
import { findingRank, type ConflictContext, type ConflictDetector, type ConflictPair, type Finding } from './context.js';
import { dayOf } from '../../nlp/index.js';
import { dayNumber } from './ends.js';
import { hoursOf, meets, sameTimedEvent, timedEvents, type TimedEvent } from './timed.js';
import cues from '../data/conflict-cues.json' with { type: 'json' };

const TIME_ZONES = cues.timeZoneCues.map((w) => new RegExp(`(?<![\\p{L}])${w.replace(/ /g, '\\s+')}(?![\\p{L}])`, 'iu'));
const namesZone = (c: ArticleClaim): boolean => TIME_ZONES.some((re) => re.test(c.text));

/**
 * Two days a day apart can be one moment seen from two time zones: when the earlier is late in the day ("7 p.m. Friday")
 * or either claim names a zone ("Saturday morning local time").
 */
function zoneApart(x: TimedEvent, y: TimedEvent, zoned: boolean): boolean {
  const early = dayNumber(x.mention.date) < dayNumber(y.mention.date) ? x : y;
  if (Math.abs(dayNumber(x.mention.date) - dayNumber(y.mention.date)) !== 1) return false;
  return zoned || (early.hours !== null && early.hours[0] >= cues.lateHour);
}

/** Does a week mention ("last week") hold the other mention's day, or two week mentions name one week? */
function weekHolds(x: TimedEvent, y: TimedEvent): boolean {
  const [week, other] = x.mention.grain === 'week' ? [x, y] : [y, x];
  if (other.mention.grain === 'week') return week.mention.date === other.mention.date;
  return dayOf(week.mention.date) <= other.mention.date && other.mention.date <= dayOf(week.mention.date, true);
}

/**
 * What two mentions of one event dispute: 'day' (different days, or a week that does not hold the other's day), 'time'
 * (same day, hours that do not overlap), or nothing.
 * @param zoned either claim names a time zone
 */
function dispute(x: TimedEvent, y: TimedEvent, zoned: boolean): 'day' | 'time' | null {
  if (x.mention.grain === 'week' || y.mention.grain === 'week') return weekHolds(x, y) ? null : 'day';
  if (x.mention.date !== y.mention.date) return zoneApart(x, y, zoned) ? null : 'day';
  if (!x.hours || !y.hours) return null;
  return x.hours[1] <= y.hours[0] || y.hours[1] <= x.hours[0] ? 'time' : null;
}

/** The normalised value of a mention for a grain: its day, or its day and hours. */
const valueOf = (t: TimedEvent, grain: 'day' | 'time'): string => (grain === 'day' ? t.mention.date : `${t.mention.date} ${t.hours?.join('-') ?? ''}`);

/**
 * Does `article` put the event `t` on the same day and time somewhere? Then it does not dispute it: an outlet that gives
 * both days is telling two stages apart, not disagreeing.
 */
function articleAgrees(ctx: ConflictContext, article: string, t: TimedEvent): boolean {
  for (let i = 0; i < ctx.claims.length; i++) {
    if (ctx.claims[i]!.article !== article) continue;
    for (const u of timedEvents(ctx, i)) if (sameTimedEvent(t, u) && !dispute(t, u, false)) return true;
  }
  return false;
}

/** Per grain, the values each claim gives for one event that the other claim's article never gives. */
function findings(pair: ConflictPair, ctx: ConflictContext): Finding[] {
  const out = new Map<string, { a: Set<string>; b: Set<string> }>();
  for (const x of timedEvents(ctx, pair.i))
    for (const y of timedEvents(ctx, pair.j)) {
      // Disputed only when the words next to both dates meet too: "Kim's announcement Saturday" and "who will meet Kim
      // next Friday" share a name and the sentence's words, not the act; agreement (articleAgrees) reads the looser tie.
      if (!sameTimedEvent(x, y) || !meets(x.near, y.near)) continue;
      const grain = dispute(x, y, namesZone(pair.a) || namesZone(pair.b));
      // A quotation speaks for its source: its article's own days do not take it back.
      if (!grain || (!ctx.quoted[pair.j] && articleAgrees(ctx, pair.b.article, x)) || (!ctx.quoted[pair.i] && articleAgrees(ctx, pair.a.article, y))) continue;
      const f = out.get(grain) ?? { a: new Set<string>(), b: new Set<string>() };
      f.a.add(valueOf(x, grain));
      f.b.add(valueOf(y, grain));
      out.set(grain, f);
    }
  // Unit 'day' as the date detector's, so the two detectors' findings on one claim make one conflict.
  return [...out].map(([grain, f]) => ({
    unit: grain,
    a: [...f.a],
    b: [...f.b],
    rank: findingRank.date(pair, 'day'),
    confidence: grain === 'day' ? cues.confidence.eventDay : cues.confidence.eventTime,
  }));
}

/**
 * Do the days two claims give belong to different events, or to one event seen from two time zones? True when both
 * date something of a name and no such pair of theirs disputes a day: "the Senate on Wednesday" and "the Assembly on
 * Thursday" are two votes; "Saturday morning local time" and "Friday evening" one landing.
 */
export function daysExplained(ctx: ConflictContext, pair: ConflictPair): boolean {
  const ta = timedEvents(ctx, pair.i);
  const tb = timedEvents(ctx, pair.j);
  if (!ta.length || !tb.length) return false;
  const zoned = namesZone(pair.a) || namesZone(pair.b);
  return ta.every((x) =>
    tb.every((y) => {
      if (x.mention.date === y.mention.date) return true;
      if (!sameTimedEvent(x, y)) return !meets(x.anchors, y.anchors);
      return dispute(x, y, zoned) === null;
    }),
  );
}

/** How a value reads: the date mention as written ("Thursday", "today at 11am", "October 14"), any grain. */
function eventLabel(c: ArticleClaim, unit: string, value: string): string {
  const m = unit === 'time' ? c.dates.find((d) => d.date === value.slice(0, 10) && hoursOf(d.text) !== null) : c.dates.find((d) => d.date === value);
  return m ? m.text : value;
}

/**
 * The same event (a name in the date's clause, a rare word of the claim) on different days or at clashing times; one of
 * the readers of the date detector (dates.ts), which runs it on every pair.
 */
export const eventDateDetector: ConflictDetector = {
  kind: 'date',
  detect: findings,
  label: eventLabel,
};
