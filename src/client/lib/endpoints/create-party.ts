// POST /api/parties: add a party (a new one an article names, before its pledge is created).
import { ACTOR_HEADER, API_PATHS, encodeActor, partySchema, type NewParty, type Party } from '../../../shared/contract';
import { apiRequest } from '../api-client';

export async function createParty(body: NewParty, actor?: string): Promise<Party> {
  const headers: Record<string, string> = actor ? { [ACTOR_HEADER]: encodeActor(actor) } : {};
  const { data } = await apiRequest(API_PATHS.parties, { schema: partySchema, method: 'POST', body, headers });
  return data;
}
