// The one place that composes the stages into a dossier and collects their diagnostics; CLI, server and library all call it.
import type { Article, Citation, Dossier, RawDocument, Slant } from '../core/types.js';
import { DOSSIER_SCHEMA } from '../core/types.js';
import { checkedNow } from '../core/util/date-time.js';
import { collectInputs, type IngestOptions, type Input } from '../ingest/index.js';
import { attributionStage, nlpStage, perArticle, readStage, type ArticleWork } from './articles.js';
import { alignPeople } from '../align/index.js';
import { extractClaims, type ArticleClaim } from '../extract/index.js';
import { alignClaims, restatementScorer } from '../align/index.js';
import { findReuse, markIndependent } from '../reuse/index.js';
import { measureSlant } from '../slant/index.js';
import { buildTimeline, storyAnchor } from '../brief/index.js';
import { buildBrief } from '../brief/index.js';
import { checkStages, type StageDecl } from './stages.js';
import { canonicalOrder } from './order.js';
import { resolveModels, type Models } from './models.js';

export interface AnalyzeOptions {
  /** ISO time stamped as `generatedAt`; pass it for reproducible output (default: the current time). */
  now?: string;
  /** Options for fetching and reading inputs (URLs, size caps, private addresses). */
  ingest?: IngestOptions;
  /** Called as stages finish, for progress bars: (stage name, done, total). */
  onProgress?: (stage: string, done: number, total: number) => void;
  /** Fitted models to use instead of the shipped ones (see pipeline/models.ts). */
  models?: Partial<Models>;
}

/** Everything the stages read and write while one dossier is built. */
interface Work extends ArticleWork {
  claimsByArticle: ArticleClaim[][];
  dossier: Omit<Dossier, 'schema' | 'generatedAt' | 'diagnostics' | 'articles'>;
  /** The analysis time (ISO), stamped as `generatedAt`. */
  now: string;
  models: Models;
}

/** A cross-article stage: a throw becomes a diagnostic and the stage's part of the dossier stays empty. */
function guarded(work: Work, stage: string, fn: () => void): void {
  try {
    fn();
  } catch (error) {
    work.diagnostics.push({
      source: 'pipeline',
      rule: 'stage-failed',
      severity: 'error',
      message: `${stage} failed: ${(error as Error).message}`,
    });
  }
}

/**
 * A stage's part of the dossier: every field its entry point returns is a dossier field (core/types.ts), copied as is, so
 * a field a stage adds to its result reaches the dossier with no edit here.
 */
function store(work: Work, part: Partial<Work['dossier']>): void {
  Object.assign(work.dossier, part);
}

function syndicationCitations(articles: Article[]): Citation[] {
  return articles.flatMap((article) =>
    article.syndication
      ? [{ article: article.id, cites: article.syndication, kind: 'syndicated-from' as const, start: 0, end: 0 }]
      : [],
  );
}

