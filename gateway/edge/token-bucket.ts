/** The rate of one bucket: `burst` requests at once, refilled at `perMinute`. */
export interface BucketRate {
  readonly perMinute: number;
  readonly burst: number;
}

/** Whether a request may go, and if not, how many seconds until it may. */
export interface TakeResult {
  readonly allowed: boolean;
  readonly retryAfterSeconds: number;
}

/** Token buckets by client id, in memory (each gateway replica limits on its own). */
export interface TokenBuckets {
  /** Takes one token from the client's bucket. */
  take(id: string, rate: BucketRate): TakeResult;
  /** Number of buckets held. */
  readonly size: number;
}

/** Above this many buckets, full ones (clients idle long enough to have refilled) are dropped. */
const SWEEP_ABOVE = 10_000;

/**
 * Creates token buckets: each client starts with `burst` tokens, every request takes one, and tokens come back
 * at `perMinute`. Memory stays bounded because a full bucket holds no information and is dropped in sweeps.
 *
 * @example
 * const buckets = createTokenBuckets();
 * buckets.take('addr:203.0.113.9', { perMinute: 120, burst: 30 }); // { allowed: true, retryAfterSeconds: 0 }
 */
export function createTokenBuckets(now: () => number = () => performance.now()): TokenBuckets {
  const buckets = new Map<string, { tokens: number; at: number; rate: BucketRate }>();

  const refill = (bucket: { tokens: number; at: number; rate: BucketRate }, time: number) => {
    const perMs = bucket.rate.perMinute / 60_000;
    bucket.tokens = Math.min(bucket.rate.burst, bucket.tokens + (time - bucket.at) * perMs);
    bucket.at = time;
  };

  const sweep = (time: number) => {
    for (const [id, bucket] of buckets) {
      refill(bucket, time);
      if (bucket.tokens >= bucket.rate.burst) buckets.delete(id);
    }
  };

  return {
    get size() {
      return buckets.size;
    },
    take(id, rate) {
      const time = now();
      let bucket = buckets.get(id);
      if (!bucket) {
        if (buckets.size >= SWEEP_ABOVE) sweep(time);
        bucket = { tokens: rate.burst, at: time, rate };
        buckets.set(id, bucket);
      } else {
        bucket.rate = rate;
        refill(bucket, time);
      }
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { allowed: true, retryAfterSeconds: 0 };
      }
      const missingMs = (1 - bucket.tokens) / (rate.perMinute / 60_000);
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(missingMs / 1000)) };
    },
  };
}
