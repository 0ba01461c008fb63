// FNV-1a, the one string hash: the shipped model tables and the reuse shingles hold numbers per bucket, never words.

/**
 * 32-bit FNV-1a hash of a string (unsigned).
 * @param seed the offset basis (FNV's own by default); reuse chains hashes by passing one in
 * @example fnv1a('said') % 32768 // a bucket index
 */
export function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** FNV-1a of `word` reduced to `size` buckets. */
export const bucket = (word: string, size: number): number => fnv1a(word) % size;
