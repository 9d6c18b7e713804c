// GET /api/pledges/:id/history
import { queryOptions } from '@tanstack/react-query';
import { API_PATHS, type HistoryEvent } from '@shared/contract';
import { apiRequest } from '../api-client';
import { historyResponseSchema } from '../response-schemas';
import { pledgeKeys } from '../query-keys';

export async function fetchPledgeHistory(id: string, signal?: AbortSignal): Promise<HistoryEvent[]> {
  const { data } = await apiRequest(API_PATHS.history(id), { schema: historyResponseSchema, signal });
  return data.items;
}

export function pledgeHistoryOptions(id: string) {
  return queryOptions({
    queryKey: pledgeKeys.history(id),
    queryFn: ({ signal }) => fetchPledgeHistory(id, signal),
  });
}
