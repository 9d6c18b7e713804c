// The day the timeline is read at, drawn as a vertical line: today (in the viewer's zone), or
// the as-of day of a pinned view.
import { dateInZone, instantFromEpochMs } from '@shared/domain';
import { englishTranslator, formatDateIn, type Translate } from '@shared/i18n';
import { timelineWords } from './messages';

export interface TimelineMarker {
  date: string;
  /** "Today · 29 Nov 2026" or "As of 1 Sep 2025" */
  label: string;
  /** "Go to today" or "Go to 1 Sep 2025" */
  goLabel: string;
}

/** The calendar date it is at an instant where the viewer is. */
export function viewerToday(
  nowMs: number,
  timeZone: string = Intl.DateTimeFormat().resolvedOptions().timeZone,
): string {
  return dateInZone(instantFromEpochMs(nowMs), timeZone);
}

export function timelineMarker(
  nowMs: number,
  asOf: string | undefined,
  timeZone?: string,
  t: Translate = englishTranslator(),
): TimelineMarker {
  if (asOf) {
    const date = formatDateIn(t.locale, asOf);
    return { date: asOf, label: t(timelineWords.markerAsOf, { date }), goLabel: t(timelineWords.goTo, { date }) };
  }
  const today = viewerToday(nowMs, timeZone);
  return {
    date: today,
    label: t(timelineWords.markerToday, { date: formatDateIn(t.locale, today) }),
    goLabel: t(timelineWords.goToToday),
  };
}
