// The shipped subjectivity model as data: weights keyed by feature name (hashed buckets as one list), written by
// scripts/fit-subjectivity.ts and checked against the code's feature names when loaded.
import modelFile from './model/subjectivity.json' with { type: 'json' };
import { firstDifference, formatModelJson, modelMismatch } from '../core/util/model-codec.js';
import { DENSE_FEATURES, VECTOR_DIMS, type FeatureOptions } from './features.js';
import type { LogisticModel } from './logistic.js';

/** A subjectivity model ready to score: feature options, threshold, and the weights in the code's feature order. */
export interface SubjectivityModel extends LogisticModel {
  options: FeatureOptions;
  /** P(subjective) at or above which a sentence counts as subjective. */
  threshold: number;
  weights: number[];
}

/** The command that refits the shipped model and rewrites its file. */
export const SUBJECTIVITY_FIT_COMMAND = 'npx tsx scripts/fit-subjectivity.ts';
/** The file, relative to the repository root. */
export const SUBJECTIVITY_FILE = 'src/slant/model/subjectivity.json';
/** Layout version of the file; bump it when its shape changes. */
export const SUBJECTIVITY_FILE_VERSION = 1;

interface SubjectivityFile {
  version: number;
  model: string;
  fit: string;
  options: FeatureOptions;
  threshold: number;
  bias: number;
  /** Weights of the named (dense) features, by name: a category added to a word list cannot shift the others. */
  named: Record<string, number>;
  /** Weights of the 2^bits hashed word (and word-pair) buckets, in bucket order; no vocabulary is stored. */
  hashed: number[];
  /** Weights of the mean word vector's dimensions, when `options.vectors`. */
  vectors?: number[];
}

/** The file's text for a fitted model (weights in the code's order: hashed buckets, then DENSE_FEATURES). */
export function subjectivityFile(m: SubjectivityModel): string {
  const buckets = 1 << m.options.bits;
  const file: SubjectivityFile = {
    version: SUBJECTIVITY_FILE_VERSION,
    model: 'sentence subjectivity: logistic regression; see README.md beside this file, and NOTICE for the terms of these weights',
    fit: SUBJECTIVITY_FIT_COMMAND,
    options: m.options,
    threshold: m.threshold,
    bias: m.bias,
    named: Object.fromEntries(DENSE_FEATURES.map((name, i) => [name, m.weights[buckets + i] ?? 0])),
    hashed: m.weights.slice(0, buckets),
    ...(m.options.vectors ? { vectors: m.weights.slice(buckets + DENSE_FEATURES.length, buckets + DENSE_FEATURES.length + VECTOR_DIMS) } : {}),
  };
  return `${formatModelJson(file)}\n`;
}

/** What is missing or mistyped in a file of the right version, or null. */
function shapeProblem(f: SubjectivityFile): string | null {
  const o = f.options as Partial<FeatureOptions> | undefined;
  if (typeof o !== 'object' || o === null || !Number.isInteger(o.bits)) return 'no "options" with whole-number "bits"';
  if (typeof f.threshold !== 'number' || typeof f.bias !== 'number') return '"threshold" and "bias" must be numbers';
  if (!Array.isArray(f.hashed) || f.hashed.some((w) => typeof w !== 'number')) return '"hashed" must be a list of numbers';
  if (typeof f.named !== 'object' || f.named === null) return '"named" must map feature names to weights';
  if (o.vectors && (!Array.isArray(f.vectors) || f.vectors.length !== VECTOR_DIMS || f.vectors.some((w) => typeof w !== 'number')))
    return `"vectors" must be a list of ${VECTOR_DIMS} numbers when options.vectors is set`;
  return null;
}

/**
 * Read and check a model file; throws, naming the fit command, when its features are not the code's.
 * @param file the path, for messages
 */
export function readSubjectivityFile(json: unknown, file: string = SUBJECTIVITY_FILE): SubjectivityModel {
  const f = json as SubjectivityFile;
  const fail = (problem: string): Error => modelMismatch(file, problem, SUBJECTIVITY_FIT_COMMAND);
  if (typeof f !== 'object' || f === null) throw fail('not a JSON object');
  if (f.version !== SUBJECTIVITY_FILE_VERSION) throw fail(`file version ${f.version}, the code reads version ${SUBJECTIVITY_FILE_VERSION}`);
  const shape = shapeProblem(f);
  if (shape) throw fail(shape);
  const buckets = 1 << f.options.bits;
  if (f.hashed.length !== buckets) throw fail(`${f.hashed.length} hashed weights for ${buckets} buckets (bits ${f.options.bits})`);
  const names = Object.keys(f.named);
  const missing = DENSE_FEATURES.filter((n) => !(n in f.named));
  const unknown = names.filter((n) => !DENSE_FEATURES.includes(n));
  if (missing.length || unknown.length) {
    const at = firstDifference([...names].sort(), [...DENSE_FEATURES].sort());
    throw fail(`features differ from the code's DENSE_FEATURES (missing: ${missing.join(', ') || 'none'}; unknown: ${unknown.join(', ') || 'none'}; first at ${at})`);
  }
  const vectors = f.options.vectors ? f.vectors! : [];
  return { options: f.options, threshold: f.threshold, bias: f.bias, weights: [...f.hashed, ...DENSE_FEATURES.map((n) => f.named[n]!), ...vectors] };
}

let shipped: SubjectivityModel | null = null;

/** The shipped subjectivity model (fitted on CheckThat! 2023 train), read and checked on first use. */
export function shippedSubjectivity(): SubjectivityModel {
  shipped ??= readSubjectivityFile(modelFile);
  return shipped;
}
