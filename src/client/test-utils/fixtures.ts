// Contract-valid pledges for tests that need data the seed does not have (e.g. a long list).
import { pledgeSchema, type Pledge, type PledgePage } from '../../shared/contract';

export function makePledge(index: number, overrides: Partial<Pledge> = {}): Pledge {
  const day = String((index % 28) + 1).padStart(2, '0');
  return pledgeSchema.parse({
    id: `synthetic-${index}`,
    title: `Synthetic pledge number ${index}`,
    quote: `We will do thing number ${index}.`,
    pledgers: [{ id: 'united-states', name: 'United States' }],
    beneficiaries: [{ id: 'ukraine', name: 'Ukraine' }],
    guarantors: [],
    announcedOn: '2025-08-18',
    timeZone: 'America/New_York',
    deadline: { latest: `2025-09-${day}`, text: 'by September' },
    amount: null,
    tags: [],
    sources: [],
    evidence: [],
    verdict: 'open',
    resolvedOn: null,
    version: 1,
    createdAt: '2025-08-18T20:00:00.000Z',
    updatedAt: '2025-08-18T20:00:00.000Z',
    deadlineState: 'overdue',
    ...overrides,
  });
}

/** Pages of `total` synthetic pledges, `size` at a time, with cursors "p1", "p2", … */
export function syntheticPage(total: number, size: number, cursor: string | null): PledgePage {
  const start = cursor ? Number(cursor.slice(1)) * size : 0;
  const end = Math.min(total, start + size);
  const items = Array.from({ length: Math.max(0, end - start) }, (_, i) => makePledge(start + i));
  return { items, nextCursor: end < total ? `p${start / size + 1}` : null, total };
}
