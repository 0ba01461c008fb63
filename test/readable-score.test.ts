// The extraction scorer on tiny hand-made strings: shingles, per-page tp/fp/fn, and the benchmark's page averaging.
import { describe, expect, it } from 'vitest';
import { aggregate, scoreExtraction, scorePage, shingles, tokens } from '../src/readable/score.js';

describe('extraction scorer', () => {
  it('tokenises like Python \\w+ (Unicode letters, digits, underscore)', () => {
    expect(tokens('Ça va? 3,5 km — snake_case!')).toEqual(['Ça', 'va', '3', '5', 'km', 'snake_case']);
  });

  it('builds multiset 4-gram shingles, one shingle for short texts', () => {
    const s = shingles('a b c d a b c d');
    expect(s.get('a b c d')).toBe(2);
    expect(s.size).toBe(4);
    expect([...shingles('a b').keys()]).toEqual(['a b']);
    expect(shingles('').size).toBe(0);
  });

  it('normalises tp/fp/fn to sum 1', () => {
    // prediction has 2 shingles (a b c d, b c d e), gold 1 (a b c d)
    expect(scorePage('a b c d e', 'a b c d')).toEqual({ tp: 0.5, fp: 0.5, fn: 0 });
    expect(scorePage('a b c d', 'a b c d e')).toEqual({ tp: 0.5, fp: 0, fn: 0.5 });
    expect(scorePage('w x y z', 'a b c d')).toEqual({ tp: 0, fp: 0.5, fn: 0.5 });
  });

  it('averages precision and recall over pages, F1 of the averages', () => {
    const r = scoreExtraction([
      { prediction: 'a b c d e', gold: 'a b c d' }, // P 0.5, R 1
      { prediction: 'a b c d', gold: 'a b c d' }, // P 1, R 1
    ]);
    expect(r.precision).toBeCloseTo(0.75);
    expect(r.recall).toBeCloseTo(1);
    expect(r.f1).toBeCloseTo((2 * 0.75) / 1.75);
  });

  it('leaves an empty prediction out of precision but counts it 0 in recall (as the benchmark does)', () => {
    const r = aggregate([scorePage('', 'a b c d'), scorePage('a b c d', 'a b c d')]);
    expect(r.precision).toBe(1);
    expect(r.recall).toBe(0.5);
  });
});
