// Deadline timing, computed once per write and kept beside each stored pledge, so that no list
// needs Temporal: the domain's opensAtMs/closesAtMs cost ~15 µs a call, fine for one pledge, not
// for 100,000 at seeding. The instants depend only on (zone, date) and are memoized; the domain
// functions stay the single definition. Browser-safe: used by the API and both stores.
import type { DeadlineState, PledgeRecord } from '@shared/contract';
import type { PledgeTiming } from './store/types';
import { closesAtMs, openStateAt, opensAtMs, resolvedState } from '@shared/domain';

const MAX_ENTRIES = 50_000;
const opens = new Map<string, number>();
const closes = new Map<string, number>();

function remember(cache: Map<string, number>, key: string, compute: () => number): number {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const value = compute();
  // A crude bound: real data has few distinct (zone, date) pairs, synthetic data may have many.
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(key, value);
  return value;
}

interface WindowBounds {
  opensAt: number;
  closesAt: number;
}

type Timed = Pick<PledgeRecord, 'announcedOn' | 'timeZone' | 'deadline' | 'verdict' | 'resolvedOn'>;

/** Epoch-ms bounds of a pledge's deadline window, or null without a deadline. */
function windowBounds(p: Pick<Timed, 'announcedOn' | 'timeZone' | 'deadline'>): WindowBounds | null {
  const deadline = p.deadline;
  if (!deadline) return null;
  const start = deadline.earliest ?? p.announcedOn;
  return {
    opensAt: remember(opens, `${p.timeZone} ${start}`, () =>
      opensAtMs({ announcedOn: start, timeZone: p.timeZone, deadline: { latest: deadline.latest, text: '' } }),
    ),
    closesAt: remember(closes, `${p.timeZone} ${deadline.latest}`, () =>
      closesAtMs({ timeZone: p.timeZone, deadline }),
    ),
  };
}

/** The clock-independent state of a resolved pledge; null while the verdict is open. */
function settledState(p: Timed): DeadlineState | null {
  return p.verdict === 'open' ? null : resolvedState(p.deadline, p.verdict, p.resolvedOn ?? p.announcedOn);
}

/** What a pledge's deadline state is derived from, computed once when it is stored. */
export function timingOf(p: Timed): PledgeTiming {
  const bounds = windowBounds(p);
  return { opensAt: bounds?.opensAt ?? null, closesAt: bounds?.closesAt ?? null, resolvedState: settledState(p) };
}

/** The deadline state at `nowMs` from precomputed timing: the domain's rules, without Temporal. */
export function stateFromTiming(t: PledgeTiming, nowMs: number): DeadlineState {
  if (t.resolvedState) return t.resolvedState;
  return t.opensAt === null || t.closesAt === null ? 'none' : openStateAt(t.opensAt, t.closesAt, nowMs);
}

/** Same answer as the domain's deadlineState, from memoized bounds. */
export function deadlineStateAt(p: Timed, nowMs: number): DeadlineState {
  return stateFromTiming(timingOf(p), nowMs);
}
