// The shipped matcher as data: a readable JSON card (features, weights, threshold, table sizes) and a JSON of encoded
// tables beside it, written by scripts/fit-matcher.ts and checked against the code when loaded.
import cardFile from '../model/matcher.json' with { type: 'json' };
import tablesFile from '../model/matcher.tables.json' with { type: 'json' };
import { TABLE_CODEC, decodeSparse, decodeTable, firstDifference, formatModelJson, modelMismatch, sparseKeys } from '../../core/util/model-codec.js';
import { FEATURE_NAMES } from './features.js';
import { SUBS_BUCKETS, type Matcher, type MatcherModel } from './model.js';
import { DEFAULT_BUCKETS } from './profile.js';

/** The command that refits the shipped matcher and rewrites its files. */
export const MATCHER_FIT_COMMAND = 'npx tsx scripts/fit-matcher.ts';
/** The files, relative to the repository root (the fit script writes them, errors name them). */
export const MATCHER_FILES = { card: 'src/align/model/matcher.json', tables: 'src/align/model/matcher.tables.json' } as const;
/** Layout version of the files; bump it when their shape changes. */
export const MATCHER_FILE_VERSION = 2;

type Term = { mean: number; std: number; weight: number };

/** The readable file: everything a review of a refit should see. */
interface MatcherCard {
  version: number;
  model: string;
  fit: string;
  features: string[];
  buckets: number;
  threshold: number;
  base: number;
  learningRate: number;
  /** The logistic layer, one term per feature by name (z = (x - mean) / std, clipped to ±clip). */
  linear?: { bias: number; clip: number; terms: Record<string, Term> };
  trees: MatcherModel['trees'];
  tables: {
    codec: string;
    file: string;
    idf: { size: number; scale: number };
    kld: { size: number; scale: number };
    subs?: { size: number; entries: number; scale: number };
  };
}

/** The encoded tables (see core/util/model-codec.ts). */
interface MatcherTables {
  codec: string;
  idf: string;
  kld: string;
  subs?: { keys: string; weights: string };
}

/** The two files' text for a fitted model. */
export function matcherFiles(m: MatcherModel): { card: string; tables: string } {
  const bytes = (b64: string): number => Buffer.from(b64, 'base64').length;
  const card: MatcherCard = {
    version: MATCHER_FILE_VERSION,
    model: 'claim matcher: logistic layer over pair features; see README.md beside this file, and NOTICE for the terms of these weights',
    fit: MATCHER_FIT_COMMAND,
    features: m.features,
    buckets: m.buckets,
    threshold: m.threshold,
    base: m.base,
    learningRate: m.learningRate,
    ...(m.linear ? { linear: { bias: m.linear.bias, clip: m.linear.clip, terms: termsOf(m.features, m.linear) } } : {}),
    trees: m.trees,
    tables: {
      codec: TABLE_CODEC,
      file: 'matcher.tables.json',
      idf: { size: bytes(m.idf), scale: m.idfScale },
      kld: { size: bytes(m.kld), scale: m.kldScale },
      ...(m.subs ? { subs: { size: m.subs.buckets, entries: bytes(m.subs.weights), scale: m.subs.scale } } : {}),
    },
  };
  const tables: MatcherTables = { codec: TABLE_CODEC, idf: m.idf, kld: m.kld, ...(m.subs ? { subs: { keys: m.subs.keys, weights: m.subs.weights } } : {}) };
  return { card: `${formatModelJson(card)}\n`, tables: `${formatModelJson(tables)}\n` };
}

function termsOf(features: string[], linear: NonNullable<MatcherModel['linear']>): Record<string, Term> {
  return Object.fromEntries(features.map((f, j) => [f, { mean: linear.mean[j]!, std: linear.std[j]!, weight: linear.weights[j]! }]));
}

/** Throw unless the card's names are the code's FEATURE_NAMES, in order. */
function checkFeatures(card: MatcherCard, fail: (problem: string) => Error): void {
  const at = firstDifference(card.features, FEATURE_NAMES);
  if (at >= 0) throw fail(`feature ${at} is "${card.features[at] ?? '(none)'}" but the code's FEATURE_NAMES has "${FEATURE_NAMES[at] ?? '(none)'}"`);
  const terms = card.linear ? Object.keys(card.linear.terms) : card.features;
  const t = firstDifference(terms, card.features);
  if (t >= 0) throw fail(`linear term ${t} is "${terms[t] ?? '(none)'}", feature ${t} is "${card.features[t] ?? '(none)'}"`);
}

