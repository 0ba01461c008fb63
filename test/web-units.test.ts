// The page's pure helpers, without a browser: word diffs of quotes, span segmentation, outlet names, timeline dates.
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/core/types.js';
import { wordDiff } from '../web/src/worddiff.js';
import { segment } from '../web/src/segments.js';
import { nameFromFile, outletNames } from '../web/src/outlets.js';
import { timelineDate } from '../web/src/dates.js';

describe('wordDiff', () => {
  it('marks a changed word as left out then added, ignoring case and punctuation', () => {
    const ops = wordDiff('We will rebuild every house that was lost,', 'we will rebuild every home that was lost');
    expect(ops.filter((o) => o.op !== 'same')).toEqual([
      { op: 'removed', word: 'house' },
      { op: 'added', word: 'home' },
    ]);
    expect(
      ops
        .filter((o) => o.op === 'same')
        .map((o) => o.word)
        .join(' '),
    ).toBe('we will rebuild every that was lost');
  });
  it('a fragment leaves out the words around it', () => {
    const ops = wordDiff('look at every report we received, and if we got something wrong', 'look at every report');
    expect(ops.filter((o) => o.op === 'removed').length).toBe(8);
    expect(ops.some((o) => o.op === 'added')).toBe(false);
  });
});

describe('segment', () => {
  it('cuts at every boundary and lists the spans covering each piece', () => {
    const parts = segment(
      10,
      [
        { start: 2, end: 6, key: 'a' },
        { start: 4, end: 8, key: 'b' },
      ],
      [5],
    );
    expect(parts).toEqual([
      { start: 0, end: 2, keys: [] },
      { start: 2, end: 4, keys: ['a'] },
      { start: 4, end: 5, keys: ['a', 'b'] },
      { start: 5, end: 6, keys: ['a', 'b'] },
      { start: 6, end: 8, keys: ['b'] },
      { start: 8, end: 10, keys: [] },
    ]);
  });
  it('clamps spans that run past the text', () => {
    expect(segment(4, [{ start: 2, end: 99, key: 'a' }]).at(-1)).toEqual({ start: 2, end: 4, keys: ['a'] });
  });
});

describe('outlet names', () => {
  const article = (id: string, fields: Partial<Article>): Article => ({
    id,
    source: `${id}.txt`,
    title: null,
    outlet: null,
    byline: null,
    published: null,
    text: '',
    paragraphs: [],
    removed: [],
    syndication: null,
    ...fields,
  });
  it('prefers the outlet field, then the domain, then a cleaned file name, then says it is unknown', () => {
    const names = outletNames([
      article('a1', { outlet: 'The Ledger' }),
      article('a2', { url: 'https://www.example-news.com/x' }),
      article('a3', { source: 'corpus/northline-news.txt' }),
      article('a4', { source: 'witkoff-leak/000_97bf225bc851cb26.txt' }),
      article('a5', { outlet: 'The Ledger' }),
      article('a6', { url: 'javascript:alert(1)', source: 'javascript:alert(1)' }),
    ]);
    expect([...names.values()]).toEqual([
      'The Ledger',
      'example-news.com',
      'Northline News',
      'Unknown outlet (a4)',
      'The Ledger (2)',
      'Javascript:alert(1)',
    ]);
  });
  it('drops numbering and hashes from file names', () => {
    expect(nameFromFile('007_3fa9c2d1e0b4a5f6.the-herald.html')).toBe('The Herald');
    expect(nameFromFile('B-new-york-times.md')).toBe('B New York Times');
  });
});

describe('timelineDate', () => {
  it('reads days, months, years and ISO weeks as UTC days', () => {
    expect(timelineDate('2026-03-10')?.toISOString()).toBe('2026-03-10T00:00:00.000Z');
    expect(timelineDate('2025-10')?.toISOString()).toBe('2025-10-01T00:00:00.000Z');
    expect(timelineDate('2026')?.toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(timelineDate('2026-W11')?.toISOString()).toBe('2026-03-09T00:00:00.000Z');
    expect(timelineDate('next week')).toBeNull();
  });
});
