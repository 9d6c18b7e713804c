import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { estimateLabelWidth, placeLabels, type LabelCandidate } from './labels';

const candidateArb = fc.record({
  x: fc.integer({ min: -50, max: 2000 }),
  width: fc.integer({ min: 5, max: 120 }),
  level: fc.integer({ min: 0, max: 3 }),
});

function overlap(a: LabelCandidate, b: LabelCandidate, gap: number) {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap;
}

describe('label widths', () => {
  test('grow with the text and the font', () => {
    expect(estimateLabelWidth('Sep 2025', 12)).toBeGreaterThan(estimateLabelWidth('Sep', 12));
    expect(estimateLabelWidth('Sep', 16)).toBeGreaterThan(estimateLabelWidth('Sep', 12));
    // A generous estimate: "Sep 2025" at 12 px is about 50 px in a system sans-serif.
    expect(estimateLabelWidth('Sep 2025', 12)).toBeGreaterThanOrEqual(50);
  });
});

describe('placing labels', () => {
  test('no two shown labels overlap, and all lie on the axis', () => {
    fc.assert(
      fc.property(fc.array(candidateArb, { maxLength: 60 }), fc.integer({ min: 0, max: 12 }), (candidates, gap) => {
        const shown = [...placeLabels(candidates, { gap, maxX: 1500 })].map((i) => candidates[i]!);
        for (const a of shown) {
          expect(a.x).toBeGreaterThanOrEqual(0);
          expect(a.x + a.width).toBeLessThanOrEqual(1500);
          for (const b of shown) if (a !== b) expect(overlap(a, b, gap)).toBe(false);
        }
      }),
    );
  });

  test('a less important level shows all of its labels that are clear of more important ones, or none', () => {
    fc.assert(
      fc.property(fc.array(candidateArb, { maxLength: 40 }), (candidates) => {
        const shownIdx = placeLabels(candidates, { gap: 4, maxX: 1500 });
        const shown = [...shownIdx].map((i) => candidates[i]!);
        const levels = [...new Set(candidates.map((c) => c.level))].sort((a, b) => a - b);
        for (const level of levels.slice(1)) {
          const eligible = candidates
            .map((c, i) => ({ c, i }))
            .filter(
              ({ c }) =>
                c.level === level &&
                c.x >= 0 &&
                c.x + c.width <= 1500 &&
                !shown.some((s) => s.level < level && overlap(s, c, 4)),
            );
          const count = eligible.filter(({ i }) => shownIdx.has(i)).length;
          expect([0, eligible.length]).toContain(count);
        }
      }),
    );
  });

  test('evenly spaced weeks give way to months that are in their way, and disappear when too dense', () => {
    const months = [0, 300].map((x) => ({ x, width: 60, level: 0 }));
    const weeks = [70, 140, 210, 280].map((x) => ({ x, width: 20, level: 1 }));
    const shown = placeLabels([...months, ...weeks], { gap: 8, maxX: 1000 });
    expect([...shown].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4]); // 280 touches the month at 300
    const dense = [0, 15, 30, 45].map((x) => ({ x, width: 20, level: 1 }));
    expect(placeLabels([{ x: 500, width: 60, level: 0 }, ...dense], { gap: 8, maxX: 1000 })).toEqual(new Set([0]));
  });
});
