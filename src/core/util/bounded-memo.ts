// A function memoised per key with a bounded memo: a process reading news for days meets keys without end (words,
// names, patterns), so the memo is emptied when it holds `max` entries rather than growing.

/**
 * `compute` memoised per key; the memo is emptied when it holds `max` entries.
 * @example const stem = boundedMemo(50_000, (w: string) => stemmer(w)); stem('talks') // computed once
 */
export function boundedMemo<K, V>(max: number, compute: (key: K) => V): (key: K) => V {
  const memo = new Map<K, V>();
  return (key) => {
    // One lookup for a hit (the common case): `has` is asked only when the memo holds an undefined value or none.
    const known = memo.get(key);
    if (known !== undefined || memo.has(key)) return known as V;
    const value = compute(key);
    if (memo.size >= max) memo.clear();
    memo.set(key, value);
    return value;
  };
}
