// Shipped models are data: the loaders check them against the code, and the pipeline takes its models from one place.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES, MATCHER_FILES, loadMatcher, matcherFiles, readMatcherFiles, shippedMatcher } from '../src/align/index.js';
import { SUBJECTIVITY_FILE, readSubjectivityFile, shippedSubjectivity, subjectivityFile } from '../src/slant/index.js';
import { DENSE_FEATURES } from '../src/slant/features.js';
import { formatModelJson } from '../src/core/util/model-codec.js';
import { analyzeDocuments } from '../src/pipeline/analyze.js';

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8'));

describe('matcher model files', () => {
  const card = read(MATCHER_FILES.card) as Record<string, unknown> & { features: string[] };
  const tables = read(MATCHER_FILES.tables) as Record<string, unknown>;
  it('are written back byte for byte by the codec the fit script uses', () => {
    const files = matcherFiles(readMatcherFiles(card, tables));
    expect(files.card).toBe(readFileSync(new URL(`../${MATCHER_FILES.card}`, import.meta.url), 'utf8'));
    expect(files.tables).toBe(readFileSync(new URL(`../${MATCHER_FILES.tables}`, import.meta.url), 'utf8'));
  });
  it('name the features of the code, in order', () => {
    expect(card.features).toEqual([...FEATURE_NAMES]);
    expect(shippedMatcher().model.linear?.weights.length).toBe(FEATURE_NAMES.length);
  });
  it('refuse a model whose features differ from the code, naming the fit command', () => {
    const swapped = { ...card, features: [card.features[1], card.features[0], ...card.features.slice(2)] };
    expect(() => readMatcherFiles(swapped, tables)).toThrow(/feature 0 is "uni_max".*npx tsx scripts\/fit-matcher\.ts/);
  });
  it('refuse tables of the wrong size and an unknown version', () => {
    const short = { ...tables, idf: Buffer.alloc(100).toString('base64') };
    expect(() => readMatcherFiles(card, short)).toThrow(/table idf holds 100 entries.*fit-matcher/);
    expect(() => readMatcherFiles({ ...card, version: 1 }, tables)).toThrow(/file version 1/);
  });
});

describe('subjectivity model file', () => {
  const file = read(SUBJECTIVITY_FILE) as { named: Record<string, number> };
  it('is written back byte for byte and keys every named feature by name', () => {
    expect(subjectivityFile(readSubjectivityFile(file))).toBe(readFileSync(new URL(`../${SUBJECTIVITY_FILE}`, import.meta.url), 'utf8'));
    expect(Object.keys(file.named).sort()).toEqual([...DENSE_FEATURES].sort());
  });
  it('refuses a file that lacks a feature the code has (a category added to a word list), naming the fit command', () => {
    const { 'cue:hedge': _dropped, ...named } = file.named;
    expect(() => readSubjectivityFile({ ...file, named })).toThrow(/missing: cue:hedge.*npx tsx scripts\/fit-subjectivity\.ts/);
  });
  it('refuses a model that reads word vectors without their weights', () => {
    const withVectors = file as typeof file & { options: { vectors?: boolean }; vectors?: number[] };
    expect(withVectors.options.vectors).toBe(true);
    expect(() => readSubjectivityFile({ ...withVectors, vectors: withVectors.vectors!.slice(1) })).toThrow(/"vectors" must be a list of 100 numbers/);
  });
  it('reads weights by name, not by position', () => {
    const reordered = { ...file, named: Object.fromEntries(Object.entries(file.named).reverse()) };
    expect(readSubjectivityFile(reordered).weights).toEqual(shippedSubjectivity().weights);
  });
});

describe('formatModelJson', () => {
  it('keeps small records on one line and long lists one value per line', () => {
    expect(formatModelJson({ a: { x: 1, y: 2 }, b: [1, 2, 3, 4, 5, 6, 7, 8, 9] })).toBe(
      '{\n  "a": {"x": 1, "y": 2},\n  "b": [\n    1,\n    2,\n    3,\n    4,\n    5,\n    6,\n    7,\n    8,\n    9\n  ]\n}',
    );
  });
});

describe('models in the pipeline', () => {
  const raws = [{ source: 'a.txt', bytes: new TextEncoder().encode('Talks ended\n\nThe talks ended on Friday in Geneva. Officials said they would resume next month.') }];
  it('come from AnalyzeOptions.models: a swapped subjectivity model changes the slant, no stage code involved', () => {
    const shipped = analyzeDocuments(raws, { now: '2026-01-01T00:00:00Z' });
    const always = { ...shippedSubjectivity(), bias: 50 };
    const swapped = analyzeDocuments(raws, { now: '2026-01-01T00:00:00Z', models: { subjectivity: always } });
    expect(shipped.slant[0]!.subjectivity).toBeLessThan(0.9);
    expect(swapped.slant[0]!.subjectivity).toBe(1);
  });
  it('default to the shipped ones', () => {
    const m = loadMatcher(shippedMatcher().model);
    const raws2 = [...raws, { source: 'b.txt', bytes: new TextEncoder().encode('Talks over\n\nThe talks ended Friday in Geneva.') }];
    const a = analyzeDocuments(raws2, { now: '2026-01-01T00:00:00Z' });
    const b = analyzeDocuments(raws2, { now: '2026-01-01T00:00:00Z', models: { matcher: m } });
    expect(b.claims).toEqual(a.claims);
  });
});
