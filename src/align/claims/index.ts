// Claims across articles: block candidate pairs by rare words, link them with the matcher, group the links, rate each
// group by its outlets, and find the conflicts among the candidates.
import type { Article, Claim, Conflict } from '../../core/types.js';
import type { ArticleClaim } from '../../core/facts.js';
import type { Doc } from '../../nlp/index.js';
import { shippedMatcher, type Matcher } from '../matcher/index.js';
import { detectConflicts } from '../conflicts/index.js';
import { candidatePairs } from './blocking.js';
import { claimContext, outletOfArticle } from './context.js';
import { groupClaims, mergeGroups } from './group.js';
import { linkedEdges } from './link.js';
import { marginEdges } from './margin.js';

export { sameEvent } from './link.js';
export { claimStatus, outletKey } from './outlet.js';

/**
 * Group the claims of several articles into cross-outlet claims (consensus / partial / unique) and find conflicts.
 * Matching pairs (link score ≥ linkScore) merge greedily, strongest first; two groups merge only if their members also
 * support each other on average (groupMeanScore over a sample), which stops chains of loosely similar sentences.
 * @param articles the story's articles
 * @param claims per article (same order), from extractClaims
 * @param ctx the claim matcher (the shipped one by default) and the articles' Docs (same order), whose tokens the claims
 *   are profiled from; without Docs each claim's text is read on its own
 * @example alignClaims(articles, articles.map((a, i) => extractClaims(a, docs[i]))).claims[0].status // 'consensus'
 */
export function alignClaims(articles: Article[], claims: ArticleClaim[][], ctx: { matcher?: Matcher; docs?: readonly Doc[] } = {}): { claims: Claim[]; conflicts: Conflict[] } {
  const matcher = ctx.matcher ?? shippedMatcher();
  const story = claimContext(articles, claims, matcher, ctx.docs);
  const pairs = candidatePairs(story);
  const groups = mergeGroups(story, linkedEdges(story, pairs), marginEdges(story, pairs));
  const docOf = new Map(articles.flatMap((a, i) => (ctx.docs?.[i] ? [[a.id, ctx.docs[i]!] as const] : [])));
  const conflicts = detectConflicts(story.claims, pairs, (article) => outletOfArticle(story, article), matcher, undefined, docOf);
  return { claims: groupClaims(story, groups), conflicts };
}

/** What `alignClaims` gives for no article: stage claims' part of the dossier when it fails (its keys are what it provides). */
export const emptyClaims = (): ReturnType<typeof alignClaims> => ({ claims: [], conflicts: [] });
