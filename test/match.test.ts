// Matcher sanity: the shipped model ranks paraphrases over unrelated pairs, and negation lowers the score.
import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES, bucket, matchClaims, pairFeatures, profile } from '../src/align/match.js';
import { MATCHER } from '../src/align/model/matcher.js';

describe('matchClaims', () => {
  const para = matchClaims('The bridge collapsed on Tuesday evening after heavy rain.', 'After heavy rain, the bridge collapsed on Tuesday evening.');
  const unrelated = matchClaims('The bridge collapsed on Tuesday evening after heavy rain.', 'Shares in mortgage lenders fell in afternoon trading.');
  it('scores a paraphrase above an unrelated pair, and only the paraphrase is the same', () => {
    expect(para.score).toBeGreaterThan(unrelated.score);
    expect(para.same).toBe(true);
    expect(unrelated.same).toBe(false);
  });
  it('lowers the score when one side is negated', () => {
    const plain = matchClaims('The minister resigned on Friday.', 'On Friday the minister resigned.');
    const negated = matchClaims('The minister resigned on Friday.', 'The minister did not resign on Friday.');
    expect(negated.score).toBeLessThan(plain.score);
  });
  it('is symmetric', () => {
    const a = 'Officials said 28 people died in the flood.';
    const b = 'The flood killed 28 people, officials said.';
    expect(matchClaims(a, b).score).toBeCloseTo(matchClaims(b, a).score, 6);
  });
  it('returns scores in [0, 1]', () => {
    for (const s of [para.score, unrelated.score]) {
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
    }
  });
});

describe('shipped model', () => {
  it('matches the feature list of the code', () => {
    expect(MATCHER.features).toEqual([...FEATURE_NAMES]);
    const x = pairFeatures(profile('A cat sat.'), profile('A dog sat.'), {
      idf: new Float32Array(MATCHER.buckets),
      kld: new Float32Array(MATCHER.buckets),
      subs: new Float32Array(0),
    });
    expect(x).toHaveLength(FEATURE_NAMES.length);
    expect(x.every(Number.isFinite)).toBe(true);
  });
  it('hashes words into its buckets', () => {
    const b = bucket('bridge', MATCHER.buckets);
    expect(b).toBeGreaterThanOrEqual(0);
    expect(b).toBeLessThan(MATCHER.buckets);
  });
});
