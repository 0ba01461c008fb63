// General news behind the clusterer's choice of an article's terms: frequency ranks, shares, the selection idf, and
// what it changes on a young stream.
import { describe, expect, it } from 'vitest';
import { Clusterer } from '../src/index.js';
import { frequencyRank, selectionIdf, wordShare } from '../src/cluster/background.js';

describe('general news shares', () => {
  it('ranks common words before rarer ones, falls back to the stem, and leaves out unlisted words', () => {
    expect(frequencyRank('police', 'police')).toBeLessThan(frequencyRank('earthquake', 'earthquake'));
    expect(frequencyRank('zzqeshmx', 'zzqeshmx')).toBe(-1);
    expect(frequencyRank('zzqeshmx', 'police')).toBe(frequencyRank('police', 'police'));
  });
  it('gives a share falling as 1 / rank, at most 1, and 0 for an unlisted word', () => {
    expect(wordShare(0, 50)).toBe(1);
    expect(wordShare(99, 50)).toBeCloseTo(0.5);
    expect(wordShare(999, 50)).toBeCloseTo(0.05);
    expect(wordShare(-1, 50)).toBe(0);
  });
  it("is the stream's idf with no news articles, and ranks a common word below a rare one seen as often", () => {
    const idf = (count: number, n: number, prior: number) => Math.log((n + prior + 1) / (count + 0.5));
    const [three, one] = selectionIdf([3, 1], [0.4, 0], 10, 20, 0);
    expect(three).toBeCloseTo(idf(3, 10, 20), 12);
    expect(one).toBeCloseTo(idf(1, 10, 20), 12);
    const [common, rare] = selectionIdf([2, 2], [0.4, 0.001], 10, 20, 10_000);
    expect(common!).toBeLessThan(1);
    expect(rare!).toBeGreaterThan(common! + 3);
  });
});

describe('terms kept on a young stream', () => {
  // Three common words said three times each and one rare name once: with three terms kept, the stream's own counts
  // (every word in one article) keep the common words; general news keeps the name.
  const first = { id: 'a', text: 'Police came to the town. Police asked the town for water. Police said town water was safe, water or not. Then Zarqesh.' };
  const second = { id: 'b', text: 'Zarqesh island. Zarqesh residents fled as Zarqesh shook.' };
  const story = (over: ConstructorParameters<typeof Clusterer>[0]) => {
    const c = new Clusterer({ termsPerArticle: 3, ...over });
    return [c.add(first).story, c.add(second).story];
  };
  it('keeps the rare name, so the next report of it joins', () => {
    expect(story({})).toEqual(['s1', 's1']);
  });
  it('keeps the common words without general news, and the next report starts a story', () => {
    expect(story({ selectionPrior: 0 })).toEqual(['s1', 's2']);
  });
});
