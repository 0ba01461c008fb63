// A fixed-size cache from 30-bit hashes to integers, direct-mapped: each hash has one slot, and a new hash there
// overwrites the old one. Memory stays put and frequent entries stay cached (whoever evicts them is evicted back on
// their next use), where a table cleared when full would lose them all at once.

/** What `get` answers for a hash not cached. */
export const UNCACHED = -2147483648;

export class Memo {
  /** Slot s: hash at 2s (-1: empty), value at 2s + 1. */
  private readonly cells: Int32Array;
  private readonly shift: number;

  /** @param bits log2 of the slot count (8 bytes a slot) */
  constructor(bits: number) {
    // Every cell -1, values too (a value is read only beside the hash it was set with): one fill, not a loop over the
    // hash cells that a fresh process runs in the interpreter (2^18 turns for the cluster's word memo).
    this.cells = new Int32Array(2 << bits).fill(-1);
    this.shift = 32 - bits;
  }

  private cell(hash: number): number {
    return (Math.imul(hash, 0x9e3779b1) >>> this.shift) * 2;
  }

  /** The value cached for `hash` (a 30-bit integer), or UNCACHED. */
  get(hash: number): number {
    const c = this.cell(hash);
    return this.cells[c] === hash ? this.cells[c + 1]! : UNCACHED;
  }

  set(hash: number, value: number): void {
    const c = this.cell(hash);
    this.cells[c] = hash;
    this.cells[c + 1] = value;
  }
}
