// Matcher sanity: the shipped model ranks paraphrases over unrelated pairs, and negation lowers the score.
import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES, SUBS_BUCKETS, bucket, clauseCoverage, decodeSubs, matchClaims, matchEitherWay, matchProfiles, pairFeatures, profile, scoreKeys, shippedMatcher, substitutionKeys, substitutionScore } from '../src/align/index.js';
import { synsets } from '../src/nlp/wordnet.js';
import { encodeSparse as encodeSubs } from '../src/core/util/model-codec.js';

const MATCHER = shippedMatcher().model;

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

describe('matchEitherWay', () => {
  it('reads a pair scored in the other order, and scores a new pair as matchProfiles does', () => {
    const [a, b, c] = [profile('Talks ended on Friday.'), profile('The talks ended Friday.'), profile('Rain flooded the valley.')];
    const ba = matchProfiles(b, a).score;
    expect(matchEitherWay(a, b)).toBe(ba);
    expect(Math.abs(ba - matchProfiles(a, b).score)).toBeLessThan(1e-12);
    expect(matchEitherWay(a, c)).toBe(matchProfiles(a, c).score);
  });
});

describe('clauseCoverage', () => {
  it('finds a clause of a two-fact sentence that another sentence states whole', () => {
    const two = profile('The mayor signed the budget on Friday, a day after the council failed to pass the ferry levy');
    const one = profile('The council failed to pass the ferry levy on Thursday');
    const c = clauseCoverage(two, one, 3);
    expect(c?.share).toBeGreaterThan(0.7);
  });

  it('ignores clauses that share only names, and sentences of one clause', () => {
    const names = profile('Council Speaker Ana Ruiz (D-Harbour) was at a roundtable when reports surfaced');
    const other = profile('Trump canceled a trip after Council Speaker Ana Ruiz asked him to delay his address');
    expect(clauseCoverage(names, other, 3)).toBeNull();
    expect(clauseCoverage(profile('The council met'), profile('The council met on Friday'), 1)).toBeNull();
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

describe('WordNet synonym stage', () => {
  it('knows that say and tell share a sense, and that unknown words have none', () => {
    const say = synsets('say');
    expect([...synsets('tell')].some((id) => say.has(id))).toBe(true);
    expect([...synsets('bridge')].some((id) => say.has(id))).toBe(false);
    expect(synsets('zzqxv').size).toBe(0);
  });
  it('pairs unmatched words that share a sense, and only those', () => {
    const tables = { idf: new Float32Array(MATCHER.buckets).fill(1), kld: new Float32Array(MATCHER.buckets), subs: new Float32Array(0) };
    const at = FEATURE_NAMES.indexOf('syn_pairs');
    const syn = pairFeatures(profile('The firm bought the plant.'), profile('The firm purchased the plant.'), tables);
    const none = pairFeatures(profile('The firm bought the plant.'), profile('The firm closed the plant.'), tables);
    expect(syn[at]).toBe(1);
    expect(none[at]).toBe(0);
  });
});

describe('substitution table', () => {
  it('keys a pair the same way in either order', () => {
    const a = profile('The envoy told reporters the talks had stalled.');
    const b = profile('The envoy said the negotiations were stuck.');
    const sorted = (xs: number[]): number[] => [...xs].sort((x, y) => x - y);
    expect(sorted(substitutionKeys(a, b))).toEqual(sorted(substitutionKeys(b, a)));
    // 'told' and 'said' (and others) are each unmatched: one key each plus one per cross pair.
    expect(substitutionKeys(a, b).length).toBeGreaterThan(4);
  });
  it('hashes each key as its string: u|stem for a stem one side lacks, x|s|t (sorted) for each cross pair', () => {
    const a = profile('The envoy told reporters the talks had stalled.');
    const b = profile('The envoy said the negotiations were stuck.');
    const cont = (p: typeof a): string[] => [...new Set(p.stems.filter((_, i) => p.content[i]))];
    const [ca, cb] = [cont(a), cont(b)];
    const onlyA = ca.filter((s) => !cb.includes(s));
    const onlyB = cb.filter((s) => !ca.includes(s));
    const expected = [...onlyA, ...onlyB].map((s) => bucket(`u|${s}`, SUBS_BUCKETS));
    for (const s of onlyA) for (const t of onlyB) expected.push(bucket(s < t ? `x|${s}|${t}` : `x|${t}|${s}`, SUBS_BUCKETS));
    expect(substitutionKeys(a, b)).toEqual(expected);
  });
  it('survives its sparse encoding: the same keys, weights within one quantisation step, zeros stay zero', () => {
    const t = new Float32Array(SUBS_BUCKETS);
    t[0] = 0.3;
    t[5] = -0.1;
    t[200_000] = 0.05;
    t[SUBS_BUCKETS - 1] = -0.3;
    const back = decodeSubs(encodeSubs(t));
    expect(back.length).toBe(SUBS_BUCKETS);
    const step = 0.3 / 127;
    for (const k of [0, 5, 200_000, SUBS_BUCKETS - 1]) expect(Math.abs(back[k]! - t[k]!)).toBeLessThanOrEqual(step / 2 + 1e-7);
    let nonZero = 0;
    for (const v of back) if (v !== 0) nonZero++;
    expect(nonZero).toBe(4);
  });
  it('scores a pair as the sum of its keys\' weights in key order, to the last bit, in tables of any size', () => {
    const pairs: Array<[string, string]> = [
      ['The envoy told reporters the talks had stalled.', 'The envoy said the negotiations were stuck.'],
      ['Über-rich Zurich bankers met Ärzte in Ålesund on Monday.', 'Zurich bankers and doctors met in Oslo, officials said.'],
      ['The council voted.', 'The council voted.'],
    ];
    for (const size of [SUBS_BUCKETS, 1_000_003]) {
      const t = new Float32Array(size);
      for (let k = 0; k < size; k += 7) t[k] = ((k * 2654435761) % 1000) / 997 - 0.5;
      for (const [x, y] of pairs) {
        const [a, b] = [profile(x), profile(y)];
        expect(substitutionScore(a, b, t)).toBe(scoreKeys(t, substitutionKeys(a, b, size)));
      }
    }
  });
  it('ships with the model and is read back non-empty', () => {
    expect(MATCHER.subs?.buckets).toBe(SUBS_BUCKETS);
    expect(decodeSubs(MATCHER.subs).some((v) => v !== 0)).toBe(true);
  });
});

describe('profile spelling', () => {
  it('reads a hyphenated word that English also writes solid as the solid word, however the tokenizer cut it', () => {
    expect(profile('The mayor spoke at a fund-raiser in Harwick.').stems).toEqual(profile('The mayor spoke at a fundraiser in Harwick.').stems);
    expect(profile('The council will re-open the ferry.').stems).toEqual(profile('The council will reopen the ferry.').stems);
  });

  it('keeps a hyphenated word that is not written solid, and a dash between words', () => {
    expect(profile('A short-term plan was agreed.').words).toEqual(['a', 'short', 'term', 'plan', 'was', 'agreed']);
    expect(profile('The fund - raiser said so.').words).toEqual(['the', 'fund', 'raiser', 'said', 'so']);
  });
});

describe('British and American spellings', () => {
  it('reads a British spelling as the American one when that is a commoner word', async () => {
    const { usSpelling } = await import('../src/nlp/index.js');
    expect(['criticised', 'favouring', 'defence', 'centre', 'organisation', 'analyse'].map(usSpelling)).toEqual(['criticized', 'favoring', 'defense', 'center', 'organization', 'analyze']);
    // No such word, a word too short for the rule, or a doubled l that would read as another word.
    expect(['advertise', 'four', 'filled', 'detour'].map(usSpelling)).toEqual(['advertise', 'four', 'filled', 'detour']);
  });

  it('gives a profile one spelling for both', () => {
    expect(profile('The plan was criticised as favouring the mill.').stems).toEqual(profile('The plan was criticized as favoring the mill.').stems);
  });
});

describe('profile figures', () => {
  it('reads a written date as one day however it is written, never as an amount', () => {
    expect([...profile('The bill lets families of Sept. 11 victims sue.').numbers]).toEqual(['date:9-11']);
    expect([...profile('The bill lets 9/11 victims sue.').numbers]).toEqual(['date:9-11']);
    expect([...profile('The call on October 14, 2025 was leaked.').numbers]).toEqual(['date:10-14', '2025']);
    // A count stays an amount, and a lower-case "may" is no month.
    expect([...profile('The Senate voted 97-1, and officials may 5 times recount.').numbers].sort()).toEqual(['1', '5', '97']);
  });
});
