// A hash table from 30-bit integer keys to 32-bit integer values on two typed arrays (open addressing, linear probing):
// a few bytes an entry where a Map takes tens, and no object per entry for the collector to walk.

/** What `get` answers for a key not in the table. */
export const MISSING = -2147483648;

export class IntTable {
  private keys: Int32Array;
  private vals: Int32Array;
  private mask: number;
  size = 0;

  /** @param capacity initial slots (rounded up to a power of two); the table doubles past half full */
  constructor(capacity = 1024) {
    let n = 16;
    while (n < capacity) n *= 2;
    this.keys = new Int32Array(n).fill(-1);
    this.vals = new Int32Array(n);
    this.mask = n - 1;
  }

  private slot(key: number): number {
    let i = Math.imul(key, 0x9e3779b1) >>> 0 & this.mask;
    for (;;) {
      const k = this.keys[i]!;
      if (k === key || k === -1) return i;
      i = (i + 1) & this.mask;
    }
  }

  /** The value of `key` (≥ 0), or MISSING. */
  get(key: number): number {
    const i = this.slot(key);
    return this.keys[i] === key ? this.vals[i]! : MISSING;
  }

  set(key: number, value: number): void {
    const i = this.slot(key);
    if (this.keys[i] !== key) {
      this.keys[i] = key;
      this.size++;
    }
    this.vals[i] = value;
    if (this.size * 2 > this.keys.length) this.grow();
  }

  /** Add `by` to the value of `key` (absent: from 0). */
  add(key: number, by: number): void {
    const i = this.slot(key);
    if (this.keys[i] !== key) {
      this.keys[i] = key;
      this.vals[i] = by;
      this.size++;
      if (this.size * 2 > this.keys.length) this.grow();
    } else this.vals[i] = this.vals[i]! + by;
  }

  clear(): void {
    this.keys.fill(-1);
    this.size = 0;
  }

  get bytes(): number {
    return this.keys.byteLength + this.vals.byteLength;
  }

  private grow(): void {
    const { keys, vals } = this;
    this.keys = new Int32Array(keys.length * 2).fill(-1);
    this.vals = new Int32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== -1) this.set(keys[i]!, vals[i]!);
  }
}
