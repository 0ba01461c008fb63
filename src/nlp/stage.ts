// Stage nlp: the document model of each article, after cutting any article over the size budget (budget.ts).
import type { StageDecl, StageWork } from '../core/stage.js';
import { perArticle } from '../core/stage.js';
import { budgetArticle } from './budget.js';
import { buildDoc, emptyDoc, type Doc } from './doc.js';

/** The work of a stage that reads the articles' document models (`docs[i]` is the model of `articles[i]`). */
export type DocWork = Pick<StageWork, 'diagnostics' | 'articles'> & { docs: Doc[] };

/** Stage nlp. An article whose model fails gets an empty one (its text, no tokens): building it cannot fail in turn. */
export const nlpStage: StageDecl<DocWork> = {
  name: 'nlp',
  needs: ['articles'],
  provides: ['docs'],
  run(work) {
    work.articles = work.articles.map((a) => {
      const { article, diagnostic } = budgetArticle(a);
      if (diagnostic) work.diagnostics.push(diagnostic);
      return article;
    });
    work.docs = perArticle(work, 'nlp', (a) => emptyDoc(a.text), (a) => buildDoc(a.text, a.paragraphs));
  },
};
