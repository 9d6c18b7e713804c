import { describe, expect, it } from 'vitest';
import { deadlineState } from '@shared/domain';
import { generatedPledges, windowEdges } from './testing/generatedPledges';
import { deadlineStateAt } from './timing';

describe('deadlineStateAt', () => {
  it('agrees with the domain deadlineState for every pledge at every window edge', () => {
    const records = generatedPledges(200, 99);
    const instants = windowEdges(records).filter((_, i) => i % 10 === 0);
    for (const nowMs of instants) {
      for (const r of records) expect(deadlineStateAt(r, nowMs)).toBe(deadlineState(r, nowMs));
    }
  });
});
