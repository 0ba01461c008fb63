// The ROUGE scorer used by the brief eval, on hand-made strings with known answers.
import { describe, expect, it } from 'vitest';
import { rougeL, rougeN, truncateWords } from '../eval/rouge.js';

describe('ROUGE', () => {
  it('scores identical texts 1 and disjoint texts 0', () => {
    expect(rougeN('the dam broke', 'the dam broke', 1)).toBe(1);
    expect(rougeN('the dam broke', 'rain fell hard', 1)).toBe(0);
    expect(rougeL('', 'anything')).toBe(0);
  });

  it('counts clipped n-gram overlap', () => {
    // prediction bigrams: "the dam", "dam broke"; gold: "the dam", "dam held" -> 1 shared of 2 and 2: F1 0.5
    expect(rougeN('the dam broke', 'the dam held', 2)).toBeCloseTo(0.5);
    // repeated words count at most as often as in the gold
    expect(rougeN('dam dam dam', 'dam', 1)).toBeCloseTo(0.5);
  });

  it('uses the longest common subsequence for ROUGE-L', () => {
    // LCS of "a b c d" and "a c d e" is "a c d" (3): P 3/4, R 3/4
    expect(rougeL('a b c d', 'a c d e')).toBeCloseTo(0.75);
  });

  it('truncates to a word budget by whole sentences', () => {
    expect(truncateWords(['One two three.', 'Four five.', 'Six.'], 5)).toBe('One two three. Four five.');
    expect(truncateWords(['One two three four five six.'], 3)).toBe('One two three');
  });
});
