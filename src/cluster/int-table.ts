// A hash table from 30-bit integer keys to 32-bit integer values on one typed array (open addressing, linear probing):
// a few bytes an entry where a Map takes tens, and no object per entry for the collector to walk. Key and value sit
// side by side, so a lookup in a table far bigger than the cache (the IDF counts of a long stream) misses it once, not twice.

/** What `get` answers for a key not in the table. */
export const MISSING = -2147483648;

export class IntTable {
  /** Slot s: key at 2s (-1 when empty), value at 2s + 1. */
  private cells: Int32Array;
  private mask: number;
  size = 0;

  /** @param capacity initial slots (rounded up to a power of two); the table doubles past half full */
  constructor(capacity = 1024) {
    let n = 16;
    while (n < capacity) n *= 2;
    this.cells = IntTable.empty(n);
    this.mask = n - 1;
  }

  private static empty(slots: number): Int32Array {
    const cells = new Int32Array(slots * 2);
    for (let i = 0; i < cells.length; i += 2) cells[i] = -1;
    return cells;
  }

  /** The cell index of `key`'s slot, or of the empty slot where it would go. */
  private cell(key: number): number {
    const cells = this.cells;
    let i = (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
    for (;;) {
      const k = cells[i * 2]!;
      if (k === key || k === -1) return i * 2;
      i = (i + 1) & this.mask;
    }
  }

  /** The value of `key` (≥ 0), or MISSING. */
  get(key: number): number {
    const c = this.cell(key);
    return this.cells[c] === key ? this.cells[c + 1]! : MISSING;
  }

  set(key: number, value: number): void {
    const c = this.cell(key);
    this.cells[c + 1] = value;
    if (this.cells[c] === key) return;
    this.cells[c] = key;
    if (++this.size * 2 > this.cells.length / 2) this.grow();
  }

  /** Add `by` to the value of `key` (absent: from 0); returns the new value. */
  add(key: number, by: number): number {
    const c = this.cell(key);
    if (this.cells[c] === key) return (this.cells[c + 1] = this.cells[c + 1]! + by);
    this.cells[c] = key;
    this.cells[c + 1] = by;
    if (++this.size * 2 > this.cells.length / 2) this.grow();
    return by;
  }

  clear(): void {
    for (let i = 0; i < this.cells.length; i += 2) this.cells[i] = -1;
    this.size = 0;
  }

  get bytes(): number {
    return this.cells.byteLength;
  }

  private grow(): void {
    const old = this.cells;
    const slots = old.length; // twice the old slot count
    this.cells = IntTable.empty(slots);
    this.mask = slots - 1;
    this.size = 0;
    for (let i = 0; i < old.length; i += 2) if (old[i] !== -1) this.set(old[i]!, old[i + 1]!);
  }
}
