// Deadline semantics, the heart of the product. A window is made of calendar dates in the
// pledge's own time zone: it opens at the start of `earliest` (or of the announcement, for
// "due by X") and closes at the end of `latest`, there, never in the viewer's zone.
import type { Temporal } from 'temporal-polyfill';
import type { DeadlineState, DeadlineWindow, PledgeRecord, Verdict } from '../contract/pledge';
import { addDays, compareDates, startOfDay } from './dates';

/** What deadline semantics need to know about a pledge. */
export type Timed = Pick<PledgeRecord, 'announcedOn' | 'timeZone' | 'deadline' | 'verdict' | 'resolvedOn'>;

/** Epoch milliseconds at which the window opens. */
export function opensAtMs(p: Pick<Timed, 'announcedOn' | 'timeZone'> & { deadline: DeadlineWindow }): number {
  return startOfDay(p.deadline.earliest ?? p.announcedOn, p.timeZone).epochMilliseconds;
}

/** Epoch milliseconds at which the window closes: the start of the day after `latest`. */
export function closesAtMs(p: Pick<Timed, 'timeZone'> & { deadline: DeadlineWindow }): number {
  return startOfDay(addDays(p.deadline.latest, 1), p.timeZone).epochMilliseconds;
}

/** The timing of a resolved pledge does not depend on the clock. */
export function resolvedState(
  deadline: DeadlineWindow | null,
  verdict: Exclude<Verdict, 'open'>,
  resolvedOn: string,
): DeadlineState {
  if (!deadline) return 'none';
  const afterWindow = compareDates(resolvedOn, deadline.latest) > 0;
  switch (verdict) {
    case 'fulfilled':
    case 'partially_fulfilled':
      return afterWindow ? 'late' : 'met';
    case 'broken':
      return 'missed';
    case 'withdrawn':
      // Withdrawn before the window closed: nothing was missed, the deadline simply no longer applies.
      return afterWindow ? 'missed' : 'none';
  }
}

/** The state of an open pledge's window at `nowMs`, from precomputed bounds. */
export function openStateAt(opensAt: number, closesAt: number, nowMs: number): DeadlineState {
  if (nowMs < opensAt) return 'upcoming';
  if (nowMs < closesAt) return 'due';
  return 'overdue';
}

/** Is it on time? Derived from the window, the verdict and the clock; never stored. */
export function deadlineState(p: Timed, now: Temporal.Instant | number): DeadlineState {
  const nowMs = typeof now === 'number' ? now : now.epochMilliseconds;
  if (p.verdict !== 'open') return resolvedState(p.deadline, p.verdict, p.resolvedOn ?? p.announcedOn);
  if (!p.deadline) return 'none';
  const dl = { ...p, deadline: p.deadline };
  return openStateAt(opensAtMs(dl), closesAtMs(dl), nowMs);
}
