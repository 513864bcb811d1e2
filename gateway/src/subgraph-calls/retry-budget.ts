/**
 * How many retries one subgraph may be sent: at most `ratio` of the calls of
 * the last `windowSeconds`, plus `minPerSecond` (so that a quiet gateway can
 * still retry its few calls). A subgraph that fails every call is thus sent at
 * most (1 + ratio) times its traffic, never twice it: the retry budget of
 * Finagle and Linkerd, which Cosmo and Grafbase follow.
 *
 * Counted in one-second buckets of wall-clock time (this bounds network
 * traffic, not a rule of the domain).
 */
export class RetryBudget {
  private readonly buckets: { second: number; calls: number; retries: number }[];

  constructor(
    private readonly ratio: number,
    private readonly minPerSecond: number,
    private readonly windowSeconds = 10,
    private readonly now: () => number = Date.now,
  ) {
    this.buckets = Array.from({ length: windowSeconds }, () => ({ second: -1, calls: 0, retries: 0 }));
  }

  /** Counts a call (its first attempt). */
  recordCall(): void {
    this.current().calls += 1;
  }

  /** Whether one more retry fits the budget; counts it when it does. */
  tryRetry(): boolean {
    const second = Math.floor(this.now() / 1000);
    let calls = 0;
    let retries = 0;
    for (const bucket of this.buckets) {
      if (second - bucket.second < this.windowSeconds) {
        calls += bucket.calls;
        retries += bucket.retries;
      }
    }
    if (retries >= this.minPerSecond * this.windowSeconds + this.ratio * calls) return false;
    this.current().retries += 1;
    return true;
  }

  private current() {
    const second = Math.floor(this.now() / 1000);
    const bucket = this.buckets[second % this.windowSeconds]!;
    if (bucket.second !== second) Object.assign(bucket, { second, calls: 0, retries: 0 });
    return bucket;
  }
}
