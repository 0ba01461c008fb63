// The inverted index from terms to stories: per term, a list of story indices, newest first, as linked entries in one
// growable typed array (8 bytes a posting, the story and the link side by side so a step of a walk is one memory
// access; no array object per term). A lookup walks at most `cap` entries from the newest, so a common term costs a
// bounded scan and old stories fall out of reach without being deleted. The lookup sums, per story, the mass of the
// query terms it shares and keeps the best few.
import { IntTable, MISSING } from './int-table.js';
import { insertTop } from './top.js';

export class Postings {
  private readonly head = new IntTable(1 << 14);
  /** Entry e: its story at 2e, the entry after it (older; -1: none) at 2e + 1. */
  private cells: Int32Array = new Int32Array(1 << 15);
  private size = 0;
  /** Per-story sums of one lookup, zeroed after use, and the stories it touched. */
  private acc = new Float64Array(1024);
  private touched = new Int32Array(1024);

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
   * The live stories sharing the query's terms, the `n` best by the summed mass of the terms they share (ties: the
   * earlier story); each term's list walked at most `cap` entries from the newest.
   * @param forced a story put first whatever it shares (the story of a near-duplicate), or -1
   */
  overlapping(query: { keys: readonly number[]; mass: readonly number[] }, cap: number, n: number, stories: ReadonlyArray<{ alive: boolean }>, forced: number): number[] {
    if (this.acc.length < stories.length) this.acc = new Float64Array(stories.length * 2);
    if (this.touched.length < stories.length) this.touched = new Int32Array(stories.length * 2);
    const { acc, cells, touched } = this;
    let hits = 0;
    for (let q = 0; q < query.keys.length; q++) {
      const w = query.mass[q]!;
      let at = this.head.get(query.keys[q]!);
      for (let k = 0; at !== MISSING && at !== -1 && k < cap; k++, at = cells[at * 2 + 1]!) {
        const idx = cells[at * 2]!;
        if (acc[idx] === 0) touched[hits++] = idx;
        acc[idx] = acc[idx]! + w;
      }
    }
    if (forced >= 0) {
      if (acc[forced] === 0) touched[hits++] = forced;
      acc[forced] = Infinity;
    }
    const best: number[] = [];
    const mass: number[] = [];
    for (let h = 0; h < hits; h++) {
      const idx = touched[h]!;
      const w = acc[idx]!;
      acc[idx] = 0;
      if (stories[idx]!.alive) insertTop(best, mass, n, idx, w);
    }
    return best;
  }

  get bytes(): number {
    return this.head.bytes + this.cells.byteLength;
  }
}
