// A list "as of" a day, for any store: each pledge rebuilt from its history as it stood at the
// end of that day (see the domain's as-of.ts), then filtered, ordered and paged in memory. The
// deadline state is the one at the end of that day, pinned: the clock no longer matters.
import type { HistoryEvent, PledgeRecord } from '@shared/contract';
import type { DeadlineState } from '@shared/contract';
import { endOfDayMs, recordAsOf } from '@shared/domain';
import { stateFromTiming } from '../timing';
import { deriveFields, partyLinks } from './derived';
import { ordered, selectPage, type Candidate } from './select';
import type { ListResult, StoreListQuery } from './types';

export interface AsOfCandidate extends Candidate {
  state: DeadlineState;
}

/**
 * Every pledge as it stood at the end of `asOf`, ready to filter and order. A past day's answer
 * only changes with a write, so a store may keep it until its next write (rebuilding 100,000
 * pledges takes about 1.5 s; filtering and ordering the result, a small part of that).
 */
export function rebuildAsOf(
  records: Iterable<PledgeRecord>,
  events: readonly HistoryEvent[],
  asOf: string,
): AsOfCandidate[] {
  const query = { asOf };
  const eventsOf = new Map<string, HistoryEvent[]>();
  for (const event of events) {
    const list = eventsOf.get(event.pledgeId);
    if (list) list.push(event);
    else eventsOf.set(event.pledgeId, [event]);
  }
  // The end of the day, once per zone: Temporal is too slow to ask once per pledge.
  const ends = new Map<string, number>();
  const endIn = (zone: string) => {
    let end = ends.get(zone);
    if (end === undefined) ends.set(zone, (end = endOfDayMs(query.asOf, zone)));
    return end;
  };
  const candidates: AsOfCandidate[] = [];
  for (const current of records) {
    // In the trash now, or then: out of the view either way.
    if (current.deletedAt) continue;
    const record = recordAsOf(current, eventsOf.get(current.id) ?? [], query.asOf, () => endIn(current.timeZone));
    if (!record || record.deletedAt) continue;
    const derived = deriveFields(record);
    candidates.push({
      record,
      derived,
      partyIds: new Map(
        partyLinks(record)
          .reverse()
          .map((l) => [l.partyId, l.role]),
      ),
      // The domain's stateAsOf, from the memoized window bounds.
      state: stateFromTiming(derived, endIn(record.timeZone) - 1),
    });
  }
  return candidates;
}

/**
 * Rebuilt pledges kept for later pages: in each order asked for so far, so a page is a filter of
 * an ordered list (no sort of 100,000 pledges per request).
 */
export class AsOfSnapshot {
  private readonly byOrder = new Map<StoreListQuery['sort'], AsOfCandidate[]>();
  constructor(
    readonly asOf: string,
    private readonly candidates: AsOfCandidate[],
  ) {}

  page(query: StoreListQuery): ListResult {
    let inOrder = this.byOrder.get(query.sort);
    if (!inOrder) this.byOrder.set(query.sort, (inOrder = ordered(this.candidates, query.sort, (c) => c.state)));
    return pageAsOf(inOrder, query, true);
  }
}

/** One page of an as-of view from its rebuilt pledges (`inOrder`: already in the query's order). */
export function pageAsOf(candidates: readonly AsOfCandidate[], query: StoreListQuery, inOrder = false): ListResult {
  const { page, total } = selectPage(candidates, query, (c) => c.state, inOrder);
  return {
    items: page.map(({ record, derived, state }) => ({
      id: record.id,
      json: JSON.stringify(record),
      timing: { opensAt: derived.opensAt, closesAt: derived.closesAt, resolvedState: state },
    })),
    total,
  };
}

export function listAsOf(
  records: Iterable<PledgeRecord>,
  events: readonly HistoryEvent[],
  query: StoreListQuery & { asOf: string },
): ListResult {
  return pageAsOf(rebuildAsOf(records, events, query.asOf), query);
}
