// Date conflicts: the same event put on different days, months or years, at clashing times of day, or a stay against an
// end day: the one detector of kind 'date', composed of three readers.
import { alsoSays, findingRank, GRAINS, sameContext, type ConflictDetector, type Finding } from './context.js';
import { daysExplained, eventDateDetector } from './events.js';
import { stayDetector } from './stay.js';
import cues from '../data/conflict-cues.json' with { type: 'json' };

/**
 * Per grain, dates that differ in claims that say the same thing once their figures and dates are hidden; a date the
 * other claim's article also states elsewhere is not disputed, nor are days that belong to events of different names or
 * to one event seen from two time zones (`daysExplained`).
 */
const calendarDetector: ConflictDetector = {
  kind: 'date',
  detect(pair, ctx) {
    const out: Finding[] = [];
    for (const grain of GRAINS) {
      const va = [...new Set(pair.a.dates.filter((d) => d.grain === grain).map((d) => d.date))];
      const vb = [...new Set(pair.b.dates.filter((d) => d.grain === grain).map((d) => d.date))];
      if (!va.length || !vb.length || va.some((v) => vb.includes(v))) continue;
      const a = va.filter((v) => !alsoSays(ctx, pair.b.article, grain, v));
      const b = vb.filter((v) => !alsoSays(ctx, pair.a.article, grain, v));
      if (a.length && b.length) out.push({ unit: grain, a, b, rank: findingRank.date(pair, grain), confidence: cues.confidence.date });
    }
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
