// A small seeded PRNG, for fits and generated inputs that must repeat from a seed.

/**
 * mulberry32: a uniform number in [0, 1) per call, the same sequence for the same seed.
 * @example rng(7)() === rng(7)()
 */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
