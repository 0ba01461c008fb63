// Stages timeline and brief: they read the articles, their document models and the parts of the dossier stages claims,
// slant and people built, and each returns its own part.
import type { Article, Diagnostic } from '../core/types.js';
import { dossierStage, guarded, type DossierParts, type StageWork } from '../core/stage.js';
import { restatementScorer, type Matcher } from '../align/index.js';
import type { DocWork } from '../nlp/index.js';
import { buildBrief } from './brief.js';
import { buildTimeline, storyAnchor, type StoryAnchor } from './timeline.js';

/** The work the brief and timeline read: the articles' document models and the matcher for restatements. */
type BriefWork = StageWork & DocWork & { models: { matcher: Matcher } };

/** Without a publication date, "on Wednesday" or "last month" cannot be placed: say so rather than guess. */
function undated(articles: readonly Article[], anchor: StoryAnchor | null): Diagnostic[] {
  const basis = anchor?.basis === 'publication' ? "the story's latest publication date" : "the story's latest dated mention";
  return articles
    .filter((article) => !article.published)
    .map((article) => ({
      source: article.source,
      rule: 'no-publication-date',
      severity: 'info',
      message: anchor
        ? `no publication date found for ${article.id}: its dates with a year reach the timeline, dates without one ("October 14") are read against ${anchor.date} (${basis}) and marked inferred, relative ones ("on Wednesday", "last month") are left out`
        : `no publication date found for ${article.id}: only its absolute dates (with a year) reach the timeline`,
    }));
}

/** Stage timeline: the dated events of the story; the undated articles are named in diagnostics even when it fails. */
export const timelineStage = dossierStage<BriefWork, Pick<DossierParts, 'timeline'>>({
  name: 'timeline',
  needs: ['articles', 'docs', 'claims', 'slant'],
  empty: () => ({ timeline: [] }),
  run(work) {
    const anchor = storyAnchor(work.articles, work.now);
    const timeline = guarded(work, 'timeline', () => [], () => buildTimeline(work.articles, work.docs, work.dossier.claims, work.dossier.slant, anchor));
    work.diagnostics.push(...undated(work.articles, anchor));
    return { timeline };
  },
});

/** Stage brief: the neutral brief, every sentence citing its spans. */
export const briefStage = dossierStage<BriefWork, Pick<DossierParts, 'brief'>>({
  name: 'brief',
  needs: ['articles', 'docs', 'claims', 'conflicts', 'slant', 'quotes'],
  empty: () => ({ brief: [] }),
  run: (work) => ({
    brief: buildBrief({
      articles: work.articles,
      docs: work.docs,
      claims: work.dossier.claims,
      conflicts: work.dossier.conflicts,
      slant: work.dossier.slant,
      quotes: work.dossier.quotes,
      restatement: restatementScorer(new Map(work.articles.map((a, i) => [a.id, work.docs[i]!])), work.models.matcher),
    }),
  }),
});
