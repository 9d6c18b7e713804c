// POST /api/pledges: record a new pledge (the intake page accepts a candidate with it). The
// server records the signed-in editor as its author.
import { API_PATHS, type NewPledge, type Pledge } from '@shared/contract';
import { apiRequest } from '../api-client';
import { pledgeSchema } from '../response-schemas';

export async function createPledge(body: NewPledge): Promise<Pledge> {
  const { data } = await apiRequest(API_PATHS.pledges, { schema: pledgeSchema, method: 'POST', body });
  return data;
}
