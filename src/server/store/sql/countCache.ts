// Per-segment counts of a filtered view, cached because counting 100,000 rows on every request
// would dominate its cost. A cached count stays right until a write (the store calls clear())
// or until the clock crosses a window boundary, the only thing that moves an open pledge from
// one segment to another; the store tells us the interval of clock values in which no boundary
// falls (reset()), and any `now` outside it (covers() false) starts a fresh cache.
import type { ClockInterval } from '../types';

const MAX_KEYS = 1000;

export class CountCache {
  private counts = new Map<string, number[]>();
  private valid: ClockInterval = { from: Infinity, until: -Infinity };

  /** Whether the counts kept were counted in the same clock interval as `nowMs`. */
  covers(nowMs: number): boolean {
    return nowMs >= this.valid.from && nowMs < this.valid.until;
  }

  /** Forgets every count and keeps new ones for the clock values in `interval`. */
  reset(interval: ClockInterval): void {
    this.counts.clear();
    this.valid = interval;
  }

  get(key: string): number[] | undefined {
    return this.counts.get(key);
  }

  set(key: string, counts: number[]): number[] {
    if (this.counts.size >= MAX_KEYS) this.counts.clear();
    this.counts.set(key, counts);
    return counts;
  }

  clear(): void {
    this.reset({ from: Infinity, until: -Infinity });
  }
}
