// A sliding-window rate limit per key (the client's IP): at most `limit` hits in any `windowMs`.

export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
  ) {}

  /**
   * Count a hit for `key` unless it is over the limit.
   * @returns null when allowed, else the whole seconds until the next hit would be
   */
  take(key: string, now = Date.now()): number | null {
    const since = now - this.windowMs;
    const list = (this.hits.get(key) ?? []).filter((t) => t > since);
    if (list.length >= this.limit) {
      this.hits.set(key, list);
      return Math.max(1, Math.ceil((list[0]! + this.windowMs - now) / 1000));
    }
    list.push(now);
    this.hits.set(key, list);
    if (this.hits.size > 10_000) this.sweep(since);
    return null;
  }

  /** Forget keys with no hit in the window, so many one-time clients do not grow the map for ever. */
  private sweep(since: number): void {
    for (const [key, list] of this.hits) if (!list.some((t) => t > since)) this.hits.delete(key);
  }
}
