// Words for a deadline: the window itself ("due 25–28 Aug 2025") and where we stand relative
// to it ("overdue by 457 days"). Day counts are calendar days in the pledge's time zone.
import type { Temporal } from 'temporal-polyfill';
import type { DeadlineState, DeadlineWindow } from '../contract/pledge';
import { VERDICTS, DEADLINE_STATES } from '../contract/pledge-words';
import { formatDateIn, formatDateRangeIn } from '../i18n/dates';
import { englishTranslator } from '../i18n/english';
import type { Translate } from '../i18n/translator';
import { dateInZone, daysBetween, instantFromEpochMs, type PlainDateString } from './dates';
import { deadlineState, type Timed } from './deadline';
import { deadlineStateWords, timingWords, verdictWords, windowWords } from './messages';

/** "due 25–28 Aug 2025" / "до 25–28 серп. 2025", in the translator's language (English by default). */
export function describeWindow(deadline: DeadlineWindow | null, t: Translate = englishTranslator()): string {
  if (!deadline) return t(windowWords.none);
  if (deadline.earliest === undefined) return t(windowWords.dueBy, { date: formatDateIn(t.locale, deadline.latest) });
  return t(windowWords.due, { date: formatDateRangeIn(t.locale, deadline.earliest, deadline.latest) });
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
  t: Translate = englishTranslator(),
): string {
  const w = timingWords;
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
      if (p.verdict === 'withdrawn') return t(dl ? w.withdrawnBeforeDeadline : w.withdrawn);
      if (p.verdict !== 'open') return t(w.noDeadlineWasSet);
      return t(w.noDeadline);
    case 'upcoming': {
      if (dl!.earliest !== undefined && dl!.earliest !== dl!.latest) {
        const n = daysBetween(today, dl!.earliest);
        return n <= 1 ? t(w.windowOpensTomorrow) : t(w.windowOpensIn, { days: n });
      }
      // A one-day window, or a "due by" window seen before its announcement: what counts is the deadline.
      const n = daysBetween(today, dl!.latest);
      return n <= 1 ? t(w.dueTomorrow) : t(w.dueIn, { days: n });
    }
    case 'due': {
      const n = daysBetween(today, dl!.latest);
      const isWindow = dl!.earliest !== undefined && dl!.earliest !== dl!.latest;
      if (isWindow) return n === 0 ? t(w.windowClosesToday) : t(w.windowClosesIn, { days: n });
      return n === 0 ? t(w.dueToday) : n === 1 ? t(w.dueTomorrow) : t(w.dueIn, { days: n });
    }
    case 'overdue':
      return t(w.overdueBy, { days: daysBetween(dl!.latest, today) });
    case 'met':
      return t(p.verdict === 'partially_fulfilled' ? w.partlyMetOnTime : w.metOnTime);
    case 'late': {
      // The same date deadlineState judged by (it falls back to the announcement when the date is missing).
      const n = daysBetween(dl!.latest, p.resolvedOn ?? p.announcedOn);
      return t(p.verdict === 'partially_fulfilled' ? w.partlyFulfilledLate : w.fulfilledLate, { days: n });
    }
    case 'missed':
      return t(p.verdict === 'withdrawn' ? w.withdrawnAfterDeadline : w.missed);
  }
}

/** English names, for code without a reader's language; a page says `t(verdictWords[verdict])`. */
export const VERDICT_LABELS = /* @__PURE__ */ (() =>
  Object.fromEntries(VERDICTS.map((v) => [v, englishTranslator()(verdictWords[v])])) as Record<
    (typeof VERDICTS)[number],
    string
  >)();

export const DEADLINE_STATE_LABELS = /* @__PURE__ */ (() =>
  Object.fromEntries(DEADLINE_STATES.map((s) => [s, englishTranslator()(deadlineStateWords[s])])) as Record<
    DeadlineState,
    string
  >)();
