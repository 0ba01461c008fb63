// One document model: claims are profiled from their article's Doc, and wink reads each article's text about once.
import { afterAll, describe, expect, it } from 'vitest';
import { profile, profileSpan } from '../src/align/index.js';
import { buildDoc, StatelessWink } from '../src/nlp/index.js';
import { analyzeInputs } from '../src/pipeline/analyze.js';

describe('profileSpan', () => {
  const text = 'The dam gave way at 4 a.m. on Monday. Officials said 46 people were rescued, and nobody hadn’t been warned.';
  const doc = buildDoc(text);
  it('gives the profile of a sentence read alone, from the article Doc tokens', () => {
    const start = text.indexOf('Officials');
    const a = profile(text.slice(start));
    const b = profileSpan(doc, start, text.length);
    expect(b.words).toEqual(a.words);
    expect(b.stems).toEqual(a.stems);
    expect(b.lemmas).toEqual(a.lemmas);
    expect([...b.numbers]).toEqual([...a.numbers]);
    expect(b.negations).toBe(a.negations);
    expect([...b.verbs]).toEqual([...a.verbs]);
  });
  it('reads masked spans as their placeholder words, as if the masked text were read alone', () => {
    const start = text.indexOf('Officials');
    const at = text.indexOf('46');
    const masked = profileSpan(doc, start, text.length, undefined, [{ start: at, end: at + 2, with: 'some' }]);
    const alone = profile(`${text.slice(start, at)}some${text.slice(at + 2)}`);
    expect(masked.stems).toEqual(alone.stems);
    expect([...masked.numbers]).toEqual([]);
    expect(masked.text).toBe(alone.text);
  });
  it('counts a token cut by the span as its part inside the span', () => {
    const end = text.indexOf('a.m.') + 3;
    expect(profileSpan(doc, 0, end).words).toEqual(profile(text.slice(0, end)).words);
  });
});

describe('characters read by wink', () => {
  const original = StatelessWink.prototype.readDoc;
  let chars = 0;
  StatelessWink.prototype.readDoc = function (this: StatelessWink, t: string) {
    chars += t.length;
    return original.call(this, t);
  };
  afterAll(() => {
    StatelessWink.prototype.readDoc = original;
  });
  it('are the articles read once (3.5x before claims, restatements and masked conflict claims were profiled from the Doc)', async () => {
    const dossier = await analyzeInputs([new URL('../examples/corpus', import.meta.url).pathname], { now: '2026-12-01T00:00:00Z' });
    const text = dossier.articles.reduce((n, a) => n + a.text.length, 0);
    expect(text).toBeGreaterThan(0);
    expect(chars / text).toBeLessThan(1.05);
  });
});
