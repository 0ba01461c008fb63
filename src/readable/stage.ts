// Stage read: every readable document becomes an article, and the run's articles are put in canonical order.
import type { StageDecl, StageWork } from '../core/stage.js';
import { readDocuments } from './documents.js';
import { canonicalOrder } from './order.js';

/** What reading reads and writes. */
export type ReadWork = Pick<StageWork, 'raws' | 'diagnostics' | 'articles'>;

/** Read every document into `work.articles`, in input order; reading problems become diagnostics. */
export function readArticles(work: ReadWork): void {
  for (const { article, diagnostics } of readDocuments(work.raws)) {
    work.diagnostics.push(...diagnostics);
    if (article) work.articles.push(article);
  }
}

/** Stage read. Every later stage sees the articles in canonical order; ids stay those of the input order. */
export const readStage: StageDecl<ReadWork> = {
  name: 'read',
  needs: ['raws'],
  provides: ['articles'],
  run(work) {
    readArticles(work);
    work.articles = canonicalOrder(work.articles).map((i) => work.articles[i]!);
  },
};
