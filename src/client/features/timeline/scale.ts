// The timeline's horizontal scale: calendar days to pixels and back, how many days a zoom puts
// across the screen, and the span of the axis (the pledges' windows and the marker, padded so
// that any of them can be brought to the middle of the screen). Dates are plain calendar dates
// (YYYY-MM-DD) and all arithmetic goes through the shared Temporal-based helpers.
import type { Zoom } from '@shared/contract';
import { addDays, compareDates, daysBetween } from '@shared/domain';

/** The zooms that put a fixed number of days across the screen (`fit` spans the view's windows). */
export type SpanZoom = Exclude<Zoom, 'fit'>;

/** About how many days fit across the visible width at each zoom. */
export const VISIBLE_DAYS: Record<SpanZoom, number> = { month: 31, quarter: 91, year: 365 };
export const SPAN_ZOOMS = Object.keys(VISIBLE_DAYS) as SpanZoom[];

/** Below this the timeline still draws at a readable density (a very narrow or unmeasured screen). */
const MIN_VIEWPORT_PX = 280;

export interface TimeScale {
  /** The first day of the axis: x = 0 is the start of this day. */
  start: string;
  /** Days on the axis (the last one is addDays(start, days - 1)). */
  days: number;
  pxPerDay: number;
}

/** Pixels per day so that `days` fill the viewport. */
export function pxPerDayAcross(days: number, viewportPx: number): number {
  return Math.max(MIN_VIEWPORT_PX, viewportPx) / days;
}

/** Pixels per day so that the zoom's span fills the viewport. */
export function pxPerDayFor(zoom: SpanZoom, viewportPx: number): number {
  return pxPerDayAcross(VISIBLE_DAYS[zoom], viewportPx);
}

/** Where a day starts on the axis. */
export function xOf(scale: TimeScale, date: string): number {
  return daysBetween(scale.start, date) * scale.pxPerDay;
}

/** The day an x position falls in (clamped to the axis). */
export function dateAt(scale: TimeScale, x: number): string {
  // The epsilon absorbs float error: the start of a day (day * pxPerDay) belongs to that day.
  const day = Math.min(scale.days - 1, Math.max(0, Math.floor(x / scale.pxPerDay + 1e-9)));
  return addDays(scale.start, day);
}

export function widthOf(scale: TimeScale): number {
  return scale.days * scale.pxPerDay;
}

export interface DaySpan {
  first: string;
  last: string;
}

/** The days on screen when the viewport, `viewportPx` wide, is scrolled to `scrollLeft`. */
export function visibleSpan(scale: TimeScale, scrollLeft: number, viewportPx: number): DaySpan {
  // The last pixel on screen is at scrollLeft + viewportPx - 1: a day that starts after it is not seen.
  return { first: dateAt(scale, scrollLeft), last: dateAt(scale, scrollLeft + Math.max(1, viewportPx) - 1) };
}

/**
 * The axis for some spans and a marker day (today or the as-of day): from the earliest to the
 * latest day among them, with half a screen (and at least a week) on either side, and never
 * shorter than two screens so there is always room to scroll the marker to the middle.
 */
export function axisRange(
  spans: readonly DaySpan[],
  marker: string,
  visibleDays: number,
): { start: string; days: number } {
  let first = marker;
  let last = marker;
  for (const s of spans) {
    if (compareDates(s.first, first) < 0) first = s.first;
    if (compareDates(s.last, last) > 0) last = s.last;
  }
  const pad = Math.max(7, Math.ceil(visibleDays / 2));
  const start = addDays(first, -pad);
  const minDays = 2 * visibleDays;
  const days = Math.max(daysBetween(start, addDays(last, pad)) + 1, minDays);
  return { start, days };
}

/**
 * Which day to put at the left edge of the screen first: the marker stays in view, placed so
 * that the screen shows as many of the spans as it can (the marker near the right edge when
 * the pledges lie mostly before it, near the left when they lie after, else in the middle).
 */
export function initialViewStart(spans: readonly DaySpan[], marker: string, visibleDays: number): string {
  const candidates = [0.5, 0.85, 0.15].map((share) => addDays(marker, -Math.round(visibleDays * share)));
  let best = candidates[0]!;
  let bestCount = -1;
  for (const start of candidates) {
    const end = addDays(start, visibleDays - 1);
    const count = spans.filter((s) => compareDates(s.last, start) >= 0 && compareDates(s.first, end) <= 0).length;
    if (count > bestCount) {
      best = start;
      bestCount = count;
    }
  }
  return best;
}

/**
 * The scroll position (along one axis) that brings [start, start + size) into a viewport of
 * `viewport` px scrolled to `scroll`, with `margin` px to spare; unchanged when it is already in
 * view. Something longer than the viewport shows its beginning.
 */
export function revealScroll(scroll: number, viewport: number, start: number, size: number, margin: number): number {
  const room = viewport - 2 * margin;
  if (room <= 0) return Math.max(0, start - margin);
  if (start >= scroll + margin && start + size <= scroll + viewport - margin) return scroll;
  if (size > room) return Math.max(0, start - margin);
  return Math.max(0, start < scroll + margin ? start - margin : start + size + margin - viewport);
}
