// core/util/bounded-memo.ts: each key computed once, null answers memoised too, and the memo emptied when full.
import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../src/core/util/bounded-memo.js';

describe('boundedMemo', () => {
  it('computes each key once, null answers included, and again only after the memo was emptied', () => {
    const calls: string[] = [];
    const f = boundedMemo(2, (k: string): string | null => (calls.push(k), k === 'x' ? null : k.toUpperCase()));
    expect([f('a'), f('a'), f('x'), f('x')]).toEqual(['A', 'A', null, null]);
    expect(calls).toEqual(['a', 'x']);
    f('b'); // full at two keys: emptied, then 'b' kept
    f('a');
    expect(calls).toEqual(['a', 'x', 'b', 'a']);
  });
});
