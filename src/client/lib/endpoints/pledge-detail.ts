// GET /api/pledges/:id
import { queryOptions } from '@tanstack/react-query';
import { API_PATHS, type Pledge } from '@shared/contract';
import { apiRequest } from '../api-client';
import { pledgeSchema } from '../response-schemas';
import { pledgeKeys } from '../query-keys';

export async function fetchPledge(id: string, signal?: AbortSignal): Promise<Pledge> {
  const { data } = await apiRequest(API_PATHS.pledge(id), { schema: pledgeSchema, signal });
  return data;
}

export function pledgeDetailOptions(id: string) {
  return queryOptions({
    queryKey: pledgeKeys.detail(id),
    queryFn: ({ signal }) => fetchPledge(id, signal),
  });
}
