// The per-article work limits: the pieces wink-nlp reads and the article size budget (issue #11).
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/core/types.js';
import { paragraphSpans } from '../src/core/article.js';
import { readPieces } from '../src/nlp/pieces.js';
import { MAX_RUN_CHARS, MAX_SENTENCE_CHARS } from '../src/nlp/index.js';
import { budgetArticle } from '../src/nlp/index.js';

/** The pieces cover the span exactly, in order, none over the limits. */
function expectTiling(text: string, start: number, end: number): void {
  const pieces = readPieces(text, { start, end });
  expect(pieces[0]?.start).toBe(start);
  expect(pieces[pieces.length - 1]?.end).toBe(end);
  pieces.forEach((p, i) => {
    if (i > 0) expect(p.start).toBe(pieces[i - 1]!.end);
    expect(p.end - p.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(p.end - p.start).toBeGreaterThan(0);
  });
  const longestRun = Math.max(...pieces.map((p) => Math.max(0, ...text.slice(p.start, p.end).split(/\s+/).map((w) => w.length))));
  expect(longestRun).toBeLessThanOrEqual(MAX_RUN_CHARS);
}

describe('readPieces', () => {
  it('keeps a paragraph within the limits whole', () => {
    expect(readPieces('Officials met on Tuesday. They agreed.', { start: 0, end: 38 })).toEqual([{ start: 0, end: 38 }]);
  });
  it('cuts a long paragraph after a sentence end', () => {
    const sentence = 'The council met again on Tuesday to weigh the budget. ';
    const text = sentence.repeat(60);
    const pieces = readPieces(text, { start: 0, end: text.length });
    expect(pieces.length).toBeGreaterThan(1);
    expect(text.slice(0, pieces[0]!.end).endsWith('budget. ')).toBe(true);
    expectTiling(text, 0, text.length);
  });
  it('cuts at a space when there is no sentence end, and a run without spaces into runs of MAX_RUN_CHARS', () => {
    const words = 'zorb quax flimmet '.repeat(500);
    expectTiling(words, 0, words.length);
    const junk = `lead ${'ab12$%-'.repeat(300)} tail`;
    expectTiling(junk, 0, junk.length);
    expect(readPieces(junk, { start: 0, end: junk.length })[0]).toEqual({ start: 0, end: 5 });
  });
});

describe('budgetArticle', () => {
  const article = (text: string): Article => ({
    id: 'a1', source: 'x.txt', title: null, outlet: null, byline: null, published: null, text, paragraphs: paragraphSpans(text),
    removed: [], syndication: null,
  });
  it('leaves an article within the budget as it is', () => {
    const a = article('Short.\n\nText.');
    expect(budgetArticle(a, 100)).toEqual({ article: a, diagnostic: null });
  });
  it('cuts a longer one after its last paragraph that fits, clips its paragraphs and says so', () => {
    const a = article(`${'First paragraph here. '.repeat(3)}\n\n${'Second one. '.repeat(3)}\n\n${'Third. '.repeat(20)}`);
    const { article: cut, diagnostic } = budgetArticle(a, 120);
    expect(cut.text).toBe(a.text.slice(0, a.paragraphs[1]!.end));
    expect(cut.paragraphs).toEqual(a.paragraphs.slice(0, 2));
    expect(diagnostic).toMatchObject({ source: 'x.txt', rule: 'article-cut', severity: 'warning', where: { start: cut.text.length, end: a.text.length } });
  });
  it('cuts one long paragraph at a space', () => {
    const a = article('word '.repeat(100));
    const { article: cut } = budgetArticle(a, 52);
    expect(cut.text).toBe('word '.repeat(10).trimEnd());
    expect(cut.paragraphs).toEqual([{ start: 0, end: cut.text.length }]);
  });
});
