import { describe, expect, it } from 'vitest';
import { findNumbers } from '../src/nlp/numbers.js';

const nums = (text: string) => findNumbers(text).map((n) => [n.text, n.value, n.unit ?? null]);

describe('findNumbers', () => {
  it('reads hyphenated and plain counts with what they count', () => {
    expect(nums('a 28-point plan, cut by 20 points')).toEqual([
      ['28-point', 28, 'point'],
      ['20 points', 20, 'point'],
    ]);
    expect(nums('a four-year term')).toEqual([['four-year', 4, 'year']]);
    expect(nums('3,000 troops')).toEqual([['3,000 troops', 3000, 'troop']]);
  });
  it('reads number words two to twenty and a dozen, but not a lone "one"', () => {
    expect(nums('two men and twenty women')).toEqual([
      ['two men', 2, 'men'],
      ['twenty women', 20, 'women'],
    ]);
    expect(nums('a dozen people')).toEqual([['a dozen people', 12, 'people']]);
    expect(nums('one of them')).toEqual([]);
  });
  it('reads fractions, money and percentages', () => {
    const third = findNumbers('one-third of the land')[0]!;
    expect([third.text, third.unit]).toEqual(['one-third', 'fraction']);
    expect(third.value).toBeCloseTo(1 / 3);
    expect(nums('$1.2bn and £5 million')).toEqual([
      ['$1.2bn', 1.2e9, 'USD'],
      ['£5 million', 5e6, 'GBP'],
    ]);
    expect(nums('45% and 3.5 percent')).toEqual([
      ['45%', 45, '%'],
      ['3.5 percent', 3.5, '%'],
    ]);
  });
  it('reads ages as years of age', () => {
    expect(nums('a 25-year-old man')).toEqual([['25-year-old', 25, 'year-old']]);
  });
  it('leaves years, clock times and calendar days to the date reader', () => {
    expect(nums('On October 14 at 3pm in 2024, at 10:30')).toEqual([]);
  });
  it('gives offsets into the text', () => {
    const text = 'Officials said 28 people died; others said 31 dead.';
    const found = findNumbers(text);
    expect(found.map((n) => n.text)).toEqual(['28 people', '31 dead']);
    for (const n of found) expect(text.slice(n.start, n.end)).toBe(n.text);
  });
});
