// Date conflicts: the same event put on different days, months or years, at clashing times of day, or a stay against an
// end day: the one detector of kind 'date', composed of three readers.
import type { ArticleClaim } from '../../core/facts.js';
import { dayOf } from '../../nlp/index.js';
import { alsoSays, findingRank, GRAINS, sameContext, type ConflictContext, type ConflictDetector, type ConflictPair, type Finding } from './context.js';
import { daysExplained, eventDateDetector } from './events.js';
import { stayDetector } from './stay.js';
import cues from '../data/conflict-cues.json' with { type: 'json' };

const datesOf = (c: ArticleClaim, grain: string): string[] => [...new Set(c.dates.filter((d) => d.grain === grain).map((d) => d.date))];
/** Does the ISO week (2018-W15) hold the day (2018-04-01)? */
const weekHolds = (week: string, day: string): boolean => dayOf(week) <= day && day <= dayOf(week, true);

/**
 * A week one claim gives ("last week") against the days the other gives ("over Easter weekend") when none of those days
 * falls in it, each value left out when the other claim's article states it too; null when either claim gives none.
 */
function weekAgainstDays(ctx: ConflictContext, x: { c: ArticleClaim; i: number }, y: { c: ArticleClaim; i: number }): { weeks: string[]; days: string[] } | null {
  const weeks = datesOf(x.c, 'week');
  const days = datesOf(y.c, 'day');
  if (!weeks.length || !days.length || days.some((d) => weeks.some((w) => weekHolds(w, d)))) return null;
  const w = weeks.filter((v) => !alsoSays(ctx, y.i, 'week', v));
  const d = days.filter((v) => !alsoSays(ctx, x.i, 'day', v));
  return w.length && d.length ? { weeks: w, days: d } : null;
}

/** The week findings of a pair, either way round; unit 'day' as the event reader's, so one claim's findings make one conflict. */
function weekFindings(pair: ConflictPair, ctx: ConflictContext): Finding[] {
  const [a, b] = [{ c: pair.a, i: pair.i }, { c: pair.b, i: pair.j }];
  const rank = findingRank.date(pair, 'day');
  const confidence = cues.confidence.date;
  const ab = weekAgainstDays(ctx, a, b);
  if (ab) return [{ unit: 'day', a: ab.weeks, b: ab.days, rank, confidence }];
  const ba = weekAgainstDays(ctx, b, a);
  return ba ? [{ unit: 'day', a: ba.days, b: ba.weeks, rank, confidence }] : [];
}

/**
 * Per grain, dates that differ in claims that say the same thing once their figures and dates are hidden; a date the
 * other claim's article also states elsewhere is not disputed, nor are days that belong to events of different names or
 * to one event seen from two time zones (`daysExplained`); a week against days that lie outside it (`weekFindings`).
 */
const calendarDetector: ConflictDetector = {
  kind: 'date',
  detect(pair, ctx) {
    const out: Finding[] = [];
    for (const grain of GRAINS) {
      const va = datesOf(pair.a, grain);
      const vb = datesOf(pair.b, grain);
      if (!va.length || !vb.length || va.some((v) => vb.includes(v))) continue;
      const a = va.filter((v) => !alsoSays(ctx, pair.j, grain, v));
      const b = vb.filter((v) => !alsoSays(ctx, pair.i, grain, v));
      if (a.length && b.length) out.push({ unit: grain, a, b, rank: findingRank.date(pair, grain), confidence: cues.confidence.date });
    }
    out.push(...weekFindings(pair, ctx));
    return out.length && sameContext(ctx, pair) && !daysExplained(ctx, pair) ? out : [];
  },
};

/**
 * Dates of one thing that cannot both hold: calendar dates of claims that match once dates are hidden (on blocking's
 * pairs only), one event's days and hours (conflicts/events.ts), a stay against an end day (conflicts/stay.ts). Values
 * read as the outlet wrote them ("Thursday", "today at 11am", "more than three months").
 */
export const dateDetector: ConflictDetector = {
  kind: 'date',
  anyPair: true,
  detect: (pair, ctx) => [
    ...(pair.extra ? [] : calendarDetector.detect(pair, ctx)),
    ...eventDateDetector.detect(pair, ctx),
    ...stayDetector.detect(pair, ctx),
  ],
  label: (claim, unit, value) => eventDateDetector.label?.(claim, unit, value) ?? value,
};