const STAGES: readonly StageDecl<Work>[] = checkStages<Work>(['raws'], [
  {
    name: 'read',
    needs: ['raws'],
    provides: ['articles'],
    run(work) {
      readStage(work);
      // Every later stage sees the articles in canonical order; ids stay those of the input order.
      work.articles = canonicalOrder(work.articles).map((i) => work.articles[i]!);
    },
  },
  {
    name: 'nlp',
    needs: ['articles'],
    provides: ['docs'],
    run: nlpStage,
  },
  {
    name: 'people',
    needs: ['articles', 'docs'],
    provides: ['entities', 'quotes', 'quoteGroups', 'citations'],
    run(work) {
      attributionStage(work);
      guarded(work, 'people', () => store(work, alignPeople(work.articles, work.attributions)));
      work.dossier.citations.push(...syndicationCitations(work.articles));
    },
  },
  {
    name: 'claims',
    needs: ['articles', 'docs'],
    provides: ['claims', 'conflicts'],
    run(work) {
      work.claimsByArticle = perArticle(work, 'claims', () => [], (a, i) => extractClaims(a, work.docs[i]!));
      guarded(work, 'claims', () => store(work, alignClaims(work.articles, work.claimsByArticle, { matcher: work.models.matcher, docs: work.docs })));
    },
  },
  {
    name: 'reuse',
    needs: ['articles', 'claims'],
    provides: ['reuse', 'independence'],
    run(work) {
      guarded(work, 'reuse', () => {
        work.dossier.reuse = findReuse(work.articles);
        // Copies and rewrites of one source are one confirmation: each shared claim counts its independent sources.
        work.dossier.claims = markIndependent(work.dossier.claims, work.articles, work.dossier.reuse);
      });
    },
  },
  {
    name: 'slant',
    needs: ['articles', 'docs'],
    provides: ['slant'],
    run(work) {
      work.dossier.slant = perArticle<Slant>(
        work,
        'slant',
        (a) => ({ article: a.id, subjectivity: 0, sentences: [], loaded: [], hedges: [] }),
        (a, i) => measureSlant(a, work.docs[i]!, work.models.subjectivity),
      );
    },
  },
  {
    name: 'timeline',
    needs: ['articles', 'docs', 'claims', 'slant'],
    provides: ['timeline'],
    run(work) {
      const anchor = storyAnchor(work.articles, work.now);
      guarded(work, 'timeline', () => {
        work.dossier.timeline = buildTimeline(work.articles, work.docs, work.dossier.claims, work.dossier.slant, anchor);
      });
      // Without a publication date, "on Wednesday" or "last month" cannot be placed: say so rather than guess.
      const basis = anchor?.basis === 'publication' ? "the story's latest publication date" : "the story's latest dated mention";
      for (const article of work.articles) {
        if (!article.published) {
          work.diagnostics.push({
            source: article.source,
            rule: 'no-publication-date',
            severity: 'info',
            message: anchor
              ? `no publication date found for ${article.id}: its dates with a year reach the timeline, dates without one ("October 14") are read against ${anchor.date} (${basis}) and marked inferred, relative ones ("on Wednesday", "last month") are left out`
              : `no publication date found for ${article.id}: only its absolute dates (with a year) reach the timeline`,
          });
        }
      }
    },
  },
  {
    name: 'brief',
    needs: ['articles', 'docs', 'claims', 'conflicts', 'slant', 'quotes'],
    provides: ['brief'],
    run(work) {
      guarded(work, 'brief', () => {
        work.dossier.brief = buildBrief({
          articles: work.articles,
          docs: work.docs,
          claims: work.dossier.claims,
          conflicts: work.dossier.conflicts,
          slant: work.dossier.slant,
          quotes: work.dossier.quotes,
          restatement: restatementScorer(new Map(work.articles.map((a, i) => [a.id, work.docs[i]!])), work.models.matcher),
        });
      });
    },
  },
]);

/** Articles back in the order they were read: their ids count up in that order (`a1`, `a2`, … see read.ts). */
const inInputOrder = (articles: Article[]): Article[] =>
  [...articles].sort((x, y) => Number(x.id.slice(1)) - Number(y.id.slice(1)));

/**
 * Build a dossier from documents already in memory. Pure apart from the default clock (pass `now` to avoid it).
 * @example analyzeDocuments([{ source: 'a.txt', bytes: new TextEncoder().encode('Headline\n\nBody.') }], { now: '2026-01-01T00:00:00Z' })
 */
export function analyzeDocuments(raws: RawDocument[], opts: AnalyzeOptions = {}): Dossier {
  // API misuse throws: a `now` that is no date-time would stamp a dossier that fails its own schema.
  if (opts.now !== undefined && checkedNow(opts.now) === null) throw new RangeError(`now must be an RFC 3339 date-time such as 2026-01-01T00:00:00Z, not "${opts.now}"`);
  const work: Work = {
    raws,
    now: opts.now ?? new Date().toISOString(),
    models: resolveModels(opts.models),
    diagnostics: [],
    articles: [],
    docs: [],
    attributions: [],
    claimsByArticle: [],
    dossier: {
      entities: [], quotes: [], quoteGroups: [], citations: [], claims: [], conflicts: [], reuse: [], slant: [], timeline: [], brief: [],
    },
  };
  STAGES.forEach((stage, i) => {
    stage.run(work);
    opts.onProgress?.(stage.name, i + 1, STAGES.length);
  });
  if (work.articles.length === 0) {
    work.diagnostics.push({ source: 'pipeline', rule: 'no-article', severity: 'error', message: 'no readable article among the inputs' });
  }
  return {
    schema: DOSSIER_SCHEMA,
    generatedAt: work.now,
    diagnostics: work.diagnostics,
    articles: inInputOrder(work.articles),
    ...work.dossier,
  };
}

/**
 * Read files, folders, globs, URLs, feeds, `-` (stdin) or `{ name, bytes }` content in memory and build their dossier.
 * @example const dossier = await analyzeInputs(['examples/corpus'])
 */
export async function analyzeInputs(inputs: readonly Input[], opts: AnalyzeOptions = {}): Promise<Dossier> {
  const { docs, diagnostics } = await collectInputs(inputs, opts.ingest ?? {});
  const dossier = analyzeDocuments(docs, opts);
  dossier.diagnostics.unshift(...diagnostics);
  return dossier;
}

/** The stage names in order, for docs and progress bars. */
export const STAGE_NAMES: readonly string[] = STAGES.map((s) => s.name);
