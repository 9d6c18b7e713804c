// Journeys make their own pledges through the public API so that each starts from a known state,
// as the "Journey setup" editor with an API token.
import { expect, type APIRequestContext } from '@playwright/test';
import type { NewPledge, Pledge } from '@shared/contract';
import { asPerson } from './accounts';

let counter = 0;

export async function createPledge(request: APIRequestContext, overrides: Partial<NewPledge> = {}): Promise<Pledge> {
  counter += 1;
  const body: NewPledge = {
    title: `Journey pledge ${Date.now().toString(36)}-${counter}`,
    quote: 'We will deliver the report within ten days.',
    pledgers: ['united-states'],
    beneficiaries: ['ukraine'],
    announcedOn: '2025-08-18',
    timeZone: 'America/New_York',
    deadline: { earliest: '2025-09-01', latest: '2025-09-15', text: 'in the first half of September' },
    ...overrides,
  };
  const res = await request.post('/api/pledges', { data: body, headers: asPerson('setup') });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as Pledge;
}
