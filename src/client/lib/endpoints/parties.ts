// GET /api/parties: who can pledge or receive, for the party filter.
import { queryOptions } from '@tanstack/react-query';
import { API_PATHS, type Party } from '@shared/contract';
import { apiRequest } from '../api-client';
import { partiesResponseSchema } from '../response-schemas';
import { partyKeys } from '../query-keys';

export async function fetchParties(signal?: AbortSignal): Promise<Party[]> {
  const { data } = await apiRequest(API_PATHS.parties, { schema: partiesResponseSchema, signal });
  return data.items;
}

export function partiesOptions() {
  return queryOptions({
    queryKey: partyKeys.all,
    queryFn: ({ signal }) => fetchParties(signal),
    staleTime: 5 * 60_000,
  });
}
