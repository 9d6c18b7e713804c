// PATCH /api/parties/:id (rename, or change kind or aliases) and POST /api/parties/:id/merge
// (a duplicate into another). Pledges carry their parties' names, so after either the parties,
// their records and every pledge query are refetched.
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { API_PATHS, type Party, type PartyMergeResult, type PartyPatch } from '@shared/contract';
import { apiRequest } from '../api-client';
import { partyMergeResultSchema, partySchema } from '../response-schemas';
import { partyKeys, pledgeKeys } from '../query-keys';

export async function updateParty(id: string, patch: PartyPatch): Promise<Party> {
  const { data } = await apiRequest(API_PATHS.party(id), { schema: partySchema, method: 'PATCH', body: patch });
  return data;
}

export async function mergeParty(id: string, into: string): Promise<PartyMergeResult> {
  const { data } = await apiRequest(API_PATHS.partyMerge(id), {
    schema: partyMergeResultSchema,
    method: 'POST',
    body: { into },
  });
  return data;
}

/** What a party change makes stale: the parties (and their records) and every pledge, which shows party names. */
export function invalidateAfterPartyChange(queryClient: QueryClient): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: partyKeys.all }),
    queryClient.invalidateQueries({ queryKey: pledgeKeys.all }),
  ]).then(() => undefined);
}

export function useUpdateParty() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: PartyPatch }) => updateParty(id, patch),
    onSuccess: () => invalidateAfterPartyChange(queryClient),
  });
}

export function useMergeParty() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, into }: { id: string; into: string }) => mergeParty(id, into),
    onSuccess: () => invalidateAfterPartyChange(queryClient),
  });
}
