// Pledges as the API returns them: with their deadline state derived at response time.
import type { Pledge, PledgeRecord } from '@shared/contract';
import type { ListedPledge } from '../store/types';
import { deadlineStateAt, stateFromTiming } from '../timing';

export function pledgeView(record: PledgeRecord, nowMs: number): Pledge {
  return { ...record, deadlineState: deadlineStateAt(record, nowMs) };
}

/**
 * The body of a list response, written around the stored JSON of each pledge: the state is
 * spliced in as its first key instead of parsing and re-serializing every record (see
 * ListedPledge). Stored JSON always comes from JSON.stringify of a record, an object.
 */
export function pageJson(
  items: readonly ListedPledge[],
  nextCursor: string | null,
  total: number,
  nowMs: number,
): string {
  const pledges = items.map(
    (item) => `{"deadlineState":"${stateFromTiming(item.timing, nowMs)}",${item.json.slice(1)}`,
  );
  return `{"items":[${pledges.join(',')}],"nextCursor":${JSON.stringify(nextCursor)},"total":${total}}`;
}
