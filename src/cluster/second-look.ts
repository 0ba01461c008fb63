// The queue of second looks: articles that started a story and may find company later, each looked at again after
// `after` arrivals, then (still alone) after `factor` times as many, up to `rounds` looks. One FIFO per round: within a
// round every wait is the same, so each FIFO stays in due order and the next due look is always at a head.

interface Round {
  /** Article (pool index) and the arrival count at which it is due, side by side; `at` is the head. */
  articles: number[];
  due: number[];
  at: number;
}

export class SecondLooks {
  private rounds: Round[];

  /**
   * @param after arrivals before the first look (0: no looks)
   * @param rounds looks at most
   * @param factor the wait's growth from one look to the next
   */
  constructor(
    private readonly after: number,
    rounds: number,
    private readonly factor: number,
  ) {
    this.rounds = Array.from({ length: after ? rounds : 0 }, () => ({ articles: [], due: [], at: 0 }));
  }

  /** Queue article `i` for look number `round` (0: the first), counted from arrival `now`; past the last round, nothing. */
  add(i: number, now: number, round = 0): void {
    const r = this.rounds[round];
    if (!r) return;
    r.articles.push(i);
    r.due.push(now + this.after * this.factor ** round);
  }

  /** The looks due at arrival `now`, as [article, round], oldest first within each round; they leave the queue. */
  due(now: number): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    for (let round = 0; round < this.rounds.length; round++) {
      const r = this.rounds[round]!;
      while (r.at < r.articles.length && r.due[r.at]! <= now) out.push([r.articles[r.at++]!, round]);
      if (r.at > 1024 && r.at * 2 > r.articles.length) {
        r.articles = r.articles.slice(r.at);
        r.due = r.due.slice(r.at);
        r.at = 0;
      }
    }
    return out;
  }

  /** Renumber queued articles after a compaction (`remap[i]` -1: the article is gone). */
  remap(remap: Int32Array): void {
    for (const r of this.rounds) {
      const keep = r.articles.map((_, k) => k).filter((k) => k >= r.at && remap[r.articles[k]!]! >= 0);
      r.articles = keep.map((k) => remap[r.articles[k]!]!);
      r.due = keep.map((k) => r.due[k]!);
      r.at = 0;
    }
  }
}
