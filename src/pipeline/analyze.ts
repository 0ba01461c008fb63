// The one place that composes the stages into a dossier and collects their diagnostics; CLI, server and library all call it.
import type { Article, Dossier, RawDocument } from '../core/types.js';
import { DOSSIER_SCHEMA } from '../core/types.js';
import type { DossierParts, PartStage, StageWork } from '../core/stage.js';
import { checkedNow } from '../core/util/date-time.js';
import { collectInputs, type IngestOptions, type Input } from '../ingest/index.js';
import { readStage } from '../readable/index.js';
import { nlpStage, type Doc } from '../nlp/index.js';
import { claimsStage, peopleStage } from '../align/index.js';
import { independenceStage, reuseStage } from '../reuse/index.js';
import { slantStage } from '../slant/index.js';
import { framingStage } from '../framing/index.js';
import { briefStage, timelineStage } from '../brief/index.js';
import { checkStages, type StageDecl } from './stages.js';
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

/** Everything the stages read and write while one dossier is built: each stage's own context is a part of it. */
interface Work extends StageWork {
  docs: Doc[];
  models: Models;
}

/**
 * The stages in the order they run, each declared in its own folder (its index.ts): one line per stage. Every field a
 * stage returns is a dossier field (core/types.ts), stored as is; checkStages refuses an order in which a need comes first.
 */
const REGISTRY = [
  readStage,
  nlpStage,
  peopleStage,
  claimsStage,
  reuseStage,
  independenceStage,
  slantStage,
  framingStage,
  timelineStage,
  briefStage,
] as const;
const STAGES: readonly StageDecl<Work>[] = checkStages<Work>(['raws'], REGISTRY);

/** The dossier fields one registered stage returns (none for a stage that writes only the work, such as read or nlp). */
type PartOf<S> = S extends PartStage<never, infer P> ? keyof P : never;
/** Every dossier field must come from a registered stage; a field no stage returns fails to compile here, naming it. */
type Unprovided = Exclude<keyof DossierParts, PartOf<(typeof REGISTRY)[number]>>;
const everyFieldHasAStage: [Unprovided] extends [never] ? true : { noStageProvides: Unprovided } = true;
void everyFieldHasAStage;

/** Every stage's empty part, in registry order (the dossier's key order); the check above makes it a whole DossierParts. */
const emptyParts = (): DossierParts => Object.assign({}, ...REGISTRY.map((stage) => ('empty' in stage ? stage.empty() : {}))) as DossierParts;

/**
 * A dossier of no article, every field empty: a base for hand-built dossiers (tests, fixtures) that stays whole when a
 * stage adds a field.
 * @example { ...emptyDossier('2026-01-01T00:00:00Z'), claims: [claim] }
 */
export function emptyDossier(now: string): Dossier {
  return { schema: DOSSIER_SCHEMA, generatedAt: now, diagnostics: [], articles: [], ...emptyParts() };
}

/** Articles back in the order they were read: their ids count up in that order (`a1`, `a2`, … see readable/documents.ts). */
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
    // Each stage replaces its empty part with what it built; checkStages ensures that happens before a stage needs it.
    dossier: emptyParts(),
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
