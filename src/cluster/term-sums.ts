// The per-article scratch of term weights while an article is scanned: term key -> the sum of its occurrences' boosts,
// on typed arrays reused from one article to the next (an article's few hundred terms would otherwise build and drop a
// Map each arrival), and beside each term its share of general news (background.ts; set by its first occurrence). Read
// out as keys ascending with ln(1 + sum) and the share beside them.

export class TermSums {
  private keys = new Int32Array(1024).fill(-1);
  private sums = new Float64Array(1024);
  private shares = new Float64Array(1024);
  /** Slots in use, in first-use order. */
  private used = new Int32Array(512);
  private count = 0;

  /** Add `boost` to term `key` (a 30-bit integer); its `share` of general news is kept from its first bump. */
  bump(key: number, boost: number, share = 0): void {
    const mask = this.keys.length - 1;
    let i = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
    for (;;) {
      const k = this.keys[i]!;
      if (k === key) {
        this.sums[i] = this.sums[i]! + boost;
        return;
      }
      if (k === -1) break;
      i = (i + 1) & mask;
    }
    this.keys[i] = key;
    this.sums[i] = boost;
    this.shares[i] = share;
    this.used[this.count++] = i;
    if (this.count * 2 >= this.keys.length) this.grow();
  }

  /** The drained terms (views into these are what drain answers). */
  private outKeys = new Uint32Array(512);
  private outWeights = new Float64Array(512);
  private outShares = new Float64Array(512);

  /**
   * The terms as keys ascending, weights ln(1 + sum) and shares beside them, as views valid until the next drain; the
   * scratch is emptied.
   */
  drain(): { keys: Uint32Array; weights: Float64Array; shares: Float64Array } {
    if (this.outKeys.length < this.count) {
      this.outKeys = new Uint32Array(this.count * 2);
      this.outWeights = new Float64Array(this.count * 2);
      this.outShares = new Float64Array(this.count * 2);
    }
    const keys = this.outKeys.subarray(0, this.count);
    for (let r = 0; r < this.count; r++) keys[r] = this.keys[this.used[r]!]!;
    keys.sort();
    const weights = this.outWeights.subarray(0, this.count);
    const shares = this.outShares.subarray(0, this.count);
    for (let o = 0; o < keys.length; o++) {
      const slot = this.slotOf(keys[o]!);
      weights[o] = Math.log1p(this.sums[slot]!);
      shares[o] = this.shares[slot]!;
    }
    for (let r = 0; r < this.count; r++) this.keys[this.used[r]!] = -1;
    this.count = 0;
    return { keys, weights, shares };
  }

  /** The slot holding `key` (present). */
  private slotOf(key: number): number {
    const mask = this.keys.length - 1;
    let i = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
    while (this.keys[i] !== key) i = (i + 1) & mask;
    return i;
  }

  private grow(): void {
    const live = Array.from(this.used.subarray(0, this.count), (slot) => [this.keys[slot]!, this.sums[slot]!, this.shares[slot]!] as const);
    this.keys = new Int32Array(this.keys.length * 2).fill(-1);
    this.sums = new Float64Array(this.keys.length);
    this.shares = new Float64Array(this.keys.length);
    this.used = new Int32Array(this.keys.length / 2);
    this.count = 0;
    for (const [k, w, share] of live) this.bump(k, w, share);
  }
}
