// Per-segment counts of a filtered view, cached because counting 100,000 rows on every request
// would dominate its cost. A cached count stays right until a write (the store calls clear())
// or until the clock crosses a window boundary, the only thing that moves an open pledge from
// one segment to another; the store tells us the interval of clock values in which no boundary
// falls, and any `now` outside it starts a fresh cache.
import type { ClockInterval } from '../types';

const MAX_KEYS = 1000;

export class CountCache {
  private counts = new Map<string, number[]>();
  private valid: ClockInterval = { from: Infinity, until: -Infinity };

  constructor(private readonly intervalAround: (nowMs: number) => ClockInterval) {}

  get(key: string, nowMs: number, compute: () => number[]): number[] {
    if (nowMs < this.valid.from || nowMs >= this.valid.until) {
      this.counts.clear();
      this.valid = this.intervalAround(nowMs);
    }
    let counts = this.counts.get(key);
    if (!counts) {
      counts = compute();
      if (this.counts.size >= MAX_KEYS) this.counts.clear();
      this.counts.set(key, counts);
    }
    return counts;
  }

  clear(): void {
    this.counts.clear();
    this.valid = { from: Infinity, until: -Infinity };
  }
}
