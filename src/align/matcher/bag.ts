// Bags of numeric items kept as sorted parallel arrays: built with one typed-array sort, compared in one merge walk.

/** A bag: its distinct items ascending, and how often each occurs. */
export interface SortedBag {
  keys: Float64Array;
  counts: Int32Array;
}

/**
 * The bag of `codes` (each an exact number). Sorts `codes` in place.
 * @example bagOf(Float64Array.of(7, 3, 7)) // { keys: [3, 7], counts: [1, 2] }
 */
export function bagOf(codes: Float64Array): SortedBag {
  codes.sort();
  let distinct = 0;
  for (let i = 0; i < codes.length; i++) if (i === 0 || codes[i] !== codes[i - 1]) distinct++;
  const keys = new Float64Array(distinct);
  const counts = new Int32Array(distinct);
  let k = -1;
  for (let i = 0; i < codes.length; i++) {
    if (i === 0 || codes[i] !== codes[i - 1]) keys[++k] = codes[i]!;
    counts[k]!++;
  }
  return { keys, counts };
}

/** Sum of the squared counts (the bag's norm, squared): an integer, so exact. */
export function squaredNorm(bag: SortedBag): number {
  let n = 0;
  for (const c of bag.counts) n += c * c;
  return n;
}

/**
 * Cosine of two bags, given their squared norms; 0 when either is empty. The counts are integers, so the dot product is
 * exact in any order.
 * @example bagCosine(bagOf(Float64Array.of(1, 2)), bagOf(Float64Array.of(2, 3)), 2, 2) // 0.5
 */
export function bagCosine(a: SortedBag, b: SortedBag, na: number, nb: number): number {
  if (!na || !nb) return 0;
  const { keys: ka, counts: ca } = a;
  const { keys: kb, counts: cb } = b;
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < ka.length && j < kb.length) {
    const x = ka[i]!;
    const y = kb[j]!;
    if (x === y) dot += ca[i++]! * cb[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return dot / Math.sqrt(na * nb);
}
