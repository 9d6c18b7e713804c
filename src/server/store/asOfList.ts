// A list "as of" a day, for any store: each pledge rebuilt from its history as it stood at the
// end of that day (see the domain's as-of.ts), then filtered, ordered and paged in memory. The
// deadline state is the one at the end of that day, pinned: the clock no longer matters.
import type { HistoryEvent, PledgeRecord } from '../../shared/contract';
import type { DeadlineState } from '../../shared/contract';
import { endOfDayMs, recordAsOf } from '../../shared/domain';
import { stateFromTiming } from '../timing';
import { deriveFields, partyLinks } from './derived';
import { selectPage, type Candidate } from './select';
import type { ListResult, StoreListQuery } from './types';

interface AsOfCandidate extends Candidate {
  state: DeadlineState;
}

export function listAsOf(records: Iterable<PledgeRecord>, events: readonly HistoryEvent[], query: StoreListQuery & { asOf: string }): ListResult {
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
      partyIds: new Map(partyLinks(record).reverse().map((l) => [l.partyId, l.role])),
      // The domain's stateAsOf, from the memoized window bounds.
      state: stateFromTiming(derived, endIn(record.timeZone) - 1),
    });
  }
  const { page, total } = selectPage(candidates, query, (c) => c.state);
  return {
    items: page.map(({ record, derived, state }) => ({
      id: record.id,
      json: JSON.stringify(record),
      timing: { opensAt: derived.opensAt, closesAt: derived.closesAt, resolvedState: state },
    })),
    total,
  };
}
