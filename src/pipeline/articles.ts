// The per-article stages (read → nlp → attributions) alone, for `triangulate quotes`: the stages analyze runs, so both
// name and attribute an article alike.
import type { Article, Diagnostic, RawDocument } from '../core/types.js';
import { readArticles } from '../readable/index.js';
import { nlpStage, type Doc } from '../nlp/index.js';
import { attributeArticles, type ArticleAttributions } from '../extract/index.js';

/** What the per-article stages read and write. */
export interface ArticleWork {
  raws: RawDocument[];
  diagnostics: Diagnostic[];
  articles: Article[];
  docs: Doc[];
  attributions: ArticleAttributions[];
}

/**
 * Read documents and find who said what in each article, as `analyze` does before aligning articles (in input order).
 * @example attributeDocuments(raws).attributions[0]?.quotes // quotes of article a1, speakers as the article's own entities
 */
export function attributeDocuments(raws: RawDocument[]): ArticleWork {
  const work: ArticleWork = { raws, diagnostics: [], articles: [], docs: [], attributions: [] };
  readArticles(work);
  nlpStage.run(work);
  work.attributions = attributeArticles(work);
  return work;
}
