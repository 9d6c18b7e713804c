// Writes per user: a token bucket per key. A burst of `perMinute` is allowed, then the bucket
// refills at perMinute / 60 per second. Kept in memory: a restart forgets it, which only ever
// lets someone write sooner. Keys are evicted once their bucket is full again.
export interface RateLimiter {
  /** Takes one unit for `key`; 0 when allowed, else the milliseconds until one is free. */
  take(key: string, nowMs: number): number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export function tokenBucket(perMinute: number, maxKeys = 100_000): RateLimiter {
  if (!(perMinute > 0)) throw new Error('perMinute must be positive');
  const perMs = perMinute / 60_000;
  const buckets = new Map<string, Bucket>();
  return {
    take(key, nowMs) {
      const bucket = buckets.get(key) ?? { tokens: perMinute, at: nowMs };
      const tokens = Math.min(perMinute, bucket.tokens + Math.max(0, nowMs - bucket.at) * perMs);
      if (tokens < 1) {
        buckets.set(key, { tokens, at: nowMs });
        return Math.ceil((1 - tokens) / perMs);
      }
      buckets.delete(key); // re-inserted last: the Map's order is least recently used first
      buckets.set(key, { tokens: tokens - 1, at: nowMs });
      if (buckets.size > maxKeys) buckets.delete(buckets.keys().next().value as string);
      return 0;
    },
  };
}
