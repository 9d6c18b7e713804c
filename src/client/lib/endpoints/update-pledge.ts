// PATCH /api/pledges/:id: a conditional update. If-Match names the version the change was
// made against, so two people can never silently overwrite each other (412 when stale).
import { ACTOR_HEADER, API_PATHS, encodeActor, etagFor, pledgeSchema, type Pledge, type PledgePatch } from '../../../shared/contract';
import { apiRequest } from '../api-client';

export interface UpdatePledgeInput {
  id: string;
  version: number;
  patch: PledgePatch;
  actor: string;
}

export async function updatePledge({ id, version, patch, actor }: UpdatePledgeInput): Promise<Pledge> {
  const { data } = await apiRequest(API_PATHS.pledge(id), {
    schema: pledgeSchema,
    method: 'PATCH',
    body: patch,
    headers: { 'If-Match': etagFor(version), [ACTOR_HEADER]: encodeActor(actor) },
  });
  return data;
}
