/** How fast a bucket fills: `capacity` tries at once, then one more every `refillMs`. */
export interface BucketRule {
  capacity: number;
  refillMs: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Past this many keys, buckets that have filled up again are forgotten (they hold nothing). */
const PRUNE_ABOVE = 10_000;

/**
 * Token buckets by key (a client, a card), in memory: a server restart refills them, which an
 * attacker cannot cause. Time is the server's clock, so tests move it by hand.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly rule: BucketRule,
    private readonly now: () => number,
  ) {}

  /** Milliseconds until the key has a token again; 0 when it has one now. */
  waitMs(key: string): number {
    const tokens = this.level(key);
    if (tokens >= 1) return 0;
    return Math.ceil((1 - tokens) * this.rule.refillMs);
  }

  /** Spends a token (the level may go below zero: each further try lengthens the wait). */
  take(key: string): void {
    const tokens = this.level(key);
    this.buckets.set(key, { tokens: tokens - 1, at: this.now() });
    if (this.buckets.size > PRUNE_ABOVE) this.prune();
  }

  private level(key: string): number {
    const bucket = this.buckets.get(key);
    if (!bucket) return this.rule.capacity;
    const refilled = (this.now() - bucket.at) / this.rule.refillMs;
    return Math.min(this.rule.capacity, bucket.tokens + Math.max(0, refilled));
  }

  private prune(): void {
    for (const key of [...this.buckets.keys()]) if (this.level(key) >= this.rule.capacity) this.buckets.delete(key);
  }
}
