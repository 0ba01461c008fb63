import { describe, expect, it } from 'vitest';
import { avalanche, bucket, fnv1a } from '../src/core/util/hash.js';
import { UnionFind } from '../src/core/util/union-find.js';
import { alternation, CaselessPatterns, escapeRegExp, execAll } from '../src/core/util/regex.js';
import { charCodes, charEditRatio, codesEditDistance, editDistance, idsEditDistance, lcsLength } from '../src/core/util/distance.js';
import { rng } from '../src/core/util/random.js';
import boilerplateData from '../src/readable/data/boilerplate.json' with { type: 'json' };

describe('core/util', () => {
  it('fnv1a matches the published FNV-1a 32-bit vectors', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
    expect(bucket('foobar', 1000)).toBe(0xbf9cf968 % 1000);
  });
  it('avalanche is murmur3 fmix32 (reference values), unsigned', () => {
    expect(avalanche(0)).toBe(0);
    expect(avalanche(1)).toBe(0x514e28b7);
    expect(avalanche(-1)).toBe(avalanche(0xffffffff));
    expect(avalanche(0xffffffff)).toBeGreaterThanOrEqual(0);
  });
  it('union-find groups transitively and keeps singletons', () => {
    const uf = new UnionFind(5);
    uf.union(0, 2);
    uf.union(2, 4);
    expect(uf.groups()).toEqual([[0, 2, 4], [1], [3]]);
    expect(uf.find(0)).toBe(uf.find(4));
  });
  it('escapes and builds alternations longest first', () => {
    expect(new RegExp(escapeRegExp('U.S. (a)')).test('U.S. (a)')).toBe(true);
    expect(new RegExp(escapeRegExp('U.S.')).test('UXSX')).toBe(false);
    expect(alternation(['according', 'according to'])).toBe('according\\s+to|according');
  });
  it('measures edit distance and LCS', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance([], ['a'])).toBe(1);
    expect(charEditRatio('', '')).toBe(1);
    expect(charEditRatio('abcd', 'abce')).toBe(0.75);
    expect(lcsLength(['a', 'b', 'c', 'd'], ['a', 'c', 'd', 'x'])).toBe(3);
  });
  it('bit-parallel edit distance equals the dynamic programme, across 32-symbol blocks', () => {
    const dp = (a: ArrayLike<string>, b: ArrayLike<string>): number => {
      let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
      for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), prev[j]! + 1, cur[j - 1]! + 1);
        prev = cur;
      }
      return prev[b.length]!;
    };
    const rnd = rng(7);
    const pick = (alpha: string, n: number): string => Array.from({ length: n }, () => alpha[Math.floor(rnd() * alpha.length)]).join('');
    for (let t = 0; t < 300; t++) {
      const alpha = ['ab', 'abcdefgh', 'aé😀 ', 'abcdefghijklmnopqrstuvwxyz '][t % 4]!;
      const a = pick(alpha, Math.floor(rnd() * [5, 40, 70, 140][t % 4]!));
      const b = rnd() < 0.5 ? pick(alpha, Math.floor(rnd() * 100)) : a.slice(0, Math.floor(rnd() * a.length)) + pick(alpha, 3) + a.slice(Math.floor(rnd() * a.length));
      expect(editDistance(a, b)).toBe(dp(a, b));
      expect(editDistance(a.split(' '), b.split(' '))).toBe(dp(a.split(' '), b.split(' ')));
      expect(codesEditDistance(charCodes(a), charCodes(b))).toBe(dp(a, b));
      // Symbol ids from a table shared beyond the pair (ids need not start at 0 nor be dense).
      const ids = new Map<string, number>([['never used', 0]]);
      const idsOf = (s: string): Int32Array => Int32Array.from(s.split(''), (ch) => ids.get(ch) ?? (ids.set(ch, ids.size * 3), ids.size * 3 - 3));
      const [ia, ib] = [idsOf(a), idsOf(b)];
      expect(idsEditDistance(ia, ib, ids.size * 3)).toBe(dp(a, b));
    }
  });
});

describe('checkedList', () => {
  it('rejects duplicates and empty entries, naming the file', async () => {
    const { checkedList } = await import('../src/core/util/lists.js');
    expect(checkedList('x.json#a', ['say', 'tell'])).toEqual(['say', 'tell']);
    expect(() => checkedList('x.json#a', ['say', 'Say'])).toThrow(/x\.json#a: "Say" is listed twice/);
    expect(() => checkedList('x.json#a', ['say', ' '])).toThrow(/empty entry/);
  });
});

describe('execAll', () => {
  const same = (re: RegExp, text: string): void => {
    const want = [...text.matchAll(re)].map((m) => [m.index, m[0], { ...m.groups }]);
    expect(execAll(re, text).map((m) => [m.index, m[0], { ...m.groups }])).toEqual(want);
    expect(re.lastIndex).toBe(0);
  };
  it('finds what matchAll finds, empty matches and surrogate pairs included, and leaves lastIndex at 0', () => {
    same(/\d+/g, 'a1b22c333');
    same(/(?<w>\p{L}+)/gu, 'Grüße 😀 aus Köln');
    same(/x*/g, 'axxb');
    same(/(?:)/gu, 'a😀b');
    same(/(?<![\p{L}])(?:the\s+Kremlin|Moscow)(?![\p{L}])/gu, 'Moscow said; the Kremlin denied; Moscowite.');
  });
  it('refuses a pattern without the g flag', () => {
    expect(() => execAll(/a/, 'a')).toThrow(/flag g/);
  });
});

describe('CaselessPatterns', () => {
  const sources = [
    ...boilerplateData.groups.flatMap((g) => g.patterns),
    '^(\\w+) and \\1$',
    '^stra(ss|ß)e$',
    '^[a-z]+$',
    '\\bkelvin\\b',
    '^.$',
    '^\\W+$',
  ];
  const texts = [
    'Share this', 'SHARE THIS ARTICLE', 'Comments (3)', 'Photo: Getty Images', '© 2025 Estmark Radio. All rights reserved.',
    'He said ‘no’ — twice…', 'Café and CAFÉ', 'STRASSE', 'straße', 'ſhare this', 'KELVIN', '\u212Aelvin',
    'µ and Μ', 'Σίσυφος', '😀', '😀 👍', 'ÿ', 'Ÿ', 'x', 'Read more', 'read more »', 'Follow us on Twitter',
  ];
  it('finds what the patterns under iu find, on texts of every kind', () => {
    const set = new CaselessPatterns(sources);
    const plain = sources.map((s) => new RegExp(s, 'iu'));
    for (const text of texts) expect(set.find(text), text).toBe(plain.findIndex((re) => re.test(text)));
    for (const source of sources) {
      const one = new CaselessPatterns([source]);
      for (const text of texts) expect(one.find(text) === 0, `${source} on ${text}`).toBe(new RegExp(source, 'iu').test(text));
    }
  });
});
