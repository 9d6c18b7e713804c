// "As of" a calendar day: a pledge as it stood at the end of that day, rebuilt from its history.
//
// - The day ends in the pledge's own zone, like its deadline: at the start of the next day there.
// - A pledge exists from the day it was announced, whenever it was recorded here: one announced
//   on 18 Aug and recorded on 20 Nov is shown on 1 Sep as it was first recorded. Only later
//   changes are undone, newest first, each field set back to the value its event says it had.
// - A verdict reached after that day (resolvedOn later) had not happened yet: the pledge is shown
//   open, without the evidence of that verdict, even when it was recorded resolved.
// - Its deadline state is the one at the last instant of that day.
// The rebuild reads the zone as it is now: a pledge's zone is fixed when it is recorded.
import type { HistoryEvent, PledgeRecord } from '../contract/pledge';
import { addDays, startOfDay } from './dates';
import { deadlineState } from './deadline';
import type { DeadlineState } from '../contract/pledge';

/** Epoch milliseconds at which `date` ends in `timeZone` (the start of the next day there). */
export function endOfDayMs(date: string, timeZone: string): number {
  return startOfDay(addDays(date, 1), timeZone).epochMilliseconds;
}

/**
 * The earliest instant at which any zone's `date` can end (the day ends first in UTC+14): history
 * events before it are older than every pledge's end of `date`, so a rebuild never needs them.
 */
export function earliestEndOfDayMs(date: string): number {
  return Date.parse(`${addDays(date, 1)}T00:00:00Z`) - 14 * 3_600_000;
}

/** The latest instant at which any zone's `date` can end (the day ends last in UTC-12). */
export function latestEndOfDayMs(date: string): number {
  return Date.parse(`${addDays(date, 1)}T00:00:00Z`) + 12 * 3_600_000;
}

/**
 * The record as it stood at the end of `date`, or null when it had not been announced yet.
 * `events` are the pledge's history events (any order; those of other pledges are ignored).
 * `endMs` gives the end of `date` in the pledge's zone, for callers that have it cached.
 */
export function recordAsOf(
  record: PledgeRecord,
  events: readonly HistoryEvent[],
  date: string,
  endMs: () => number = () => endOfDayMs(date, record.timeZone),
): PledgeRecord | null {
  if (record.announcedOn > date) return null;
  const own = events.filter((e) => e.pledgeId === record.id);
  const end = own.length ? endMs() : Infinity;
  const later = own
    .filter((e) => e.kind !== 'created' && Date.parse(e.at) >= end)
    .sort((a, b) => b.version - a.version);
  const rebuilt: Record<string, unknown> = { ...record };
  for (const event of later) {
    for (const change of event.changes) rebuilt[change.field] = change.from;
    rebuilt.version = Math.max(1, event.version - 1);
  }
  if (later.length) {
    // The last change still standing, else the day it was recorded.
    const kept = own
      .filter((e) => Date.parse(e.at) < end)
      .reduce<string | null>((latest, e) => (latest === null || e.at > latest ? e.at : latest), null);
    rebuilt.updatedAt = kept ?? record.createdAt;
  }
  const result = rebuilt as PledgeRecord;
  if (result.verdict !== 'open' && result.resolvedOn !== null && result.resolvedOn > date) {
    return { ...result, verdict: 'open', resolvedOn: null, evidence: [] };
  }
  return result;
}

/** A pledge's deadline state at the end of `date`, in its zone. */
export function stateAsOf(record: PledgeRecord, date: string): DeadlineState {
  return deadlineState(record, endOfDayMs(date, record.timeZone) - 1);
}

/** The instant a view judges a pledge at: now, or the last instant of the as-of day in its zone. */
export function viewMoment(timeZone: string, asOf: string | undefined, nowMs: number): number {
  return asOf === undefined ? nowMs : endOfDayMs(asOf, timeZone) - 1;
}

/**
 * The record as it stood at `version`, rebuilt from its history: every event after that version
 * undone, newest first, each field set back to the value its event says it had. Null when the
 * record never had that version.
 */
export function recordAtVersion(
  record: PledgeRecord,
  events: readonly HistoryEvent[],
  version: number,
): PledgeRecord | null {
  if (!Number.isInteger(version) || version < 1 || version > record.version) return null;
  const later = events
    .filter((e) => e.pledgeId === record.id && e.version > version)
    .sort((a, b) => b.version - a.version);
  const rebuilt: Record<string, unknown> = { ...record };
  for (const event of later) {
    for (const change of event.changes) rebuilt[change.field] = change.from;
  }
  const kept = events.filter((e) => e.pledgeId === record.id && e.version === version)[0];
  return { ...(rebuilt as PledgeRecord), version, updatedAt: kept?.at ?? record.createdAt };
}
