// Named entities of one article without a trained NER: proper-noun runs, honorifics, titles, appositive roles, kinds by cue words.
import type { Article } from '../../core/types.js';
import type { Doc } from '../../nlp/index.js';
import { entityContext } from './context.js';
import { type EntityLayer, mergeRuns, toLayer } from './merge.js';
import { findRuns } from './runs.js';
import { titleMentions } from './title-mentions.js';

export type { EntityLayer } from './merge.js';
export { isSuffixedName } from './kind.js';
export { roleHead } from './roles.js';
export { type Gender, HONORIFICS, initials, isAffiliation, isHonorific, isNationality, isRoleHead, isRolePreposition, isTitleDeterminer, LEX } from './words.js';

/**
 * Find the people, organisations and places an article names, merge their mentions within the article, and note roles.
 * @param article the article (its id prefixes entity ids: `${article.id}:e1`)
 * @param doc `buildDoc(article.text)`
 * @example extractEntities(article, doc).entities[0].name === 'Steve Witkoff'
 */
export function extractEntities(article: Article, doc: Doc): EntityLayer {
  const ctx = entityContext(article.id, doc);
  const merged = mergeRuns(ctx, findRuns(ctx));
  // Titles standing for names ("the president") point at holders named before them, so they come after the merge.
  titleMentions(ctx, merged);
  return toLayer(merged);
}
