// What every view of one dossier shares: the dossier, lookups by id, outlet names, claim colours and the one action
// that opens a piece of evidence in its article.
import type { Article, Claim, Dossier, SourceRef } from '../../src/core/types.js';
import { outletNames } from './outlets.js';

/** How many colours aligned claims cycle through (classes c0…c7 in style.css). */
export const PALETTE_SIZE = 8;

const STATUS_ORDER: Record<Claim['status'], number> = { consensus: 0, partial: 1, unique: 2 };

export interface DossierModel {
  id: string;
  dossier: Dossier;
  articles: Map<string, Article>;
  claims: Map<string, Claim>;
  /** Outlet name shown for an article id. */
  outlet(articleId: string): string;
  /** Claims consensus → partial → unique, more outlets first within a status. */
  orderedClaims: Claim[];
  /** Colour index of a claim stated by two or more outlets. */
  claimColour: Map<string, number>;
  /** Opens an evidence span in its article; `origin` gets focus back from the article's "back" button. */
  openSpan(ref: SourceRef, origin?: HTMLElement): void;
}

/** Distinct article ids a claim is stated in. */
export function claimArticles(claim: Claim): string[] {
  return claim.articles ?? [...new Set(claim.sources.map((source) => source.article))];
}

export function buildModel(id: string, dossier: Dossier): DossierModel {
  const names = outletNames(dossier.articles);
  const orderedClaims = [...dossier.claims].sort(
    (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || claimArticles(b).length - claimArticles(a).length,
  );
  const claimColour = new Map<string, number>();
  for (const claim of orderedClaims) {
    if (claimArticles(claim).length > 1) claimColour.set(claim.id, claimColour.size % PALETTE_SIZE);
  }
  return {
    id,
    dossier,
    articles: new Map(dossier.articles.map((article) => [article.id, article])),
    claims: new Map(dossier.claims.map((claim) => [claim.id, claim])),
    outlet: (articleId) => names.get(articleId) ?? articleId,
    orderedClaims,
    claimColour,
    openSpan: () => undefined,
  };
}

/** The text a reference points at, or '' when its article is missing. */
export function spanText(model: DossierModel, ref: SourceRef): string {
  return model.articles.get(ref.article)?.text.slice(ref.start, ref.end) ?? '';
}
