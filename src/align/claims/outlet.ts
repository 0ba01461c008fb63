// Who stands behind a claim: the outlet an article counts for, and a claim's status from how many outlets state it.
import type { Article, ClaimStatus } from '../../core/types.js';
import settings from '../data/alignment.json' with { type: 'json' };

/**
 * The outlet an article counts for. A syndicated copy ("This story first appeared in Reuters") counts for the outlet it
 * was first published by, so one wire story printed by five papers is one outlet's word, not five.
 * @example outletKey({ ...article, outlet: 'Daily Post', syndication: 'Reuters' }) // 'reuters'
 */
export function outletKey(article: Article): string {
  return (article.syndication ?? article.outlet ?? article.id).trim().toLowerCase();
}

/**
 * Status from the number of distinct outlets behind a claim out of all outlets in the story.
 * consensus: every outlet when there are 2; at least max(2, ceil(0.8·n)) when n ≥ 3. partial: 2 or more, fewer than that.
 * unique: one outlet.
 * @param outlets distinct outlets stating the claim
 * @param total distinct outlets in the story
 * @example claimStatus(4, 5) // 'consensus'
 */
export function claimStatus(outlets: number, total: number): ClaimStatus {
  if (outlets <= 1) return 'unique';
  const need = total <= 2 ? total : Math.max(2, Math.ceil(settings.consensusShare * total));
  return outlets >= need ? 'consensus' : 'partial';
}
