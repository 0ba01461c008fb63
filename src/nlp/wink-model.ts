// wink-eng-lite-web-model (1.8.1) as the engine reads it: its core lexicon parsed straight from the JSON file, its
// sentence and part-of-speech machines, and empty machines for the annotations the pipe never runs.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// The package's modules are required by literal name (scripts/bundle-cli.ts bundles such calls).
const req = createRequire(import.meta.url);

type Loader = () => unknown;
/** The model as wink-nlp takes it: one loader per annotation, the feature extractor and the add-ons. */
export interface WinkModel {
  core: Loader;
  sbd: Loader;
  pos: Loader;
  ner: Loader;
  negation: Loader;
  sa: Loader;
  metaCER: Loader;
  featureFn: unknown;
  addons: { stem: (word: string) => string; lemmatize: unknown; readabilityStats: unknown; wordVectors: undefined };
}

/** The core model's JSON fields this loader rewrites (see readCore). */
interface CoreJson {
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<
    string,
    { list: string[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number }
  >;
  pos: { hash: Record<string, number> };
}

/** Bytes of a base64 string in an ArrayBuffer of their own (a Uint32Array over it needs offset 0). */
function base64Words(text: string): Uint32Array {
  const bytes = Buffer.from(text, 'base64');
  const own = new Uint8Array(bytes.length);
  own.set(bytes);
  return new Uint32Array(own.buffer);
}

/** The index of each value of `list`, by value (what wink's `hash` of a feature holds). */
function indexOf(list: readonly string[]): Record<string, number> {
  const hash: Record<string, number> = Object.create(null) as Record<string, number>;
  list.forEach((value, k) => (hash[value] = k));
  return hash;
}

/** True when the entries of `list` after its first are in order of their lower case (wink's lexeme list). */
function sortedByLowerCase(list: readonly string[]): boolean {
  let previous = list[1]?.toLowerCase() ?? '';
  for (let k = 2; k < list.length; k += 1) {
    const current = list[k]!.toLowerCase();
    if (previous > current) return false;
    previous = current;
  }
  return true;
}

/** The first index in [1, end) whose entry's lower case is not below `key`. */
function lowerBound(list: readonly string[], end: number, key: string): number {
  let lo = 1;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.toLowerCase() < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The lexeme table's text -> index lookup as wink reads and extends it (`hash[word]`, `hash[word] = index`), without
 * hashing its ~88,000 words at load (~80 ms, a twentieth of a cold analysis): the model's words after the first are in
 * order of their lower case, so a word missing from the words wink adds is looked up in the list by halving. The same
 * index as the table of every word would give; a list out of that order (another model) gets that table.
 */
function lexemeIndex(list: readonly string[]): Record<string, number> {
  if (!sortedByLowerCase(list)) return indexOf(list);
  const end = list.length;
  const find = (word: string): number | undefined => {
    const key = word.toLowerCase();
    // The last of equal entries, as the table would hold.
    let found = word === list[0] ? 0 : undefined;
    for (let k = lowerBound(list, end, key); k < end && list[k]!.toLowerCase() === key; k += 1) if (list[k] === word) found = k;
    return found;
  };
  const added: Record<string, number> = Object.create(null) as Record<string, number>;
  return new Proxy(added, { get: (t, word) => (typeof word !== 'string' || word in t ? t[word as string] : find(word)) });
}

/**
 * A fresh core model from the file's text: what the package's `core` loader returns (read-core-model.js then
 * load-core-model.js), read with one JSON.parse instead of the package's require, JSON.stringify and JSON.parse.
 * test/wink-model.test.ts checks it against the package's own loader.
 */
function readCore(text: string): CoreJson {
  const model = JSON.parse(text) as CoreJson;
  const { packing, features, pos } = model;
  model.lexicon = base64Words(model.lexicon as string);
  model.xpansions = base64Words(model.xpansions as string);
  for (const f in packing.layout) if (packing.layout[f]![3] === 0) features[f]!.hash = indexOf(features[f]!.list);
  features['lexeme']!.hash = lexemeIndex(features['lexeme']!.list);
  const clusters = features['posClusters']!.list as unknown as Array<string | Set<number>>;
  for (let k = 0; k < clusters.length; k += 1)
    clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  packing.efList = [];
  for (const f in packing.layout) {
    const [, size, shift, hashed, extracted] = packing.layout[f]!;
    if (hashed === 0) {
      const feature = features[f]!;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = size! >>> shift!;
    }
    if (extracted === 1) packing.efList.push(f);
  }
  features['lexeme']!.intrinsicSize = features['lexeme']!.list.length;
  features['lexeme']!.index = features['lexeme']!.list.length;
  return model;
}

/** A machine that recognises nothing, in wink's automaton JSON (automaton.js emptyModelJSON). */
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);

/** The model's Porter stemmer (what `its.stem` applies), without loading the rest of the model. */
export const porterStemmer = (): ((word: string) => string) =>
  createRequire(import.meta.url)('wink-eng-lite-web-model/dist/porter-stemmer.js') as (word: string) => string;

/**
 * The model for an engine whose pipe runs sentence boundaries and part of speech only. wink-nlp loads every machine
 * when an engine is built, whatever the pipe: named entities, negation, sentiment and custom-entity machines are
 * ~600 KB of JSON parsed for nothing, so they are empty here (wink reads them only for annotations in the pipe; and the
 * package's custom-entity loader replaced its machines by their JSON text on every call, a string that doubled with
 * each engine built, issue #11). `core` reads a fresh lexicon on each call: an engine adds the words it learns to it.
 */
export function pipeModel(): WinkModel {
  // Read whole, then decoded: readFileSync(file, 'utf8') reads in 8 KiB pieces (Node 20), ~10 ms more for these 3 MB.
  const coreText = readFileSync(req.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json')).toString('utf8');
  const sbd = createRequire(import.meta.url)('wink-eng-lite-web-model/dist/load-sbd-model.js') as Loader;
  const pos = createRequire(import.meta.url)('wink-eng-lite-web-model/dist/load-pos-model.js') as Loader;
  const empty = (): { machines: string[]; transformers: unknown[]; setter: () => void } => ({
    machines: [EMPTY_MACHINE],
    transformers: [],
    setter: () => {},
  });
  return {
    core: () => readCore(coreText),
    sbd,
    pos,
    ner: () => ({ machines: [], transformers: [] }),
    negation: empty,
    sa: empty,
    metaCER: () => ({ machines: EMPTY_MACHINE, transformers: [null] }),
    featureFn: createRequire(import.meta.url)('wink-eng-lite-web-model/dist/feature.js'),
    addons: {
      stem: porterStemmer(),
      lemmatize: createRequire(import.meta.url)('wink-eng-lite-web-model/dist/lemmatize.js'),
      readabilityStats: createRequire(import.meta.url)('wink-eng-lite-web-model/dist/readability-stats.js'),
      wordVectors: undefined,
    },
  };
}

/** The package's own model (every loader), for checking pipeModel against it. */
export const packageModel = (): WinkModel => req('wink-eng-lite-web-model') as WinkModel;
