// Near-duplicates: a MinHash signature of each article's word shingles, and an LSH table of signature bands so a copy
// (a syndicated story, a re-post with another headline) is found without comparing with every article.
import { avalanche } from '../core/util/hash.js';
import { IntTable, MISSING } from './int-table.js';

/** Per-permutation multipliers and offsets, fixed so signatures are comparable across runs. */
function permutations(size: number): { mul: Uint32Array; add: Uint32Array } {
  const mul = new Uint32Array(size);
  const add = new Uint32Array(size);
  for (let i = 0; i < size; i++) {
    mul[i] = (avalanche(0x51ed270b + i * 2) | 1) >>> 0;
    add[i] = avalanche(0x2545f491 + i * 2 + 1);
  }
  return { mul, add };
}

/** The signature of a shingle set into `out` (its length is the signature size); all 0xffffffff when there is no shingle. */
export function signature(shingles: Uint32Array, out: Uint32Array, perms = permutationsFor(out.length)): void {
  const { mul, add } = perms;
  // One permutation at a time, its minimum in a register; hashes compared as signed after flipping the top bit, which
  // orders them as unsigned while V8 keeps them small integers.
  for (let i = 0; i < out.length; i++) {
    const m = mul[i]!;
    const a = add[i]!;
    let min = 0x7fffffff;
    for (let s = 0; s < shingles.length; s++) {
      let h = Math.imul(shingles[s]! ^ a, m);
      h = (h ^ (h >>> 15) ^ 0x80000000) | 0;
      if (h < min) min = h;
    }
    out[i] = (min ^ 0x80000000) >>> 0;
  }
}

const cache = new Map<number, { mul: Uint32Array; add: Uint32Array }>();
/** The permutations of one signature size, made once. */
export function permutationsFor(size: number): { mul: Uint32Array; add: Uint32Array } {
  let p = cache.get(size);
  if (!p) cache.set(size, (p = permutations(size)));
  return p;
}

/** Estimated Jaccard similarity of two signatures of one size. */
export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i] && a[i] !== 0xffffffff) same++;
  return same / a.length;
}

/**
 * LSH over signature bands: each band's hash maps to the latest article holding it (one table for all bands, each band
 * salted). Keeping only the latest per band is enough: a copy shares several bands with its original, and what it
 * needs is one earlier article of the same text.
 */
export class BandIndex {
  private readonly table = new IntTable(1 << 14);
  private readonly rows: number;
  constructor(
    private readonly bands: number,
    size: number,
  ) {
    this.rows = size / bands;
  }

  private bandKey(sig: Uint32Array, band: number): number {
    let h = 0x811c9dc5 ^ Math.imul(band + 1, 0x9e3779b1);
    for (let r = 0; r < this.rows; r++) h = Math.imul(h ^ sig[band * this.rows + r]!, 0x01000193);
    return avalanche(h >>> 0) & 0x3fffffff;
  }

  /** Articles sharing at least one band with `sig` (each once, in band order). */
  candidates(sig: Uint32Array): number[] {
    if (sig[0] === 0xffffffff) return [];
    const out: number[] = [];
    for (let b = 0; b < this.bands; b++) {
      const hit = this.table.get(this.bandKey(sig, b));
      if (hit !== MISSING && !out.includes(hit)) out.push(hit);
    }
    return out;
  }

  /** Add article `article`'s signature. */
  add(sig: Uint32Array, article: number): void {
    if (sig[0] === 0xffffffff) return;
    for (let b = 0; b < this.bands; b++) this.table.set(this.bandKey(sig, b), article);
  }

  get bytes(): number {
    return this.table.bytes;
  }
}
