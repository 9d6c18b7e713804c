// Contract-valid pledges for tests that need data the seed does not have (e.g. a long list).
import { pledgeSchema, type Pledge, type PledgePage } from '@shared/contract';
import { asPledge, guaranteesRecord } from '@test/fixtures/pledge';

export function makePledge(index: number, overrides: Partial<Pledge> = {}): Pledge {
  const day = String((index % 28) + 1).padStart(2, '0');
  const record = guaranteesRecord({
    id: `synthetic-${index}`,
    title: `Synthetic pledge number ${index}`,
    quote: `We will do thing number ${index}.`,
    deadline: { latest: `2025-09-${day}`, text: 'by September' },
  });
  return pledgeSchema.parse({ ...asPledge(record, 'overdue'), ...overrides });
}

/** Pages of `total` synthetic pledges, `size` at a time, with cursors "p1", "p2", … */
export function syntheticPage(total: number, size: number, cursor: string | null): PledgePage {
  const start = cursor ? Number(cursor.slice(1)) * size : 0;
  const end = Math.min(total, start + size);
  const items = Array.from({ length: Math.max(0, end - start) }, (_, i) => makePledge(start + i));
  return { items, nextCursor: end < total ? `p${start / size + 1}` : null, total };
}
