// GET /api/pledges: one page of a view, and the infinite query that pages through it.
import { infiniteQueryOptions, keepPreviousData } from '@tanstack/react-query';
import { API_PATHS, DEFAULT_LIMIT, serializeFilters, type PledgeFilters, type PledgePage } from '@shared/contract';
import { apiRequest } from '../api-client';
import { pledgePageSchema } from '../response-schemas';
import { pledgeKeys } from '../query-keys';
import { toQueryString } from '../query-string';

export async function fetchPledgePage(
  filters: PledgeFilters,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<PledgePage> {
  const query = toQueryString(serializeFilters({ ...filters, limit: DEFAULT_LIMIT, cursor: cursor ?? undefined }));
  const { data } = await apiRequest(`${API_PATHS.pledges}?${query}`, { schema: pledgePageSchema, signal });
  return data;
}

export function pledgeListOptions(filters: PledgeFilters) {
  return infiniteQueryOptions({
    queryKey: pledgeKeys.list(filters),
    queryFn: ({ pageParam, signal }) => fetchPledgePage(filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // A new filter keeps the previous results on screen until its own arrive: no flicker.
    placeholderData: keepPreviousData,
  });
}
