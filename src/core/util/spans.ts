// Lookup in span tables kept as typed-array columns (sentences, quotations): which span holds a character offset.

/**
 * Index of the span holding `offset` (starts[i] ≤ offset < ends[i]) in a table of spans in text order without overlap, or -1.
 * Binary search.
 * @example spanIndexAt(Int32Array.of(0, 10), Int32Array.of(5, 20), 12) === 1
 */
export function spanIndexAt(starts: ArrayLike<number>, ends: ArrayLike<number>, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < starts[mid]!) hi = mid - 1;
    else if (offset >= ends[mid]!) lo = mid + 1;
    else return mid;
  }
  return -1;
}
