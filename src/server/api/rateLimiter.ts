// A token bucket per key: a burst of `perMinute` is allowed, then the bucket refills at
// perMinute / 60 per second. This one is kept in memory (the demo's writes, anonymous reads per
// address): a restart forgets it, which only ever lets someone write sooner. Keys are evicted
// once their bucket is full again. The Node server limits writes with the same arithmetic in the
// database (store/sql/rateBuckets.ts), so that several instances share one limit.
export interface RateLimiter {
  /** Takes one unit for `key`; 0 when allowed, else the milliseconds until one is free. */
  take(key: string, nowMs: number): number | Promise<number>;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * The milliseconds until a bucket holding `tokens` (< 1) has one unit again. The refill sums
 * fractions of a unit, so a whole number of milliseconds arrives as 1000.0000000002: round that
 * noise away before rounding up.
 */
export function waitForUnit(tokens: number, perMs: number): number {
  return Math.ceil((1 - tokens) / perMs - 1e-6);
}

/** The in-memory bucket answers at once. */
export interface MemoryRateLimiter extends RateLimiter {
  take(key: string, nowMs: number): number;
}

export function tokenBucket(perMinute: number, maxKeys = 100_000): MemoryRateLimiter {
  if (!(perMinute > 0)) throw new Error('perMinute must be positive');
  const perMs = perMinute / 60_000;
  const buckets = new Map<string, Bucket>();
  return {
    take(key, nowMs) {
      const bucket = buckets.get(key) ?? { tokens: perMinute, at: nowMs };
      const tokens = Math.min(perMinute, bucket.tokens + Math.max(0, nowMs - bucket.at) * perMs);
      if (tokens < 1) {
        buckets.set(key, { tokens, at: nowMs });
        return waitForUnit(tokens, perMs);
      }
      buckets.delete(key); // re-inserted last: the Map's order is least recently used first
      buckets.set(key, { tokens: tokens - 1, at: nowMs });
      if (buckets.size > maxKeys) buckets.delete(buckets.keys().next().value as string);
      return 0;
    },
  };
}
