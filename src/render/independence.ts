// The independence note both reports print ("5 outlets, 3 independent"): copies and rewrites of one source are one
// confirmation, so a claim says how many of its outlets stand on their own (reuse/independence.ts counts them).
import type { BriefSentence, Claim } from '../core/types.js';

const note = (outlets: number, independent: number): string => `${outlets} outlets, ${independent} independent`;

/**
 * "n outlets, m independent" for a claim carried by more than one outlet whose independence is known, else ''.
 * @example independenceNote({ ...claim, articles: ['a1', 'a2', 'a3'], independent: 2 }) === '3 outlets, 2 independent'
 */
export function independenceNote(c: Claim | undefined): string {
  const n = c?.articles?.length ?? 0;
  return c?.independent !== undefined && n > 1 ? note(n, c.independent) : '';
}

/**
 * The note for a brief sentence, from the articles it cites (what the reader can check, not the whole claim group's
 * count): "n outlets, m independent" when some of them copy or rewrite one another, else ''.
 * @param count independent sources among some articles (reuse's `sourcesOf`)
 * @example citedNote(sentence, sourcesOf(d.articles, d.reuse)) // '3 outlets, 2 independent'
 */
export function citedNote(s: Pick<BriefSentence, 'sources'>, count: (ids: readonly string[]) => number): string {
  const ids = [...new Set(s.sources.map((r) => r.article))];
  if (ids.length < 2) return '';
  const m = count(ids);
  return m < ids.length ? note(ids.length, m) : '';
}
