// POST /api/pledges: record a new pledge (the intake page accepts a candidate with it).
import { ACTOR_HEADER, API_PATHS, encodeActor, pledgeSchema, type NewPledge, type Pledge } from '../../../shared/contract';
import { apiRequest } from '../api-client';

export async function createPledge(body: NewPledge, actor?: string): Promise<Pledge> {
  const headers: Record<string, string> = actor ? { [ACTOR_HEADER]: encodeActor(actor) } : {};
  const { data } = await apiRequest(API_PATHS.pledges, { schema: pledgeSchema, method: 'POST', body, headers });
  return data;
}
