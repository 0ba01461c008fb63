// Date conflicts: the same event put on different days, months or years.
import { alsoSays, findingRank, GRAINS, sameContext, type ConflictDetector, type Finding } from './context.js';
import { daysExplained } from './events.js';

/**
 * Per grain, dates that differ in claims that say the same thing once their figures and dates are hidden; a date the
 * other claim's article also states elsewhere is not disputed, nor are days that belong to events of different names or
 * to one event seen from two time zones (`daysExplained`).
 */
export const dateDetector: ConflictDetector = {
  kind: 'date',
  detect(pair, ctx) {
    const out: Finding[] = [];
    for (const grain of GRAINS) {
      const va = [...new Set(pair.a.dates.filter((d) => d.grain === grain).map((d) => d.date))];
      const vb = [...new Set(pair.b.dates.filter((d) => d.grain === grain).map((d) => d.date))];
      if (!va.length || !vb.length || va.some((v) => vb.includes(v))) continue;
      const a = va.filter((v) => !alsoSays(ctx, pair.b.article, grain, v));
      const b = vb.filter((v) => !alsoSays(ctx, pair.a.article, grain, v));
      if (a.length && b.length) out.push({ unit: grain, a, b, rank: findingRank.date(pair, grain) });
    }
    return out.length && sameContext(ctx, pair) && !daysExplained(ctx, pair) ? out : [];
  },
};
