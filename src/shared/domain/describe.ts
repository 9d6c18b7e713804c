// Words for a deadline: the window itself ("due 25–28 Aug 2025") and where we stand relative
// to it ("overdue by 457 days"). Day counts are calendar days in the pledge's time zone.
import type { Temporal } from 'temporal-polyfill';
import type { DeadlineState, DeadlineWindow } from '../contract/pledge';
import {
  dateInZone,
  daysBetween,
  formatDate,
  formatDateRange,
  instantFromEpochMs,
  type PlainDateString,
} from './dates';
import { deadlineState, type Timed } from './deadline';

export function describeWindow(deadline: DeadlineWindow | null): string {
  if (!deadline) return 'no deadline';
  if (deadline.earliest === undefined) return `due by ${formatDate(deadline.latest)}`;
  if (deadline.earliest === deadline.latest) return `due ${formatDate(deadline.latest)}`;
  return `due ${formatDateRange(deadline.earliest, deadline.latest)}`;
}

function days(n: number): string {
  return n === 1 ? '1 day' : `${n} days`;
}

/**
 * "due in 3 days", "window open, closes in 2 days", "overdue by 457 days", "met on time", "fulfilled
 * 6 days late". A caller describing thousands of pledges at one instant (a feed) may pass what it
 * already knows, the pledge's deadline state then and the date then in its zone, to skip
 * computing them again for each.
 */
export function describeTiming(
  p: Timed,
  now: Temporal.Instant | number,
  known?: { state: DeadlineState; today: PlainDateString },
): string {
  let state: DeadlineState;
  let today: PlainDateString;
  if (known) ({ state, today } = known);
  else {
    const instant = typeof now === 'number' ? instantFromEpochMs(now) : now;
    state = deadlineState(p, instant);
    today = dateInZone(instant, p.timeZone);
  }
  const dl = p.deadline;
  switch (state) {
    case 'none':
      if (p.verdict === 'withdrawn') return dl ? 'withdrawn before the deadline' : 'withdrawn';
      if (p.verdict !== 'open') return 'no deadline was set';
      return 'no deadline';
    case 'upcoming': {
      if (dl!.earliest !== undefined && dl!.earliest !== dl!.latest) {
        const n = daysBetween(today, dl!.earliest);
        return n <= 1 ? 'window opens tomorrow' : `window opens in ${days(n)}`;
      }
      // A one-day window, or a "due by" window seen before its announcement: what counts is the deadline.
      const n = daysBetween(today, dl!.latest);
      return n <= 1 ? 'due tomorrow' : `due in ${days(n)}`;
    }
    case 'due': {
      const n = daysBetween(today, dl!.latest);
      const isWindow = dl!.earliest !== undefined && dl!.earliest !== dl!.latest;
      if (isWindow) return n === 0 ? 'window open, closes today' : `window open, closes in ${days(n)}`;
      return n === 0 ? 'due today' : n === 1 ? 'due tomorrow' : `due in ${days(n)}`;
    }
    case 'overdue':
      return `overdue by ${days(daysBetween(dl!.latest, today))}`;
    case 'met':
      return p.verdict === 'partially_fulfilled' ? 'partly met on time' : 'met on time';
    case 'late': {
      // The same date deadlineState judged by (it falls back to the announcement when the date is missing).
      const n = daysBetween(dl!.latest, p.resolvedOn ?? p.announcedOn);
      return p.verdict === 'partially_fulfilled' ? `partly fulfilled ${days(n)} late` : `fulfilled ${days(n)} late`;
    }
    case 'missed':
      return p.verdict === 'withdrawn' ? 'withdrawn after the deadline' : 'missed';
  }
}

export const VERDICT_LABELS = {
  open: 'Open',
  fulfilled: 'Fulfilled',
  partially_fulfilled: 'Partially fulfilled',
  broken: 'Broken',
  withdrawn: 'Withdrawn',
} as const;

export const DEADLINE_STATE_LABELS = {
  none: 'No deadline',
  upcoming: 'Upcoming',
  due: 'Due',
  overdue: 'Overdue',
  met: 'Met',
  late: 'Late',
  missed: 'Missed',
} as const;
