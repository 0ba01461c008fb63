// The clusterer's typed-array tables on their own: the chunked article pool, the term sums, the n-best insertion, the
// word memo and the integer table (the clusterer's golden cases exercise them only on small streams).
import { describe, expect, it } from 'vitest';
import { ArticlePool } from '../src/cluster/pool.js';
import { TermSums } from '../src/cluster/term-sums.js';
import { insertTop } from '../src/cluster/top.js';
import { Memo, UNCACHED } from '../src/cluster/memo.js';
import { IntTable } from '../src/cluster/int-table.js';

describe('cluster tables', () => {
  it('keeps vectors and signatures across pool chunks and through a compaction', () => {
    const pool = new ArticlePool(4, 2);
    for (let i = 0; i < 9000; i++) {
      const at = pool.push(`a${i}`, i, i + 1);
      pool.setVector(at, { keys: Uint32Array.of(i, i + 1, i + 7), vals: Float32Array.of(0.5, 1, 2) });
      pool.signature(at).set([i * 3, i * 3 + 1]);
      pool.story[at] = i % 3;
    }
    for (const i of [0, 4095, 4096, 8191, 8192, 8999]) {
      expect([...pool.vector(i).keys]).toEqual([i, i + 1, i + 7]);
      expect([...pool.vector(i).vals]).toEqual([0.5, 1, 2]);
      expect([...pool.signature(i)]).toEqual([i * 3, i * 3 + 1]);
    }
    const { pool: kept, remap } = pool.compacted((i) => pool.story[i] !== 1);
    expect(kept.size).toBe(6000);
    expect(remap[4096]).toBe(-1);
    const j = remap[8997]!;
    expect(kept.ids[j]).toBe('a8997');
    expect([...kept.vector(j).keys]).toEqual([8997, 8998, 9004]);
    expect([...kept.signature(j)]).toEqual([8997 * 3, 8997 * 3 + 1]);
    expect([kept.lo[j], kept.hi[j], kept.story[j]]).toEqual([8997, 8998, 0]);
  });

  it('sums term boosts and drains them sorted by key, as ln(1 + sum), then starts empty', () => {
    const sums = new TermSums();
    for (let k = 2000; k > 0; k--) sums.bump(k * 7, 1);
    sums.bump(14, 2);
    const { keys, weights } = sums.drain();
    expect(keys.length).toBe(2000);
    expect([...keys.subarray(0, 3)]).toEqual([7, 14, 21]);
    expect(weights[1]).toBeCloseTo(Math.log1p(3), 12);
    sums.bump(5, 1);
    expect([...sums.drain().keys]).toEqual([5]);
  });

  it('keeps the n heaviest items, heaviest first, ties to the smaller item', () => {
    const items: number[] = [];
    const weights: number[] = [];
    for (const [item, w] of [[5, 1], [3, 2], [9, 2], [1, 0.5], [2, 2], [7, 3]] as const) insertTop(items, weights, 3, item, w);
    expect(items).toEqual([7, 2, 3]);
    expect(weights).toEqual([3, 2, 2]);
  });

  it('memo: a hash reads back its value until another hash takes its slot', () => {
    const memo = new Memo(4);
    memo.set(123, 7);
    expect(memo.get(123)).toBe(7);
    expect(memo.get(124)).toBe(UNCACHED);
    // 16 slots: some hash among the next few dozen lands on 123's slot and evicts it.
    let other = 123;
    while (memo.get(123) !== UNCACHED) memo.set(++other, 1);
    expect(memo.get(123)).toBe(UNCACHED);
    expect(memo.get(other)).toBe(1);
  });

  it('IntTable.add answers the new count, through growth', () => {
    const t = new IntTable(16);
    for (let k = 0; k < 1000; k++) expect(t.add(k * 31, 1)).toBe(1);
    expect(t.add(31, 2)).toBe(3);
    expect(t.get(31)).toBe(3);
    expect(t.size).toBe(1000);
  });
});
