// Sorted numeric bags (align/matcher/bag.ts): the same counts and cosine as bags kept in maps.
import { describe, expect, it } from 'vitest';
import { bagCosine, bagOf, squaredNorm } from '../src/align/matcher/bag.js';
import { profile } from '../src/align/index.js';

/** Character trigram counts as the matcher kept them before: a map from each three-character string. */
function trigramMap(words: string[]): Map<string, number> {
  const flat = ` ${words.join(' ')} `;
  const tri = new Map<string, number>();
  for (let i = 0; i + 3 <= flat.length; i++) tri.set(flat.slice(i, i + 3), (tri.get(flat.slice(i, i + 3)) ?? 0) + 1);
  return tri;
}

function mapCosine(a: Map<string, number>, b: Map<string, number>): number {
  const norm = (m: Map<string, number>): number => [...m.values()].reduce((t, v) => t + v * v, 0);
  if (!norm(a) || !norm(b)) return 0;
  let dot = 0;
  for (const [k, v] of a) dot += v * (b.get(k) ?? 0);
  return dot / Math.sqrt(norm(a) * norm(b));
}

describe('sorted bags', () => {
  it('count each distinct code once, ascending', () => {
    expect(bagOf(Float64Array.of(7, 3, 7, 2 ** 47 + 1, 3, 7))).toEqual({ keys: Float64Array.of(3, 7, 2 ** 47 + 1), counts: Int32Array.of(2, 3, 1) });
    expect(bagOf(new Float64Array(0))).toEqual({ keys: new Float64Array(0), counts: new Int32Array(0) });
    expect(squaredNorm(bagOf(Float64Array.of(1, 1, 2)))).toBe(5);
  });
  it('give the cosine of the same bags kept in maps, to the last bit', () => {
    const texts = ['The envoy told reporters the talks had stalled.', 'The envoy said the talks were stuck, 😀 Ärzte said.', 'talks talks talks', ''];
    for (const x of texts)
      for (const y of texts) {
        const [a, b] = [profile(x), profile(y)];
        expect(bagCosine(a.tri, b.tri, squaredNorm(a.tri), squaredNorm(b.tri))).toBe(mapCosine(trigramMap(a.words), trigramMap(b.words)));
      }
  });
});
