// Stages people and claims: each article's attributions and claims (extract), aligned across articles; each returns the
// dossier fields its entry point returns, so a field alignPeople or alignClaims adds reaches the dossier as it is.
import type { Article, Citation } from '../core/types.js';
import { dossierStage, guarded, perArticle, type StageWork } from '../core/stage.js';
import { attributeArticles, extractClaims } from '../extract/index.js';
import type { DocWork } from '../nlp/index.js';
import { alignPeople, emptyPeople } from './people/index.js';
import { alignClaims, emptyClaims } from './claims/index.js';
import type { Matcher } from './matcher/index.js';

/** What stage people reads: the articles and their document models. */
type PeopleWork = StageWork & DocWork;
/** What stage claims reads: the articles, their document models and the claim matcher. */
type ClaimsWork = StageWork & DocWork & { models: { matcher: Matcher } };

/** A `syndicated-from` citation for each article whose reader found it syndicated (its evidence is in `removed[]`). */
function syndicationCitations(articles: Article[]): Citation[] {
  return articles.flatMap((article) =>
    article.syndication
      ? [{ article: article.id, cites: article.syndication, kind: 'syndicated-from' as const, start: 0, end: 0 }]
      : [],
  );
}

/** Stage people: entities, quotes and citations per article, merged and grouped across articles. */
export const peopleStage = dossierStage<PeopleWork, ReturnType<typeof emptyPeople>>({
  name: 'people',
  needs: ['articles', 'docs'],
  empty: emptyPeople,
  run(work) {
    const attributions = attributeArticles(work);
    // Syndication citations come from the reader, so they stay when alignment fails.
    const part = guarded(work, 'people', emptyPeople, () => alignPeople(work.articles, attributions));
    part.citations.push(...syndicationCitations(work.articles));
    return part;
  },
});

/** Stage claims: each article's claims, matched and grouped across outlets, and the conflicts among them. */
export const claimsStage = dossierStage<ClaimsWork, ReturnType<typeof emptyClaims>>({
  name: 'claims',
  needs: ['articles', 'docs'],
  empty: emptyClaims,
  run(work) {
    const claimsByArticle = perArticle(work, 'claims', () => [], (a, i) => extractClaims(a, work.docs[i]!));
    return alignClaims(work.articles, claimsByArticle, { matcher: work.models.matcher, docs: work.docs });
  },
});
