// Declared stages: what a stage needs, what it provides and how it runs. Each stage folder declares its own (exported
// from its index.ts); the pipeline only orders them and checks the order. A stage that builds part of the dossier
// returns that part, and the fields it provides are the keys of its empty part, so a field it adds needs no list edited.
import type { Article, Diagnostic, Dossier, RawDocument } from './types.js';

/** The dossier fields stages build: all of it but the envelope the pipeline stamps (schema, time, diagnostics, articles). */
export type DossierParts = Omit<Dossier, 'schema' | 'generatedAt' | 'diagnostics' | 'articles'>;

/**
 * What every stage may read and write while one dossier is built. A stage that reads more (the document models, a
 * fitted model) says so in its own context type, `StageWork & { docs: Doc[] }`; the pipeline's work record has it all.
 */
export interface StageWork {
  /** The documents read in (stage read's input). */
  raws: RawDocument[];
  /** Content problems met on the way, in the order met. */
  diagnostics: Diagnostic[];
  /** The articles, in canonical order once stage read has run. */
  articles: Article[];
  /** The analysis time (ISO 8601), stamped as `generatedAt`. */
  now: string;
  /** The dossier's parts; a stage's part is there once the stage has run (its needs are checked against that order). */
  dossier: DossierParts;
}

/** A stage as the pipeline sees it: `needs` and `provides` name work or dossier fields, and run reads and writes `ctx`. */
export interface StageDecl<C> {
  readonly name: string;
  readonly needs: readonly string[];
  readonly provides: readonly string[];
  readonly run: (ctx: C) => void;
}

/** A work field or dossier field a stage with context `C` may need. */
export type StageField<C> = Extract<keyof C, string> | keyof DossierParts;

/** A stage that builds part of the dossier: `empty()` is its part before it runs or when it fails. */
export interface PartStage<C, P extends Partial<DossierParts>> extends StageDecl<C> {
  readonly empty: () => P;
}

/** How a stage that builds part of the dossier is declared. */
export interface PartStageSpec<C, P extends Partial<DossierParts>> {
  name: string;
  needs: readonly StageField<C>[];
  /** The part when the stage fails: its keys are the dossier fields the stage provides, so they are never listed twice. */
  empty: () => P;
  /** The stage's part of the dossier: exactly the keys of `empty()`, or the pipeline stops with an error naming them. */
  run: (ctx: C) => P;
}

/**
 * Run `fn`; a throw becomes a `stage-failed` diagnostic and `fallback()` is returned instead.
 * @example guarded(work, 'reuse', () => [], () => findReuse(work.articles))
 */
export function guarded<T>(work: Pick<StageWork, 'diagnostics'>, stage: string, fallback: () => T, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    work.diagnostics.push({ source: 'pipeline', rule: 'stage-failed', severity: 'error', message: `${stage} failed: ${(error as Error).message}` });
    return fallback();
  }
}

/**
 * Run `fn` for one article; a thrown error becomes a diagnostic naming the stage, and the other articles go on.
 * @param fallback the result for an article whose stage failed
 * @example perArticle(work, 'slant', emptySlant, (a, i) => measureSlant(a, work.docs[i]!))
 */
export function perArticle<T>(work: Pick<StageWork, 'articles' | 'diagnostics'>, stage: string, fallback: (a: Article) => T, fn: (a: Article, i: number) => T): T[] {
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

/** Throw when a stage returned other fields than its empty part declares: a programming error, not a content problem. */
function checkPart(stage: string, declared: readonly string[], part: object): void {
  const got = Object.keys(part);
  const extra = got.filter((k) => !declared.includes(k));
  const missing = declared.filter((k) => !got.includes(k));
  if (extra.length || missing.length) {
    const said = [extra.length ? `returned ${extra.join(', ')}, not in its empty part` : '', missing.length ? `did not return ${missing.join(', ')}` : ''];
    throw new Error(`stage "${stage}" ${said.filter(Boolean).join(' and ')}: its run and its empty() must give the same dossier fields`);
  }
}

/**
 * Declare a stage that builds part of the dossier. It provides the keys of `empty()`; its run is guarded (a throw becomes
 * a `stage-failed` diagnostic and the part stays empty); what run returns is checked against those keys and stored.
 * @example dossierStage({ name: 'reuse', needs: ['articles'], empty: () => ({ reuse: [] }), run: (w) => ({ reuse: findReuse(w.articles) }) })
 */
export function dossierStage<C extends Pick<StageWork, 'diagnostics' | 'dossier'>, P extends Partial<DossierParts>>(spec: PartStageSpec<C, P>): PartStage<C, P> {
  const provides = Object.keys(spec.empty());
  return {
    name: spec.name,
    needs: spec.needs,
    provides,
    empty: spec.empty,
    run(ctx) {
      const part = guarded(ctx, spec.name, spec.empty, () => spec.run(ctx));
      checkPart(spec.name, provides, part);
      Object.assign(ctx.dossier, part);
    },
  };
}
