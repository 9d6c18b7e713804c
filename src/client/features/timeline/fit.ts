// The "Fit" zoom: an axis that spans the view's deadline windows, so every bar is on screen at
// once without scrolling. The marker (today, or the as-of day) is on it too when that costs at
// most as many days as the windows span themselves: the drawing then stays at least half as
// detailed. Far from the windows (the summit's pledges of August 2025 seen more than a year later)
// it is left off, and the chart says in which direction it lies. See docs/decisions/0020.
import { addDays, compareDates, daysBetween } from '@shared/domain';
import type { DaySpan, SpanZoom } from './scale';

/** The shortest fitted axis: one window of a few days is drawn at about the month zoom's scale. */
export const MIN_FIT_DAYS = 31;

export interface FitRange {
  /** The first day of the axis. */
  start: string;
  days: number;
  /** Whether the marker's day is on the axis. */
  showsMarker: boolean;
}

function hull(spans: readonly DaySpan[]): DaySpan | null {
  let first: string | undefined;
  let last: string | undefined;
  for (const s of spans) {
    if (first === undefined || compareDates(s.first, first) < 0) first = s.first;
    if (last === undefined || compareDates(s.last, last) > 0) last = s.last;
  }
  return first === undefined || last === undefined ? null : { first, last };
}

const lengthOf = (span: DaySpan) => daysBetween(span.first, span.last) + 1;

/**
 * The axis that fits the spans (and the marker when it is close enough): their days with a
 * twentieth more on either side (at least one day, so no bar touches the frame), and never fewer
 * than MIN_FIT_DAYS, the extra shared between both sides.
 */
export function fitRange(spans: readonly DaySpan[], marker: string): FitRange {
  const windows = hull(spans) ?? { first: marker, last: marker };
  const withMarker: DaySpan = {
    first: compareDates(marker, windows.first) < 0 ? marker : windows.first,
    last: compareDates(marker, windows.last) > 0 ? marker : windows.last,
  };
  const showsMarker = lengthOf(withMarker) <= Math.max(2 * lengthOf(windows), MIN_FIT_DAYS);
  const core = showsMarker ? withMarker : windows;
  const pad = Math.max(1, Math.ceil(lengthOf(core) / 20));
  let start = addDays(core.first, -pad);
  let days = lengthOf(core) + 2 * pad;
  if (days < MIN_FIT_DAYS) {
    start = addDays(start, -Math.floor((MIN_FIT_DAYS - days) / 2));
    days = MIN_FIT_DAYS;
  }
  return { start, days, showsMarker };
}

/** The labels and grid lines of the zoom whose scale is nearest a fitted axis of `days`. */
export function fitTickZoom(days: number): SpanZoom {
  if (days <= 45) return 'month';
  if (days <= 200) return 'quarter';
  return 'year';
}
