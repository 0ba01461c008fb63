// FNV-1a, the one string hash (the shipped model tables and the reuse shingles hold numbers per bucket, never words), and
// murmur3's final mix, the one integer hash.

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

/**
 * murmur3's final mix (fmix32): spreads close inputs over all 32 bits (FNV-1a alone keeps neighbouring words' low bits
 * close), unsigned. Used by reuse's word keys and the clusterer's terms, shingles and MinHash permutations.
 * @example avalanche(fnv1a('said')) & 0x3fffffff // a 30-bit term key
 */
export function avalanche(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
