// GET /api/parties/stats: every party with its record (pledges made, received, guaranteed; of
// those made, kept, broken, on time, late), for the Parties page.
import { queryOptions } from '@tanstack/react-query';
import { API_PATHS } from '@shared/contract';
import { apiRequest, type ResponseOf } from '../api-client';
import { partyStatsResponseSchema } from '../response-schemas';
import { partyKeys, pledgeKeys } from '../query-keys';
import { fetchPledgePage } from './pledge-list';

export type PartyWithRecord = ResponseOf<typeof partyStatsResponseSchema>['items'][number];

export async function fetchPartyStats(signal?: AbortSignal): Promise<PartyWithRecord[]> {
  const { data } = await apiRequest(API_PATHS.partyStats, { schema: partyStatsResponseSchema, signal });
  return data.items;
}

export function partyStatsOptions() {
  return queryOptions({
    queryKey: partyKeys.stats(),
    queryFn: ({ signal }) => fetchPartyStats(signal),
  });
}

/** How many pledges (out of the trash) name a party in any role: what a merge would change. */
export function partyPledgeCountOptions(partyId: string) {
  const filters = { party: partyId };
  return queryOptions({
    queryKey: pledgeKeys.count(filters),
    queryFn: async ({ signal }) => (await fetchPledgePage(filters, null, signal)).total,
  });
}
