// PATCH /api/pledges/:id: a conditional update. If-Match names the version the change was
// made against, so two people can never silently overwrite each other (412 when stale). The
// server records the signed-in editor as the change's author.
import { API_PATHS, etagFor, type Pledge, type PledgePatch } from '@shared/contract';
import { apiRequest } from '../api-client';
import { pledgeSchema } from '../response-schemas';

export interface UpdatePledgeInput {
  id: string;
  version: number;
  patch: PledgePatch;
}

export async function updatePledge({ id, version, patch }: UpdatePledgeInput): Promise<Pledge> {
  const { data } = await apiRequest(API_PATHS.pledge(id), {
    schema: pledgeSchema,
    method: 'PATCH',
    body: patch,
    headers: { 'If-Match': etagFor(version) },
  });
  return data;
}
