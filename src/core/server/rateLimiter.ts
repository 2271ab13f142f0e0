/** How fast one client may send: `perMinute` on average, with up to `burst` at once. */
export interface RateLimit {
  perMinute: number;
  burst: number;
}

export type Admission = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Takes one request from `key`'s bucket, or says how many whole seconds until one is there. */
  take(key: string): Admission;
  /** Forgets every bucket: the keys change when their salt does, so the old ones can never match again. */
  clear(): void;
  readonly size: number;
}

/** Beyond this many buckets, full ones are dropped: they hold nothing a fresh bucket would not. */
const PRUNE_AT = 10_000;

/**
 * A token bucket per key, refilled continuously from the injected clock (milliseconds), so tests step time instead of
 * sleeping. In memory only: a restart forgives everyone, which is the point of keeping nothing.
 */
export function createRateLimiter(limit: RateLimit, now: () => number): RateLimiter {
  const perMs = limit.perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  const refilled = (bucket: { tokens: number; at: number }, t: number) => Math.min(limit.burst, bucket.tokens + (t - bucket.at) * perMs);
  const prune = (t: number) => {
    for (const [key, bucket] of buckets) if (refilled(bucket, t) >= limit.burst) buckets.delete(key);
  };
  return {
    take(key) {
      const t = now();
      const bucket = buckets.get(key) ?? { tokens: limit.burst, at: t };
      const tokens = refilled(bucket, t);
      if (tokens < 1) {
        buckets.set(key, { tokens, at: t });
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
      }
      if (!buckets.has(key) && buckets.size >= PRUNE_AT) prune(t);
      buckets.set(key, { tokens: tokens - 1, at: t });
      return { ok: true };
    },
    clear: () => buckets.clear(),
    get size() {
      return buckets.size;
    },
  };
}
