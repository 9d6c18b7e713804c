// The home page's view, read from its address once. TanStack Router asks validateSearch many times
// for one address (to match it, to build the links to it, to check that it is canonical), and the
// loader, the page and the bad-parameter notice need the same answer: so each address is parsed
// once, and what the parse found (the valid filters, the problems) is kept for the next asker.
//
// A bad parameter in a shared link never breaks the page: the filters leave it out, and the notice
// says so. The router rewrites the address to the clean one before it loads anything, so the
// watcher below reads each location itself, the first one before the router has started.
import { LANGUAGE_PARAM } from '@shared/i18n';
import type { AnyRouter, ParsedLocation } from '@tanstack/react-router';
import { latestCalendarDay, parseFilters, type ParamProblem, type PledgeFilters } from '@shared/contract';
import { paths } from '@client/app/paths';
import { now } from '@client/lib/clock';
import { useSearchNotice } from '@client/lib/stores/search-notice';

export interface ListSearch {
  filters: PledgeFilters;
  problems: ParamProblem[];
}

/** Enough for the addresses a few navigations touch (where they come from, where they go, the links). */
const KEPT = 16;
const parsed = new Map<string, ListSearch>();

/**
 * One key per address, whatever its form: the raw strings of a URL (`state: 'overdue,due'`) and a
 * filters object (`state: ['overdue', 'due']`) read alike, as parseFilters reads them. The day is
 * part of it because an as-of day in the future is refused until that day has begun.
 */
function keyOf(search: object): string {
  const entries: string[][] = [];
  for (const [name, value] of Object.entries(search)) {
    if (value !== undefined && value !== null)
      entries.push([name, Array.isArray(value) ? value.join(',') : String(value)]);
  }
  return JSON.stringify([latestCalendarDay(now()), entries.sort()]);
}

/** The filters of a search object (raw or already valid) and what had to be left out of it. */
export function readListSearch(search: object): ListSearch {
  const key = keyOf(search);
  let result = parsed.get(key);
  if (!result) {
    // A link's language (?lang=) is the page's, not a filter.
    result = parseFilters(search as Record<string, unknown>, { nowMs: now(), extraParams: [LANGUAGE_PARAM] });
    if (parsed.size >= KEPT) parsed.delete(parsed.keys().next().value!);
    parsed.set(key, result);
  }
  return result;
}

function check(location: ParsedLocation): void {
  if (location.pathname !== paths.home) return;
  const { problems } = readListSearch(location.search);
  if (problems.length) useSearchNotice.getState().report(problems);
}

/** Reports what a list address left out, from the first location on; leaving the list clears it. */
export function watchSearchProblems(router: AnyRouter): () => void {
  useSearchNotice.getState().clear();
  check(router.latestLocation);
  return router.subscribe('onBeforeLoad', (event) => {
    // Leaving the page clears the notice; the first load (no previous location) must not.
    if (event.fromLocation && event.pathChanged) useSearchNotice.getState().clear();
    check(event.toLocation);
  });
}
