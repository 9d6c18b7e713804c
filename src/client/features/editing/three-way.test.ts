import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changedFields, mergedPatch, threeWay } from './three-way';

const FIELDS = ['title', 'deadline', 'tags'];

describe('two editors, one pledge', () => {
  const base = { title: 'A', deadline: { latest: '2025-08-28', text: 'x' }, tags: ['a'] };

  it('keeps what only one side changed and asks about the rest', () => {
    const mine = { ...base, title: 'Mine', tags: ['a', 'b'] };
    const theirs = { ...base, deadline: { latest: '2025-09-15', text: 'y' }, tags: ['c'] };
    const split = threeWay(base, mine, theirs, FIELDS);
    expect(split).toEqual({ mine: ['title'], theirs: ['deadline'], conflicts: ['tags'] });
    expect(mergedPatch(mine, split, { tags: 'mine' })).toEqual({ title: 'Mine', tags: ['a', 'b'] });
    expect(mergedPatch(mine, split, { tags: 'theirs' })).toEqual({ title: 'Mine' });
  });

  it('is no conflict when both made the same change, whatever the key order', () => {
    const mine = { ...base, deadline: { text: 'y', latest: '2025-09-15' } };
    const theirs = { ...base, deadline: { latest: '2025-09-15', text: 'y' } };
    expect(threeWay(base, mine, theirs, FIELDS)).toEqual({ mine: [], theirs: ['deadline'], conflicts: [] });
  });

  it('never loses a change: every field either side changed is kept, sent, or asked about', () => {
    const value = fc.constantFrom('A', 'B', 'C');
    const side = fc.record({ title: value, deadline: value, tags: value });
    fc.assert(
      fc.property(side, side, side, (b, m, t) => {
        const split = threeWay(b, m, t, FIELDS);
        const all = [...split.mine, ...split.theirs, ...split.conflicts];
        expect(new Set(all).size).toBe(all.length);
        for (const f of FIELDS) {
          const changed =
            m[f as keyof typeof m] !== b[f as keyof typeof b] || t[f as keyof typeof t] !== b[f as keyof typeof b];
          expect(all.includes(f)).toBe(changed);
        }
        // Choosing "mine" everywhere gives my version; "theirs" everywhere keeps their changes.
        const mineAll = { ...t, ...mergedPatch(m, split, Object.fromEntries(split.conflicts.map((f) => [f, 'mine']))) };
        for (const f of [...split.mine, ...split.conflicts])
          expect(mineAll[f as keyof typeof mineAll]).toBe(m[f as keyof typeof m]);
        for (const f of split.theirs) expect(mineAll[f as keyof typeof mineAll]).toBe(t[f as keyof typeof t]);
      }),
    );
  });

  it('sends only the fields that changed', () => {
    expect(changedFields(base, { ...base, tags: ['a', 'b'] }, FIELDS)).toEqual({ tags: ['a', 'b'] });
    expect(changedFields(base, { ...base }, FIELDS)).toEqual({});
  });
});
