// The independence note both reports print ("5 outlets, 3 independent"): copies and rewrites of one source are one
// confirmation, so a claim says how many of its outlets stand on their own (reuse/independence.ts counts them).
import type { Claim } from '../core/types.js';

/**
 * "n outlets, m independent" for a claim carried by more than one outlet whose independence is known, else ''.
 * @example independenceNote({ ...claim, articles: ['a1', 'a2', 'a3'], independent: 2 }) === '3 outlets, 2 independent'
 */
export function independenceNote(c: Claim | undefined): string {
  const n = c?.articles?.length ?? 0;
  return c?.independent !== undefined && n > 1 ? `${n} outlets, ${c.independent} independent` : '';
}

/**
 * The note for a brief sentence: that of the first of its claims whose outlets repeat one another (fewer independent
 * than outlets), else ''; a sentence whose outlets are all independent needs no note.
 * @example repeatedNote(sentence.claims, claimById) // '5 outlets, 3 independent'
 */
export function repeatedNote(claimIds: readonly string[], claims: ReadonlyMap<string, Claim>): string {
  return independenceNote(claimIds.map((id) => claims.get(id)).find((c) => c?.independent !== undefined && (c.articles?.length ?? 0) > c.independent));
}
