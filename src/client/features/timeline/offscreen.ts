// What lies beyond the edges of the screen: how many windows end before the first day on screen
// or start after the last, and where to scroll to bring them in. The chart shows the counts at
// its edges ("← 1 pledge earlier"), so a view that opens on an empty stretch around today says
// where its pledges are and goes there in one step.
import { addDays, compareDates, daysBetween } from '@shared/domain';
import type { DaySpan } from './scale';

export type Side = 'earlier' | 'later';

/** Where a span lies against the days on screen: before them, after them, or (partly) on screen. */
export function sideOf(span: DaySpan, visible: DaySpan): Side | null {
  if (compareDates(span.last, visible.first) < 0) return 'earlier';
  if (compareDates(span.first, visible.last) > 0) return 'later';
  return null;
}

export interface OffscreenCounts {
  earlier: number;
  later: number;
}

export function offscreenCounts(spans: readonly DaySpan[], visible: DaySpan): OffscreenCounts {
  const counts = { earlier: 0, later: 0 };
  for (const s of spans) {
    const side = sideOf(s, visible);
    if (side) counts[side] += 1;
  }
  return counts;
}

/**
 * The first day to show, a screen as long as `visible`, to bring in the spans on one side: all
 * of them, centred, when they fit with a day to spare at each end; else as many as fit, the
 * nearest one a day (or a tenth of the screen) inside the edge it comes from. Null when nothing
 * lies on that side. Each step brings at least the nearest span on screen, so the count on that
 * side falls with every step and none is skipped over.
 */
export function revealStart(spans: readonly DaySpan[], visible: DaySpan, side: Side): string | null {
  const beyond = spans.filter((s) => sideOf(s, visible) === side);
  if (!beyond.length) return null;
  const screen = daysBetween(visible.first, visible.last) + 1;
  const first = beyond.reduce((a, s) => (compareDates(s.first, a) < 0 ? s.first : a), beyond[0]!.first);
  const last = beyond.reduce((a, s) => (compareDates(s.last, a) > 0 ? s.last : a), beyond[0]!.last);
  const length = daysBetween(first, last) + 1;
  if (length + 2 <= screen) return addDays(first, -Math.floor((screen - length) / 2));
  const margin = Math.min(Math.max(1, Math.floor(screen / 10)), Math.floor((screen - 1) / 2));
  // The nearest: the latest end among those before, the earliest start among those after.
  return side === 'earlier' ? addDays(last, margin - (screen - 1)) : addDays(first, -margin);
}
