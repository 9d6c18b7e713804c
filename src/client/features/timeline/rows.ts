// What the timeline draws for each pledge: the days its window spans and where it stands,
// at the marker's moment (now, or the end of the as-of day in the pledge's own zone).
import { shownTitle } from '@shared/i18n';
import type { DeadlineState, Pledge } from '@shared/contract';
import { deadlineState, deadlineStateWords, endOfDayMs } from '@shared/domain';
import { englishTranslator, formatDateRangeIn, type Translate } from '@shared/i18n';
import { timelineWords } from './messages';
import type { DaySpan } from './scale';

export interface TimelineRow extends DaySpan {
  pledge: Pledge;
  state: DeadlineState;
  /** A single day: drawn as a point, not a bar. */
  point: boolean;
  /** "Put the security guarantees in writing: 25–28 Aug 2025, overdue" */
  name: string;
}

/** The moment a pledge's state is read at: now, or the last instant of the as-of day in its zone. */
export function stateMoment(pledge: Pledge, nowMs: number, asOf: string | undefined): number {
  return asOf ? endOfDayMs(asOf, pledge.timeZone) - 1 : nowMs;
}

/** The pledges with a deadline, in the view's order, as rows; and those without one. */
export function timelineRows(
  pledges: readonly Pledge[],
  nowMs: number,
  asOf: string | undefined,
  t: Translate = englishTranslator(),
): { rows: TimelineRow[]; undated: Pledge[] } {
  const rows: TimelineRow[] = [];
  const undated: Pledge[] = [];
  for (const pledge of pledges) {
    const window = pledge.deadline;
    if (!window) {
      undated.push(pledge);
      continue;
    }
    const first = window.earliest ?? pledge.announcedOn;
    // A "due by" announced after its own deadline (a data slip) still draws as its last day.
    const start = first <= window.latest ? first : window.latest;
    const state = deadlineState(pledge, stateMoment(pledge, nowMs, asOf));
    rows.push({
      pledge,
      first: start,
      last: window.latest,
      state,
      point: start === window.latest,
      name: t(timelineWords.rowName, {
        title: shownTitle(pledge, t.locale).text,
        window: formatDateRangeIn(t.locale, start, window.latest),
        state: t(deadlineStateWords[state]).toLocaleLowerCase(t.locale),
      }),
    });
  }
  return { rows, undated };
}
