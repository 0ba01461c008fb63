// The per-article size budget: an article longer than the document model's limit is cut before the nlp stage, and says so.
import type { Article, Diagnostic } from '../core/types.js';
import { MAX_ARTICLE_CHARS } from './limits.js';

/** How far back from the budget a cut may move to end at a paragraph or a space rather than inside a word (at most half). */
const CUT_LOOKBACK = 2_000;

/** Where to cut `text` to fit `budget`: after the last paragraph that fits, else at a space, else at the budget. */
function cutAt(article: Article, budget: number): number {
  const floor = budget - Math.min(CUT_LOOKBACK, Math.floor(budget / 2));
  const fits = article.paragraphs.filter((p) => p.end <= budget);
  const lastEnd = fits[fits.length - 1]?.end ?? 0;
  if (lastEnd > floor) return lastEnd;
  const space = article.text.lastIndexOf(' ', budget);
  return space > floor ? space : budget;
}

/**
 * The article within `budget` characters of text (its paragraphs clipped to the cut), and a diagnostic when it was cut;
 * an article within budget comes back as it is. Every offset of the dossier then points into the text analysed.
 * @example budgetArticle(article).article.text.length <= MAX_ARTICLE_CHARS
 */
export function budgetArticle(article: Article, budget = MAX_ARTICLE_CHARS): { article: Article; diagnostic: Diagnostic | null } {
  if (article.text.length <= budget) return { article, diagnostic: null };
  const cut = cutAt(article, budget);
  const paragraphs = article.paragraphs
    .filter((p) => p.start < cut)
    .map((p) => ({ start: p.start, end: Math.min(p.end, cut) }));
  return {
    article: { ...article, text: article.text.slice(0, cut), paragraphs },
    diagnostic: {
      source: article.source,
      rule: 'article-cut',
      severity: 'warning',
      message: `${article.id} has ${article.text.length} characters, over the budget of ${budget}: only its first ${cut} were analysed`,
      where: { start: cut, end: article.text.length },
    },
  };
}