/** Throw unless the encoded tables have the sizes the card declares and the code expects. */
function checkTables(card: MatcherCard, tables: MatcherTables, fail: (problem: string) => Error): void {
  if (card.tables.codec !== TABLE_CODEC || tables.codec !== TABLE_CODEC) throw fail(`table codec "${card.tables.codec}", expected "${TABLE_CODEC}"`);
  if (card.buckets !== DEFAULT_BUCKETS) throw fail(`${card.buckets} buckets, but profiles hash stems into ${DEFAULT_BUCKETS}`);
  for (const name of ['idf', 'kld'] as const) {
    const size = Buffer.from(tables[name], 'base64').length;
    if (size !== card.tables[name].size || size !== card.buckets) throw fail(`table ${name} holds ${size} entries, the card says ${card.tables[name].size} of ${card.buckets} buckets`);
  }
  const subs = card.tables.subs;
  if (!subs !== !tables.subs) throw fail('the card and the tables file disagree on whether there is a substitution table');
  if (!subs || !tables.subs) return;
  const keys = sparseKeys(tables.subs.keys);
  const weights = Buffer.from(tables.subs.weights, 'base64').length;
  if (subs.size !== SUBS_BUCKETS) throw fail(`substitution table of ${subs.size} buckets, the code hashes keys into ${SUBS_BUCKETS}`);
  if (keys.length !== subs.entries || weights !== subs.entries) throw fail(`substitution table holds ${keys.length} keys and ${weights} weights, the card says ${subs.entries}`);
  if ((keys[keys.length - 1] ?? 0) >= subs.size) throw fail(`substitution key ${keys[keys.length - 1]} is outside ${subs.size} buckets`);
}

/**
 * Read and check the two files into a model; throws, naming the fit command, when they do not fit the code.
 * @param file the card's path, for messages
 */
export function readMatcherFiles(cardJson: unknown, tablesJson: unknown, file: string = MATCHER_FILES.card): MatcherModel {
  const card = cardJson as MatcherCard;
  const tables = tablesJson as MatcherTables;
  const fail = (problem: string): Error => modelMismatch(file, problem, MATCHER_FIT_COMMAND);
  if (card.version !== MATCHER_FILE_VERSION) throw fail(`file version ${card.version}, the code reads version ${MATCHER_FILE_VERSION}`);
  checkFeatures(card, fail);
  checkTables(card, tables, fail);
  const terms = card.linear ? card.features.map((f) => card.linear!.terms[f]!) : [];
  const model: MatcherModel = {
    version: 1,
    features: card.features,
    buckets: card.buckets,
    idf: tables.idf,
    idfScale: card.tables.idf.scale,
    kld: tables.kld,
    kldScale: card.tables.kld.scale,
    trees: card.trees,
    base: card.base,
    learningRate: card.learningRate,
    threshold: card.threshold,
  };
  if (card.tables.subs && tables.subs) model.subs = { ...tables.subs, scale: card.tables.subs.scale, buckets: card.tables.subs.size };
  if (card.linear) model.linear = { mean: terms.map((t) => t.mean), std: terms.map((t) => t.std), weights: terms.map((t) => t.weight), bias: card.linear.bias, clip: card.linear.clip };
  return model;
}

/** Decode the sparse substitution table of a model into a dense one; empty when the model has none. */
export function decodeSubs(subs: MatcherModel['subs']): Float32Array {
  return subs ? decodeSparse(subs) : new Float32Array(0);
}

/** A model with its tables decoded, ready to score. */
export function loadMatcher(model: MatcherModel): Matcher {
  return { model, tables: { idf: decodeTable(model.idf, model.idfScale), kld: decodeTable(model.kld, model.kldScale), subs: decodeSubs(model.subs) } };
}

let shipped: Matcher | null = null;

/** The shipped matcher (fitted on MSRP train), read and checked on first use. */
export function shippedMatcher(): Matcher {
  shipped ??= loadMatcher(readMatcherFiles(cardFile, tablesFile));
  return shipped;
}
