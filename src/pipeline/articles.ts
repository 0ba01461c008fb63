// The per-article stages (read → nlp → attributions) as steps over one work record: analyze's declared stages run them,
// and so does `triangulate quotes`, so both name and attribute an article alike.
import type { Article, Diagnostic, RawDocument } from '../core/types.js';
import { buildDoc, emptyDoc, type Doc } from '../nlp/index.js';
import { budgetArticle } from './budget.js';
import { extractAttributions, type ArticleAttributions } from '../extract/index.js';
import { readDocuments } from './read.js';

/** What the per-article stages read and write. */
export interface ArticleWork {
  raws: RawDocument[];
  diagnostics: Diagnostic[];
  articles: Article[];
  docs: Doc[];
  attributions: ArticleAttributions[];
}

/**
 * Run `fn` for one article; a thrown error becomes a diagnostic naming the stage, and the other articles go on.
 * @param fallback the result for an article whose stage failed
 */
export function perArticle<T>(work: Pick<ArticleWork, 'articles' | 'diagnostics'>, stage: string, fallback: (a: Article) => T, fn: (a: Article, i: number) => T): T[] {
  return work.articles.map((article, i) => {
    try {
      return fn(article, i);
    } catch (error) {
      work.diagnostics.push({
        source: article.source,
        rule: 'stage-failed',
        severity: 'error',
        message: `${stage} failed on article ${article.id}: ${(error as Error).message}`,
      });
      return fallback(article);
    }
  });
}

/** Stage read: every readable document becomes an article; reading problems become diagnostics. */
export function readStage(work: ArticleWork): void {
  for (const { article, diagnostics } of readDocuments(work.raws)) {
    work.diagnostics.push(...diagnostics);
    if (article) work.articles.push(article);
  }
}

/**
 * Stage nlp: the document model of each article, after cutting any article over the size budget (pipeline/budget.ts).
 * An article whose model fails gets an empty one (its text, no tokens): building it cannot fail in turn.
 */
export function nlpStage(work: ArticleWork): void {
  work.articles = work.articles.map((a) => {
    const { article, diagnostic } = budgetArticle(a);
    if (diagnostic) work.diagnostics.push(diagnostic);
    return article;
  });
  work.docs = perArticle(work, 'nlp', (a) => emptyDoc(a.text), (a) => buildDoc(a.text, a.paragraphs));
}

/** The attributions step of stage people: entities, quotes and citations of each article, before alignment across articles. */
export function attributionStage(work: ArticleWork): void {
  work.attributions = perArticle<ArticleAttributions>(
    work,
    'attributions',
    (a) => ({ article: a.id, entities: [], quotes: [], citations: [] }),
    (a, i) => extractAttributions(a, work.docs[i]!),
  );
}

/**
 * Read documents and find who said what in each article, as `analyze` does before aligning articles.
 * @example attributeDocuments(raws).attributions[0]?.quotes // quotes of article a1, speakers as the article's own entities
 */
export function attributeDocuments(raws: RawDocument[]): ArticleWork {
  const work: ArticleWork = { raws, diagnostics: [], articles: [], docs: [], attributions: [] };
  readStage(work);
  nlpStage(work);
  attributionStage(work);
  return work;
}
