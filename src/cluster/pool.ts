// What the clusterer keeps per article, in typed arrays (no object per article): its id, story, time interval, the
// weekdays it names, sparse term vector (IDF-free weights, 16 bits each) and MinHash signature. The vectors and
// signatures, nearly all of it, sit in fixed chunks of CHUNK articles, so the pool grows without copying and holds at
// most one chunk unused.
import type { Sparse } from './vectors.js';

function grow<T extends Float64Array | Int32Array | Uint8Array>(a: T, size: number): T {
  if (a.length >= size) return a;
  const next = new (a.constructor as new (n: number) => T)(Math.max(size, Math.ceil(a.length * 1.5)));
  next.set(a);
  return next;
}

const VAL_SCALE = 4096;
/** Articles a chunk (a power of two). */
const CHUNK_BITS = 12;
const CHUNK = 1 << CHUNK_BITS;

export class ArticlePool {
  readonly ids: string[] = [];
  story = new Int32Array(1024);
  /** The article's time as an interval (ms): a publication time (lo = hi) or a date its text states; NaN when neither. */
  lo = new Float64Array(1024);
  hi = new Float64Array(1024);
  private lens = new Uint8Array(1024);
  /** The weekdays the article names in its headline or lead (ArticleTerms.weekdays). */
  days = new Uint8Array(1024);
  private readonly keys: Uint32Array[] = [];
  /** Weights × VAL_SCALE as 16-bit integers: term weights are ln(1 + boosts), well under 16. */
  private readonly vals: Uint16Array[] = [];
  private readonly sigs: Uint32Array[] = [];

  constructor(
    readonly width: number,
    readonly sigSize: number,
  ) {}

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
    this.days = grow(this.days, i + 1);
    if ((i & (CHUNK - 1)) === 0) {
      this.keys.push(new Uint32Array(CHUNK * this.width));
      this.vals.push(new Uint16Array(CHUNK * this.width));
      this.sigs.push(new Uint32Array(CHUNK * this.sigSize));
    }
    this.lo[i] = lo;
    this.hi[i] = hi;
    return i;
  }

  setVector(i: number, v: Sparse): void {
    const at = (i & (CHUNK - 1)) * this.width;
    const vals = this.vals[i >> CHUNK_BITS]!;
    this.keys[i >> CHUNK_BITS]!.set(v.keys, at);
    for (let k = 0; k < v.vals.length; k++) vals[at + k] = Math.min(65535, Math.round(v.vals[k]! * VAL_SCALE));
    this.lens[i] = v.keys.length;
  }

  /** Article i's vector: keys a view into the pool, weights decoded. */
  vector(i: number): Sparse {
    const at = (i & (CHUNK - 1)) * this.width;
    const n = this.lens[i]!;
    const stored = this.vals[i >> CHUNK_BITS]!;
    const vals = new Float32Array(n);
    for (let k = 0; k < n; k++) vals[k] = stored[at + k]! / VAL_SCALE;
    return { keys: this.keys[i >> CHUNK_BITS]!.subarray(at, at + n), vals };
  }

  /** Article i's MinHash signature: a view into the pool, written in place at arrival. */
  signature(i: number): Uint32Array {
    const at = (i & (CHUNK - 1)) * this.sigSize;
    return this.sigs[i >> CHUNK_BITS]!.subarray(at, at + this.sigSize);
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
      const from = (i & (CHUNK - 1)) * this.width;
      const to = (j & (CHUNK - 1)) * this.width;
      pool.keys[j >> CHUNK_BITS]!.set(this.keys[i >> CHUNK_BITS]!.subarray(from, from + this.width), to);
      pool.vals[j >> CHUNK_BITS]!.set(this.vals[i >> CHUNK_BITS]!.subarray(from, from + this.width), to);
      pool.lens[j] = this.lens[i]!;
      pool.days[j] = this.days[i]!;
      pool.signature(j).set(this.signature(i));
    }
    return { pool, remap };
  }

  /** Bytes held by the typed arrays (their capacity), for the bench. */
  get bytes(): number {
    const chunk = CHUNK * (this.width * 6 + this.sigSize * 4);
    return this.story.byteLength + this.lo.byteLength + this.hi.byteLength + this.lens.byteLength + this.days.byteLength + this.keys.length * chunk;
  }
}
