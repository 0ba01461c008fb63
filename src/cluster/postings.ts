// The inverted index from terms to stories: per term, a list of story indices, newest first, as linked entries in two
// growable typed arrays (8 bytes a posting, no array object per term). A lookup walks at most `cap` entries from the
// newest, so a common term costs a bounded scan and old stories fall out of reach without being deleted.
import { IntTable, MISSING } from './int-table.js';

export class Postings {
  private readonly head = new IntTable(1 << 14);
  private story: Int32Array = new Int32Array(1 << 14);
  private next: Int32Array = new Int32Array(1 << 14);
  private size = 0;

  /** Post story `idx` under term `key`. */
  add(key: number, idx: number): void {
    if (this.size === this.story.length) {
      const grow = (a: Int32Array): Int32Array => {
        const b = new Int32Array(Math.ceil(a.length * 1.5));
        b.set(a);
        return b;
      };
      this.story = grow(this.story);
      this.next = grow(this.next);
    }
    const at = this.size++;
    const h = this.head.get(key);
    this.story[at] = idx;
    this.next[at] = h === MISSING ? -1 : h;
    this.head.set(key, at);
  }

  /** Call `fn` with each story posted under `key`, newest first, at most `cap` of them. */
  forEach(key: number, cap: number, fn: (idx: number) => void): void {
    let at = this.head.get(key);
    for (let n = 0; at !== MISSING && at !== -1 && n < cap; n++, at = this.next[at]!) fn(this.story[at]!);
  }

  /**
   * Add `w` to `acc[story]` for each story posted under `key`, newest first, at most `cap` of them; a story whose
   * entry was 0 is pushed on `touched` (the caller zeroes what it touched).
   */
  accumulate(key: number, cap: number, w: number, acc: Float64Array, touched: number[]): void {
    let at = this.head.get(key);
    for (let n = 0; at !== MISSING && at !== -1 && n < cap; n++, at = this.next[at]!) {
      const idx = this.story[at]!;
      if (acc[idx] === 0) touched.push(idx);
      acc[idx] = acc[idx]! + w;
    }
  }

  get bytes(): number {
    return this.head.bytes + this.story.byteLength + this.next.byteLength;
  }
}
