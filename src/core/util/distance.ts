// Sequence distances (tokens or characters), on two reused typed-array rows: no allocation per row.

/** Levenshtein distance over sequences: a TER without shifts. @example editDistance('kitten', 'sitting') === 3 */
export function editDistance<T>(a: ArrayLike<T>, b: ArrayLike<T>): number {
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ai = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1]! + (ai === b[j - 1] ? 0 : 1);
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      cur[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** Character codes of a string in a typed array: indexing a string per cell is several times slower. */
export function charCodes(s: string): Uint16Array {
  const out = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** 1 − character edit distance / longer length (1 for two empty strings). */
export function charEditRatio(a: string, b: string): number {
  const m = Math.max(a.length, b.length);
  return m ? 1 - editDistance(charCodes(a), charCodes(b)) / m : 1;
}

/** Length of the longest common subsequence. @example lcsLength(['a','b','c'], ['a','c']) === 2 */
export function lcsLength<T>(a: ArrayLike<T>, b: ArrayLike<T>): number {
  if (!a.length || !b.length) return 0;
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const ai = a[i - 1];
    for (let j = 1; j <= b.length; j++) cur[j] = ai === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}
