// Pair weights through an inverted index: for every pair of documents, the summed weight of the keys both hold (shared
// shingles in find.ts, shared content terms in rewrite.ts), so that pairs sharing nothing cost nothing.
import settings from './data/settings.json' with { type: 'json' };

/** Summed shared weight per pair of documents (i < j). */
export interface PairWeights {
  /** The weight pair (i, j), i < j; 0 when they share nothing. */
  get(i: number, j: number): number;
  /** Each pair with a weight above 0, as (i, j, weight), i < j. */
  forEach(fn: (i: number, j: number, weight: number) => void): void;
}

/**
 * For every pair of documents, the summed weight of the keys both hold: each key's documents listed once (an inverted
 * index), then each pair of that list credited. A dense table up to `denseLimit` documents, else a map.
 * @param keysOf each document's distinct keys
 * @param weight what sharing `key` adds to a pair, given how many documents hold it (0: the key is left out)
 * @example sharedWeights([['a', 'b'], ['b']], () => 1).get(0, 1) === 1
 */
export function sharedWeights<K>(keysOf: ReadonlyArray<Iterable<K>>, weight: (key: K, holders: number) => number): PairWeights {
  const n = keysOf.length;
  const postings = new Map<K, number[]>();
  keysOf.forEach((keys, d) => {
    for (const key of keys) {
      const list = postings.get(key);
      if (list) list.push(d);
      else postings.set(key, [d]);
    }
  });
  const grid = n <= settings.denseLimit ? new Float32Array(n * n) : null;
  const sparse = grid ? null : new Map<number, number>();
  for (const [key, list] of postings) {
    const w = list.length < 2 ? 0 : weight(key, list.length);
    if (!w) continue;
    for (let x = 0; x < list.length; x++) {
      const row = list[x]! * n;
      for (let y = x + 1; y < list.length; y++) {
        if (grid) grid[row + list[y]!]! += w;
        else sparse!.set(row + list[y]!, (sparse!.get(row + list[y]!) ?? 0) + w);
      }
    }
  }
  return {
    get: (i, j) => (grid ? grid[i * n + j]! : (sparse!.get(i * n + j) ?? 0)),
    forEach(fn) {
      const visit = (w: number, cell: number): void => {
        if (w > 0) fn(Math.floor(cell / n), cell % n, w);
      };
      if (grid) grid.forEach(visit);
      else for (const [cell, w] of sparse!) visit(w, cell);
    },
  };
}
