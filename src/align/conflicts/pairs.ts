// Which claim pairs may dispute a value: alignment's candidates plus same-unit pairs, across outlets, of reported facts.
import { unitsOf, type ConflictContext, type ConflictPair } from './context.js';
import { namesIn, timedEvents } from './timed.js';
import { staysOrEnds } from './stay.js';
import { occurrencesOf } from './occurs.js';
import settings from '../data/alignment.json' with { type: 'json' };
import { pushTo } from '../../core/util/multimap.js';

/**
 * The candidate pairs plus, per counted unit, pairs of claims from different outlets that both give a figure in it:
 * two outlets citing different sources ("the emergency service said 14 people were injured" / "the health centre said it
 * treated 17 people for injuries") share few rare words, so blocking alone misses them. Long lists pair near neighbours.
 */
function withUnitPairs(ctx: ConflictContext, pairs: ReadonlyArray<readonly [number, number]>, outlets: readonly string[]): Array<readonly [number, number]> {
  const key = pairKey(ctx);
  const seen = new Set(pairs.map(([i, j]) => key(i, j)));
  const out = [...pairs];
  const byUnit = new Map<string, number[]>();
  ctx.claims.forEach((c, i) => {
    for (const u of unitsOf(c)) pushTo(byUnit, u, i);
  });
  for (const list of byUnit.values())
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < Math.min(list.length, x + 1 + settings.unitWindow); y++) {
        const [i, j] = [list[x]!, list[y]!];
        if (outlets[i] === outlets[j] || seen.has(key(i, j))) continue;
        seen.add(key(i, j));
        out.push([i, j]);
      }
  return out;
}

/** An ordered pair's key: a number (i · claims + j), as a string per pair cost more than the pairing itself. */
const pairKey = (ctx: ConflictContext) => (i: number, j: number): number => i * ctx.claims.length + j;

/**
 * Per name in a date's clause, pairs of claims from different outlets that both date something it does ("followed by the
 * House on Thursday" and "The House voted later on Wednesday" share one rare word, too few for blocking), and per name,
 * pairs of claims that give a stay or an end day ("would remain … for more than three months" / "final day … Feb. 28"),
 * and per day, pairs of claims that say whether something takes place on it ("it could take place on Tuesday").
 */
function timedPairs(ctx: ConflictContext, pairs: ReadonlyArray<readonly [number, number]>, outlets: readonly string[]): Array<readonly [number, number]> {
  const key = pairKey(ctx);
  const seen = new Set<number>();
  for (const [i, j] of pairs) seen.add(key(i, j)).add(key(j, i));
  const out: Array<readonly [number, number]> = [];
  const byAnchor = new Map<string, number[]>();
  ctx.claims.forEach((c, i) => {
    const keys = new Set(timedEvents(ctx, i).flatMap((t) => [...t.anchors]));
    if (staysOrEnds(c)) for (const name of namesIn(c.text)) keys.add(`stay|${name}`);
    for (const o of occurrencesOf(ctx, i)) keys.add(`occurs|${o.mention.date}`);
    for (const key of keys) pushTo(byAnchor, key, i);
  });
  for (const list of byAnchor.values())
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const [i, j] = [list[x]!, list[y]!];
        if (outlets[i] === outlets[j] || seen.has(key(i, j))) continue;
        seen.add(key(i, j));
        out.push([i, j]);
      }
  return out;
}

/**
 * The pairs the detectors look at: from different outlets, neither claim the writer's opinion nor marking a change over
 * time ("revised", "later": a value that moved is not disputed).
 * @param pairs candidate pairs (indices into `ctx.claims`), e.g. from alignment's blocking
 */
export function conflictPairs(ctx: ConflictContext, pairs: ReadonlyArray<readonly [number, number]>): ConflictPair[] {
  const out: ConflictPair[] = [];
  // Each claim's outlet, read once: the pairings below compare two per pair they try.
  const outlets = ctx.claims.map((c) => ctx.outletOf(c.article));
  const blocked = withUnitPairs(ctx, pairs, outlets);
  const extra = timedPairs(ctx, blocked, outlets);
  const key = pairKey(ctx);
  const timed = new Set(extra.map(([i, j]) => key(i, j)));
  for (const [i, j] of [...blocked, ...extra]) {
    const a = ctx.claims[i]!;
    const b = ctx.claims[j]!;
    if (outlets[i] === outlets[j] || a.opinion || b.opinion) continue;
    if (ctx.changes[i] || ctx.changes[j]) continue;
    out.push(timed.has(key(i, j)) ? { i, j, a, b, extra: true } : { i, j, a, b });
  }
  return out;
}
