/**
 * A fixed one-minute window per client address, kept in memory: enough to make guessing lookup
 * codes pointless (a handful of tries a minute against 8·10^14 codes) without a shared store.
 * A restart forgets the counts, which only gives a guesser one more minute.
 */
export class PerMinuteLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly now: () => Date,
    private readonly windowMs = 60_000,
    /** Above this many tracked addresses, expired windows are dropped so the map cannot grow without end. */
    private readonly pruneAbove = 10_000,
  ) {}

  /** Counts one request of `key`; the seconds to wait when it is over the limit, else null. */
  hit(key: string): number | null {
    const at = this.now().getTime();
    const current = this.windows.get(key);
    if (!current || at - current.start >= this.windowMs) {
      if (!current && this.windows.size >= this.pruneAbove) this.prune(at);
      this.windows.set(key, { start: at, count: 1 });
      return null;
    }
    current.count += 1;
    if (current.count <= this.limit) return null;
    return Math.max(1, Math.ceil((current.start + this.windowMs - at) / 1000));
  }

  /** How many addresses are tracked (for tests of the pruning). */
  get size(): number {
    return this.windows.size;
  }

  private prune(at: number): void {
    for (const [key, window] of this.windows) if (at - window.start >= this.windowMs) this.windows.delete(key);
  }
}
