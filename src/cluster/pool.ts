// What the clusterer keeps per article, in a few growable typed arrays (no object per article): its id, story, time interval,
// sparse term vector (IDF-free weights, 16 bits each) and MinHash signature. About 0.5 KB an article at the shipped settings.
import type { Sparse } from './vectors.js';

function grow<T extends Uint32Array | Uint16Array | Float32Array | Float64Array | Int32Array | Uint8Array>(a: T, size: number): T {
  if (a.length >= size) return a;
  const next = new (a.constructor as new (n: number) => T)(Math.max(size, Math.ceil(a.length * 1.5)));
  next.set(a);
  return next;
}

const VAL_SCALE = 4096;

export class ArticlePool {
  readonly ids: string[] = [];
  story = new Int32Array(1024);
  /** The article's time as an interval (ms): a publication time (lo = hi) or a date its text states; NaN when neither. */
  lo = new Float64Array(1024);
  hi = new Float64Array(1024);
  private keys: Uint32Array;
  /** Weights × VAL_SCALE as 16-bit integers: term weights are ln(1 + boosts), well under 16. */
  private vals: Uint16Array;
  private lens = new Uint8Array(1024);
  sigs: Uint32Array;

  constructor(
    readonly width: number,
    readonly sigSize: number,
  ) {
    this.keys = new Uint32Array(1024 * width);
    this.vals = new Uint16Array(1024 * width);
    this.sigs = new Uint32Array(1024 * sigSize);
  }

  get size(): number {
    return this.ids.length;
  }

  /** Reserve room for one more article; returns its index. */
  push(id: string, lo: number, hi: number): number {
    const i = this.ids.length;
    this.ids.push(id);
    this.story = grow(this.story, i + 1);
    this.lo = grow(this.lo, i + 1);
    this.hi = grow(this.hi, i + 1);
    this.lens = grow(this.lens, i + 1);
    this.keys = grow(this.keys, (i + 1) * this.width);
    this.vals = grow(this.vals, (i + 1) * this.width);
    this.sigs = grow(this.sigs, (i + 1) * this.sigSize);
    this.lo[i] = lo;
    this.hi[i] = hi;
    return i;
  }

  setVector(i: number, v: Sparse): void {
    const at = i * this.width;
    this.keys.set(v.keys, at);
    for (let k = 0; k < v.vals.length; k++) this.vals[at + k] = Math.min(65535, Math.round(v.vals[k]! * VAL_SCALE));
    this.lens[i] = v.keys.length;
  }

  /** Article i's vector: keys a view into the pool (valid until the next push), weights decoded. */
  vector(i: number): Sparse {
    const at = i * this.width;
    const n = this.lens[i]!;
    const vals = new Float32Array(n);
    for (let k = 0; k < n; k++) vals[k] = this.vals[at + k]! / VAL_SCALE;
    return { keys: this.keys.subarray(at, at + n), vals };
  }

  /**
   * A pool of the articles `keep` accepts, in the same order, and where each went (-1: dropped): what frees the memory
   * of retired stories' articles.
   */
  compacted(keep: (i: number) => boolean): { pool: ArticlePool; remap: Int32Array } {
    const pool = new ArticlePool(this.width, this.sigSize);
    const remap = new Int32Array(this.size).fill(-1);
    for (let i = 0; i < this.size; i++) {
      if (!keep(i)) continue;
      const j = pool.push(this.ids[i]!, this.lo[i]!, this.hi[i]!);
      remap[i] = j;
      pool.story[j] = this.story[i]!;
      pool.keys.set(this.keys.subarray(i * this.width, (i + 1) * this.width), j * this.width);
      pool.vals.set(this.vals.subarray(i * this.width, (i + 1) * this.width), j * this.width);
      pool.lens[j] = this.lens[i]!;
      pool.sigs.set(this.sigs.subarray(this.sigAt(i), this.sigAt(i) + this.sigSize), pool.sigAt(j));
    }
    return { pool, remap };
  }

  /** Offset of article i's signature in `sigs`. */
  sigAt(i: number): number {
    return i * this.sigSize;
  }

  /** Bytes held by the typed arrays (their capacity), for the bench. */
  get bytes(): number {
    return this.story.byteLength + this.lo.byteLength + this.hi.byteLength + this.keys.byteLength + this.vals.byteLength + this.lens.byteLength + this.sigs.byteLength;
  }
}
