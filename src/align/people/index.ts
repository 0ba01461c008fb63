// Across articles: one entity per person/organisation/place, quotes re-pointed to it, and quotes of one utterance grouped with their variants.
import type { Article, Citation, Entity, Quote, QuoteGroup } from '../../core/types.js';
import type { ArticleAttributions } from '../../extract/index.js';
import { mergeEntities } from './entities.js';
import { groupQuotes } from './quote-groups.js';
import { repointSpeakers } from './speakers.js';

/**
 * Merge per-article entities, rewrite quote speakers to the merged ids, and group quotes of one utterance across outlets.
 * @param articles the articles, in input order (the first article's rendering is a group's reference wording)
 * @param perArticle `extractAttributions` of each article
 * @example alignPeople(articles, articles.map((a) => extractAttributions(a, buildDoc(a.text, a.paragraphs)))).quoteGroups
 */
export function alignPeople(
  articles: Article[],
  perArticle: ArticleAttributions[],
): { entities: Entity[]; quotes: Quote[]; quoteGroups: QuoteGroup[]; citations: Citation[] } {
  const order = new Map(articles.map((a, i) => [a.id, i]));
  const { entities, globalOf } = mergeEntities(
    perArticle.flatMap((p) => p.entities),
    order,
  );
  const quotes = repointSpeakers(perArticle, entities, globalOf);
  const quoteGroups = groupQuotes(quotes, order);
  const citations = perArticle.flatMap((p) => p.citations);
  return { entities, quotes, quoteGroups, citations };
}

/** What `alignPeople` gives for no article: stage people's part of the dossier when it fails (its keys are what it provides). */
export const emptyPeople = (): ReturnType<typeof alignPeople> => ({ entities: [], quotes: [], quoteGroups: [], citations: [] });
