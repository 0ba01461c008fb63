// The inverted index from terms to stories: per term, a list of story indices, newest first, as linked entries in one
// growable typed array (8 bytes a posting, the story and the link side by side so a step of a walk is one memory
// access; no array object per term). A lookup walks at most `cap` entries from the newest, so a common term costs a
// bounded scan and old stories fall out of reach without being deleted.
import { IntTable, MISSING } from './int-table.js';

export class Postings {
  private readonly head = new IntTable(1 << 14);
  /** Entry e: its story at 2e, the entry after it (older; -1: none) at 2e + 1. */
  private cells: Int32Array = new Int32Array(1 << 15);
  private size = 0;

  /** Post story `idx` under term `key`. */
  add(key: number, idx: number): void {
    if (this.size * 2 === this.cells.length) {
      const next = new Int32Array(Math.ceil(this.size * 1.5) * 2);
      next.set(this.cells);
      this.cells = next;
    }
    const at = this.size++;
    const h = this.head.get(key);
    this.cells[at * 2] = idx;
    this.cells[at * 2 + 1] = h === MISSING ? -1 : h;
    this.head.set(key, at);
  }

  /**
   * Add `w` to `acc[story]` for each story posted under `key`, newest first, at most `cap` of them; a story whose
   * entry was 0 is pushed on `touched` (the caller zeroes what it touched).
   */
  accumulate(key: number, cap: number, w: number, acc: Float64Array, touched: number[]): void {
    const cells = this.cells;
    let at = this.head.get(key);
    for (let n = 0; at !== MISSING && at !== -1 && n < cap; n++, at = cells[at * 2 + 1]!) {
      const idx = cells[at * 2]!;
      if (acc[idx] === 0) touched.push(idx);
      acc[idx] = acc[idx]! + w;
    }
  }

  get bytes(): number {
    return this.head.bytes + this.cells.byteLength;
  }
}
