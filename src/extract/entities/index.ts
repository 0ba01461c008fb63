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
 * Each call returns a layer of its own, which the caller may change (attributions add pronoun mentions and settle kinds).
 * @param article the article (its id prefixes entity ids: `${article.id}:e1`)
 * @param doc `buildDoc(article.text)`
 * @example extractEntities(article, doc).entities[0].name === 'Steve Witkoff'
 */
export function extractEntities(article: Article, doc: Doc): EntityLayer {
  // Stage people and stage claims both read an article's entities: the layer is found once per (article, Doc) and each
  // caller gets a copy, so what one stage changes in its copy (or a failure half-way through) never reaches the other.
  const known = built.get(doc);
  if (known?.article === article) return copyLayer(known.layer);
  const layer = buildLayer(article, doc);
  built.set(doc, { article, layer });
  return copyLayer(layer);
}

/** The layer last built per Doc, with the article it was built for; never handed out, only copied. */
const built = new WeakMap<Doc, { article: Article; layer: EntityLayer }>();

function buildLayer(article: Article, doc: Doc): EntityLayer {
  const ctx = entityContext(article.id, doc);
  const merged = mergeRuns(ctx, findRuns(ctx));
  // Titles standing for names ("the president") point at holders named before them, so they come after the merge.
  titleMentions(ctx, merged);
  return toLayer(merged);
}

/** A copy of a layer that shares nothing a caller may change with it. */
function copyLayer(layer: EntityLayer): EntityLayer {
  return {
    entities: layer.entities.map((e) => ({
      ...e,
      aliases: [...e.aliases],
      roles: [...e.roles],
      articles: [...e.articles],
      ...(e.mentions ? { mentions: e.mentions.map((m) => ({ ...m })) } : {}),
    })),
    gender: new Map(layer.gender),
    index: layer.index.map((x) => ({ ...x })),
  };
}
