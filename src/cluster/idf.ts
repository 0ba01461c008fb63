// The inverse document frequency of terms, learnt online: every article adds one to the count of each term it holds.
import { IntTable, MISSING } from './int-table.js';

export class Idf {
  private readonly df = new IntTable(1 << 14);
  /** Articles counted. */
  n = 0;

  /** @param prior articles assumed seen before the stream, holding none of its terms (see ClusterSettings.idfPrior) */
  constructor(private readonly prior = 0) {}

  /** The idf of the last article's keys (see observe), and their counts. */
  private last = new Float64Array(1024);
  private lastCounts = new Float64Array(1024);

  /**
   * Count one article's distinct terms; returns beside each key its idf after the count (what idf(key) answers until
   * the next article), so the article's terms are looked up once: a view valid until the next observe.
   */
  observe(keys: ArrayLike<number>): Float64Array {
    if (this.last.length < keys.length) {
      this.last = new Float64Array(keys.length * 2);
      this.lastCounts = new Float64Array(keys.length * 2);
    }
    const out = this.last;
    const top = ++this.n + this.prior + 1;
    for (let i = 0; i < keys.length; i++) {
      const df = this.df.add(keys[i]!, 1);
      this.lastCounts[i] = df;
      out[i] = Math.log(top / (df + 0.5));
    }
    return out.subarray(0, keys.length);
  }

  /** Beside each key of the last observe, the articles holding it (that one included): a view valid until the next observe. */
  counts(size: number): Float64Array {
    return this.lastCounts.subarray(0, size);
  }

  /** ln((N + prior + 1) / (df + 0.5)): small for a term in every article, large for a rare one. */
  idf(key: number): number {
    const df = this.df.get(key);
    return Math.log((this.n + this.prior + 1) / ((df === MISSING ? 0 : df) + 0.5));
  }

  /** Distinct terms seen (the one table that grows with the vocabulary, not with the articles). */
  get terms(): number {
    return this.df.size;
  }

  get bytes(): number {
    return this.df.bytes;
  }
}
