import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../src/core/util/package-root.js';
import { decodeVectors, encodeVectors, readVectors, rowCosine, VECTORS_FILE, wordSimilarity, wordVectors } from '../src/nlp/index.js';

describe('word-vector file', () => {
  it('round-trips words and unit vectors through signed bytes', () => {
    const vecs: Record<string, number[]> = { quit: [3, 4, 0], resign: [6, 8, 0.5], rain: [0, 0, -2] };
    const v = decodeVectors(encodeVectors(Object.keys(vecs), 3, (w) => vecs[w]!));
    expect(['quit', 'resign', 'rain', 'snow', 'qui'].map(v.rowOf)).toEqual([0, 1, 2, -1, -1]);
    expect(rowCosine(v, 0, 0)).toBeCloseTo(1, 1);
    expect(rowCosine(v, 0, 1)).toBeGreaterThan(0.99);
    expect(rowCosine(v, 0, 2)).toBeCloseTo(0, 1);
  });
  it('ranks words by their row without reading a vector', () => {
    const reads: number[] = [];
    const bytes = encodeVectors(['quit', 'resign', 'rain'], 3, () => [1, 0, 0]);
    const v = readVectors(bytes.length, (into, at) => {
      reads.push(at);
      into.set(bytes.subarray(at, at + into.length));
    });
    const before = reads.length;
    expect(['quit', 'resign', 'rain', 'snow'].map(v.rankOf)).toEqual([0, 1, 2, -1]);
    expect(reads.length).toBe(before);
    expect(v.rowOf('rain')).toBe(2);
    expect(reads.length).toBe(before + 1);
  });

  it('refuses a file of another kind or cut short', () => {
    expect(() => decodeVectors(Buffer.from('not vectors at all, not at all'))).toThrow(/not a triangulate word-vector file/);
    expect(() => encodeVectors(['naïve'], 2, () => [1, 0])).toThrow(/ASCII/);
    const bytes = encodeVectors(['a', 'b'], 2, () => [1, 0]);
    expect(() => decodeVectors(bytes.subarray(0, bytes.length - 1))).toThrow(/truncated/);
  });
});

describe('shipped word vectors (built on install)', () => {
  it('holds the news vocabulary as 100-dimensional rows', () => {
    const v = wordVectors();
    expect(v.dims).toBe(100);
    expect(v.count).toBeGreaterThan(50_000);
    for (const w of ['resign', 'envoy', 'shutdown', 'ceasefire']) expect(v.rowOf(w)).toBeGreaterThanOrEqual(0);
  });

  it('reads the rows it finds as the whole file holds them', () => {
    const v = wordVectors();
    const whole = decodeVectors(readFileSync(resolve(packageRoot(fileURLToPath(new URL('.', import.meta.url))), VECTORS_FILE)));
    for (const w of ['the', 'resign', 'envoy', 'ceasefire', 'zebra', 'quit']) {
      const row = v.rowOf(w);
      expect(row).toBe(whole.rowOf(w));
      expect([...v.data.subarray(row * v.dims, (row + 1) * v.dims)]).toEqual([...whole.data.subarray(row * v.dims, (row + 1) * v.dims)]);
    }
  });

  it('puts words of like meaning closer than unrelated ones, and knows no unknown word', () => {
    expect(wordSimilarity('resign', 'quit')).toBeGreaterThan(wordSimilarity('resign', 'banana') + 0.3);
    expect(wordSimilarity('Envoy', 'ambassador')).toBeGreaterThan(0.6);
    expect(wordSimilarity('zzqxv', 'quit')).toBe(0);
  });
});
