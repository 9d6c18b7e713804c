import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays, compareDates, daysBetween } from '@shared/domain';
import { offscreenCounts, revealStart, sideOf, type Side } from './offscreen';
import { axisRange, VISIBLE_DAYS, type DaySpan } from './scale';

// Any calendar day from 1990 to 2060, as YYYY-MM-DD.
const dateArb = fc.integer({ min: 0, max: 25_500 }).map((n) => addDays('1990-01-01', n));
// Single days and short windows often: the edges of a screen matter most to them.
const spanArb = fc
  .tuple(dateArb, fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 400 })))
  .map(([first, len]) => ({ first, last: addDays(first, len) }));
const screenArb = fc.constantFrom(...Object.values(VISIBLE_DAYS));

const screenAt = (first: string, days: number): DaySpan => ({ first, last: addDays(first, days - 1) });
const onScreen = (s: DaySpan, visible: DaySpan) =>
  compareDates(s.last, visible.first) >= 0 && compareDates(s.first, visible.last) <= 0;

/**
 * Where the browser really puts a screen of `days` asked to start on `start`: at the start of that
 * day, but not before the axis or past its end.
 */
function landed(spans: DaySpan[], marker: string, days: number, start: string): DaySpan {
  const axis = axisRange(spans, marker, days);
  const lastStart = addDays(axis.start, axis.days - days);
  const clamped =
    compareDates(start, axis.start) < 0 ? axis.start : compareDates(start, lastStart) > 0 ? lastStart : start;
  return screenAt(clamped, days);
}

describe('what lies off screen', () => {
  test('each window is before the screen, after it, or on it, and the counts add up', () => {
    fc.assert(
      fc.property(fc.array(spanArb, { maxLength: 20 }), dateArb, screenArb, (spans, first, days) => {
        const visible = screenAt(first, days);
        const counts = offscreenCounts(spans, visible);
        const seen = spans.filter((s) => onScreen(s, visible)).length;
        expect(counts.earlier + counts.later + seen).toBe(spans.length);
        for (const s of spans) {
          const side = sideOf(s, visible);
          if (side === 'earlier') expect(daysBetween(s.last, visible.first)).toBeGreaterThan(0);
          if (side === 'later') expect(daysBetween(visible.last, s.first)).toBeGreaterThan(0);
          if (side === null) expect(onScreen(s, visible)).toBe(true);
        }
      }),
    );
  });

  test('a window touching the screen by its last or first day is on it', () => {
    const visible = screenAt('2026-10-23', 91);
    expect(sideOf({ first: '2026-10-01', last: '2026-10-23' }, visible)).toBeNull();
    expect(sideOf({ first: '2026-10-01', last: '2026-10-22' }, visible)).toBe('earlier');
    expect(sideOf({ first: addDays('2026-10-23', 90), last: '2027-03-01' }, visible)).toBeNull();
    expect(sideOf({ first: addDays('2026-10-23', 91), last: '2027-03-01' }, visible)).toBe('later');
  });

  test('the summit’s guarantees, a quarter around 7 Dec 2026: one pledge earlier, none later', () => {
    const spans = [{ first: '2025-08-25', last: '2025-08-28' }];
    const visible = screenAt(addDays('2026-12-07', -46), 91);
    expect(offscreenCounts(spans, visible)).toEqual({ earlier: 1, later: 0 });
    // Going there centres the four days on the screen.
    expect(revealStart(spans, visible, 'earlier')).toBe(addDays('2025-08-25', -43));
    expect(revealStart(spans, visible, 'later')).toBeNull();
  });

  test('too many to fit: the nearest comes in a tenth of a screen inside the edge it came from', () => {
    const visible = screenAt('2026-11-01', 91);
    const spans = [
      { first: '2026-01-01', last: '2026-01-05' },
      { first: '2026-09-01', last: '2026-09-30' },
      { first: '2027-02-10', last: '2027-02-12' },
      { first: '2027-09-01', last: '2027-09-02' },
    ];
    expect(revealStart(spans, visible, 'earlier')).toBe(addDays('2026-09-30', 9 - 90));
    expect(revealStart(spans, visible, 'later')).toBe(addDays('2027-02-10', -9));
  });

  test('going to one side brings the nearest window there on screen, so its count falls at every step', () => {
    fc.assert(
      fc.property(
        fc.array(spanArb, { minLength: 1, maxLength: 12 }),
        dateArb,
        screenArb,
        fc.constantFrom<Side>('earlier', 'later'),
        fc.boolean(),
        (spans, marker, days, side, sliver) => {
          // Start where the chart opens, around the marker, and step until nothing is left there.
          // Scrolled to the middle of a day, the screen shows a sliver of one more day.
          let visible = screenAt(addDays(marker, -Math.floor(days / 2)), days + (sliver ? 1 : 0));
          let count = offscreenCounts(spans, visible)[side];
          for (let step = 0; count > 0; step++) {
            const beyond = spans.filter((s) => sideOf(s, visible) === side);
            const nearest = beyond.reduce((a, s) =>
              side === 'earlier'
                ? compareDates(s.last, a.last) > 0
                  ? s
                  : a
                : compareDates(s.first, a.first) < 0
                  ? s
                  : a,
            );
            const start = revealStart(spans, visible, side);
            expect(start).not.toBeNull();
            visible = landed(spans, marker, days, start!);
            expect(onScreen(nearest, visible)).toBe(true);
            const next = offscreenCounts(spans, visible)[side];
            expect(next).toBeLessThan(count);
            count = next;
            expect(step).toBeLessThan(spans.length);
          }
          expect(revealStart(spans, visible, side)).toBeNull();
        },
      ),
    );
  });

  test('when all of one side fits on a screen, one step shows all of it', () => {
    fc.assert(
      fc.property(
        fc.array(spanArb, { minLength: 1, maxLength: 12 }),
        dateArb,
        screenArb,
        fc.constantFrom<Side>('earlier', 'later'),
        (spans, first, days, side) => {
          const visible = screenAt(first, days);
          const beyond = spans.filter((s) => sideOf(s, visible) === side);
          if (!beyond.length) return;
          const from = beyond.map((s) => s.first).sort()[0]!;
          const to = beyond
            .map((s) => s.last)
            .sort()
            .at(-1)!;
          if (daysBetween(from, to) + 1 + 2 > days) return;
          const next = screenAt(revealStart(spans, visible, side)!, days);
          for (const s of beyond) {
            expect(compareDates(s.first, next.first)).toBeGreaterThan(0);
            expect(compareDates(s.last, next.last)).toBeLessThan(0);
          }
        },
      ),
    );
  });
});
