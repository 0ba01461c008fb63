// Slant: the sentence-level API, quoted regions and features; the golden articles are in test/cases/slant/ (test/cases.test.ts).
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/core/types.js';
import { buildDoc } from '../src/nlp/doc.js';
import { isOpinionSentence, measureSlant, sentenceSubjectivity } from '../src/slant/index.js';
import { quotedRegions } from '../src/slant/text.js';
import { DENSE_FEATURES, featurize } from '../src/slant/features.js';
import { articleFromText } from '../src/core/article.js';

const articleOf = (id: string, text: string): Article => articleFromText(id, text, { source: `${id}/article.txt` });

describe('sentence-level API', () => {
  it('scores judgement above report', () => {
    expect(sentenceSubjectivity('Of course he is not fit to lead us.')).toBeGreaterThan(0.5);
    expect(sentenceSubjectivity('The bill passed 52-48 on Tuesday, officials said.')).toBeLessThan(0.5);
    // An empty sentence has nothing subjective in it (it was `>= 0`, true of any probability).
    expect(sentenceSubjectivity('')).toBeLessThan(0.5);
  });
  it('tells opinion sentences', () => {
    expect(isOpinionSentence('We must demand an independent inquiry, and we must demand it now.')).toBe(true);
    expect(isOpinionSentence('Inspectors will take water samples on Wednesday, the agency said.')).toBe(false);
  });
  it('does not read opinion into a quoted verdict', () => {
    expect(isOpinionSentence('"Of course he is not fit to lead," the senator said on Monday.')).toBe(false);
  });
  it("flags each sentence's opinion once, with the article's quotations", () => {
    const text =
      'Crews cleared the road by noon on Friday. Of course the council should have acted sooner. ' +
      '“The river rose in an hour. We must rebuild the wall before winter,” the mayor said.';
    const a = articleOf('op', text);
    const got = measureSlant(a, buildDoc(a.text, a.paragraphs));
    const flags = got.sentences.map((s) => [a.text.slice(s.start, s.end).split(' ').slice(0, 2).join(' '), s.opinion]);
    // The mayor's "we must" is the speaker's even in the quote's second sentence, which read alone shows no opening mark:
    // only the writer's own "of course … should" makes an opinion sentence.
    expect(flags).toEqual([
      ['Crews cleared', false],
      ['Of course', true],
      ['“The river', false],
      ['We must', false],
    ]);
    expect(isOpinionSentence('We must rebuild the wall before winter,” the mayor said.')).toBe(true);
  });
  it("reads a question of the writer's own as commentary, a quoted one as the speaker's", () => {
    const text = 'The dam held on Friday. But who checked the gauges, and when? “Who checked the gauges?” the mayor asked.';
    const a = articleOf('q', text);
    const got = measureSlant(a, buildDoc(a.text, a.paragraphs));
    expect(got.sentences.map((s) => [a.text.slice(s.start, s.end).split(' ').slice(0, 2).join(' '), s.opinion])).toEqual([
      ['The dam', false],
      ['But who', true],
      ['“Who checked', false],
    ]);
  });
  it('an empty article has no sentences, no lead, and reads as reporting', () => {
    const got = measureSlant(articleOf('empty', ''), buildDoc(''));
    expect(got).toMatchObject({ subjectivity: 0, genre: 'reporting', sentences: [], loaded: [], hedges: [], lead: null });
  });
});

describe('quoted regions', () => {
  it('pairs curly and straight quotes and keeps apostrophes out', () => {
    const t = 'He said “no way” and ‘don’t go’ and "fine". It’s done.';
    expect(quotedRegions(t).map((q) => t.slice(q.start, q.end))).toEqual(['“no way”', '‘don’t go’', '"fine"']);
  });
  it('straight single quotes quote, apostrophes do not', () => {
    const t = "The minister promised to 'find out why this happened' at the dams' gate, didn't she?";
    expect(quotedRegions(t).map((q) => t.slice(q.start, q.end))).toEqual(["'find out why this happened'"]);
  });
  it('an unclosed quote runs to the end of its paragraph only', () => {
    const t = '“First paragraph of a long quote.\n\nAfter it.';
    expect(quotedRegions(t).map((q) => t.slice(q.start, q.end))).toEqual(['“First paragraph of a long quote.']);
  });
});

describe('subjectivity features', () => {
  const opts = { bits: 8, bigrams: false, stem: false, maskQuotes: true, pos: true, posNgrams: true };
  const dense = (sentence: string, name: string): number => {
    const f = featurize(sentence, opts);
    const at = f.idx.indexOf((1 << opts.bits) + DENSE_FEATURES.indexOf(name));
    return at < 0 ? 0 : f.val[at]!;
  };
  it('counts adjectives, comparatives and superlatives of the writer (doc-model tags)', () => {
    expect(dense('The plan is a terrible idea.', 'pos:ADJ')).toBeGreaterThan(0);
    expect(dense('This is a far better plan than the last one.', 'comparative')).toBeGreaterThan(0);
    expect(dense('It was the most reckless decision of the year.', 'superlative')).toBeGreaterThan(0);
    expect(dense('The council met on Tuesday.', 'comparative')).toBe(0);
  });
  it("reads the question feature as the article does (ownQuestion): the writer's own, before closing marks or brackets", () => {
    expect(dense('But who checked the gauges [and when?]', 'question')).toBe(1);
    expect(dense('But who checked the gauges?”', 'question')).toBe(1);
    expect(dense('The mayor asked: “Who checked the gauges?”', 'question')).toBe(0);
    expect(dense('The gauges were checked.', 'question')).toBe(0);
  });
  it('leaves quoted words out of the POS features when masking quotes', () => {
    expect(dense('He said: "terrible, awful, dreadful".', 'pos:ADJ')).toBe(0);
  });
  it('adds the mean word vector of the writer\'s own words after the named features, at unit length', () => {
    const o = { bits: 4, bigrams: false, stem: false, maskQuotes: true, vectors: true };
    const vec = (sentence: string): number[] => {
      const f = featurize(sentence, o);
      return f.val.filter((_, k) => f.idx[k]! >= (1 << o.bits) + DENSE_FEATURES.length);
    };
    expect(Math.hypot(...vec('The senator resigned on Friday.'))).toBeCloseTo(1, 5);
    expect(vec('The senator resigned on Friday.')).not.toEqual(vec('What a disgraceful, shameful display.'));
    // Quoted words are the speaker's: a sentence of nothing but a quotation has no vector of its own.
    expect(vec('"Disgraceful and shameful."')).toEqual([]);
  });
  it('binary word features count a repeated word once', () => {
    const words = { ...opts, pos: false, posNgrams: false };
    const hashed = (f: { idx: number[]; val: number[] }): number[] => f.val.filter((_, k) => f.idx[k]! < 1 << opts.bits);
    // Four counts of one word at unit length give 4 / sqrt(4) = 2; presence gives 1.
    expect(hashed(featurize('no no no no', words))).toEqual([2]);
    expect(hashed(featurize('no no no no', { ...words, binary: true }))).toEqual([1]);
  });
});
