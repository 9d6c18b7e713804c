// POST /api/parties: add a party (a new one an article names, before its pledge is created).
import { API_PATHS, type NewParty, type Party } from '@shared/contract';
import { apiRequest } from '../api-client';
import { partySchema } from '../response-schemas';

export async function createParty(body: NewParty): Promise<Party> {
  const { data } = await apiRequest(API_PATHS.parties, { schema: partySchema, method: 'POST', body });
  return data;
}
