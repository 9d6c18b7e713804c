import { describe, expect, it } from 'vitest';
import { pledgePageSchema } from '@shared/contract';
import { deadlineState } from '@shared/domain';
import { generatedPledges, windowEdges } from '../testing/generatedPledges';
import { timingOf } from '../timing';
import { pageJson, pledgeView } from './pledgeView';

describe('pageJson', () => {
  it('writes the same page as serializing each pledge with its state would', () => {
    const records = generatedPledges(60, 3);
    for (const nowMs of windowEdges(records).filter((_, i) => i % 15 === 0)) {
      const listed = records.map((r) => ({ id: r.id, json: JSON.stringify(r), timing: timingOf(r) }));
      const page = JSON.parse(pageJson(listed, 'next', 1234, nowMs)) as unknown;
      expect(pledgePageSchema.parse(page)).toEqual(page);
      expect(page).toEqual({ items: records.map((r) => pledgeView(r, nowMs)), nextCursor: 'next', total: 1234 });
      expect((page as { items: { deadlineState: string }[] }).items.map((p) => p.deadlineState)).toEqual(
        records.map((r) => deadlineState(r, nowMs)),
      );
    }
    expect(JSON.parse(pageJson([], null, 0, 0))).toEqual({ items: [], nextCursor: null, total: 0 });
  });
});
