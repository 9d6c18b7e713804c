import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays, compareDates, daysBetween } from '@shared/domain';
import {
  axisRange,
  dateAt,
  initialViewStart,
  pxPerDayFor,
  revealScroll,
  VISIBLE_DAYS,
  widthOf,
  xOf,
  type TimeScale,
} from './scale';

// Any calendar day from 1990 to 2060, as YYYY-MM-DD.
const dateArb = fc.integer({ min: 0, max: 25_500 }).map((n) => addDays('1990-01-01', n));
const spanArb = fc
  .tuple(dateArb, fc.integer({ min: 0, max: 400 }))
  .map(([first, len]) => ({ first, last: addDays(first, len) }));

describe('scale', () => {
  test('a zoom fits its span across the viewport', () => {
    expect(pxPerDayFor('month', 1240)).toBeCloseTo(40);
    expect(pxPerDayFor('quarter', 910)).toBeCloseTo(10);
    expect(pxPerDayFor('year', 730)).toBeCloseTo(2);
    // Unmeasured or very narrow: still a readable density.
    expect(pxPerDayFor('quarter', 0)).toBe(pxPerDayFor('quarter', 280));
  });

  test('a day is a whole number of day widths from the start, across month ends, leap days and DST changes', () => {
    const scale: TimeScale = { start: '2024-02-27', days: 400, pxPerDay: 10 };
    expect(xOf(scale, '2024-02-27')).toBe(0);
    expect(xOf(scale, '2024-03-01')).toBe(30); // 28, 29 Feb, 1 Mar
    expect(xOf(scale, '2024-03-31')).toBe(330); // Europe's clocks change that night: no half days
    expect(xOf(scale, '2024-11-03')).toBe(2500); // America's change
    expect(xOf(scale, '2024-02-20')).toBe(-70);
    expect(widthOf(scale)).toBe(4000);
  });

  test('date → x → date is the same date; any x inside a day gives that day', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: 0, max: 2000 }),
        fc.double({ min: 0.5, max: 60, noNaN: true }),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        (start, offset, pxPerDay, part) => {
          const scale: TimeScale = { start, days: 2001, pxPerDay };
          const date = addDays(start, offset);
          const x = xOf(scale, date);
          expect(x).toBeCloseTo(offset * pxPerDay, 6);
          expect(dateAt(scale, x + part * pxPerDay)).toBe(date);
        },
      ),
      { numRuns: 200 },
    );
  });

  test('x outside the axis reads as its first or last day', () => {
    const scale: TimeScale = { start: '2025-08-01', days: 31, pxPerDay: 10 };
    expect(dateAt(scale, -50)).toBe('2025-08-01');
    expect(dateAt(scale, 10_000)).toBe('2025-08-31');
  });
});

describe('axis range', () => {
  test('covers every window and the marker with half a screen to spare, and is at least two screens long', () => {
    fc.assert(
      fc.property(
        fc.array(spanArb, { maxLength: 12 }),
        dateArb,
        fc.constantFrom(...Object.values(VISIBLE_DAYS)),
        (spans, marker, visible) => {
          const { start, days } = axisRange(spans, marker, visible);
          const end = addDays(start, days - 1);
          const pad = Math.max(7, Math.ceil(visible / 2));
          for (const d of [marker, ...spans.flatMap((s) => [s.first, s.last])]) {
            expect(daysBetween(start, d)).toBeGreaterThanOrEqual(pad);
            expect(daysBetween(d, end)).toBeGreaterThanOrEqual(pad);
          }
          expect(days).toBeGreaterThanOrEqual(2 * visible);
        },
      ),
    );
  });

  test('the seeded guarantees and today, a quarter across', () => {
    const range = axisRange([{ first: '2025-08-25', last: '2025-08-28' }], '2025-09-01', 91);
    expect(range).toEqual({ start: '2025-07-10', days: 182 });
  });
});

describe('the first view', () => {
  test('always shows the marker', () => {
    fc.assert(
      fc.property(
        fc.array(spanArb, { maxLength: 8 }),
        dateArb,
        fc.constantFrom(...Object.values(VISIBLE_DAYS)),
        (spans, marker, visible) => {
          const start = initialViewStart(spans, marker, visible);
          expect(compareDates(start, marker)).toBeLessThanOrEqual(0);
          expect(daysBetween(start, marker)).toBeLessThan(visible);
        },
      ),
    );
  });

  test('puts the marker to the right when the pledges lie before it, to the left when after, else in the middle', () => {
    const past = [{ first: '2025-07-01', last: '2025-07-10' }];
    const future = [{ first: '2025-10-20', last: '2025-11-05' }];
    expect(initialViewStart(past, '2025-09-01', 91)).toBe(addDays('2025-09-01', -77));
    expect(initialViewStart(future, '2025-09-01', 91)).toBe(addDays('2025-09-01', -14));
    expect(initialViewStart([], '2025-09-01', 91)).toBe(addDays('2025-09-01', -46));
  });
});

describe('revealing a bar', () => {
  test('leaves the view alone when the bar is in it', () => {
    expect(revealScroll(100, 400, 200, 50, 24)).toBe(100);
  });

  test('scrolls just enough to show it, with the margin', () => {
    expect(revealScroll(100, 400, 600, 50, 24)).toBe(274);
    expect(revealScroll(500, 400, 300, 50, 24)).toBe(276);
    expect(revealScroll(0, 400, 1000, 2000, 24)).toBe(976);
  });

  test('after it, a bar that fits is entirely in view', () => {
    fc.assert(
      fc.property(
        fc.nat(10_000),
        fc.integer({ min: 100, max: 2000 }),
        fc.nat(20_000),
        fc.nat(3000),
        (scroll, viewport, start, size) => {
          const next = revealScroll(scroll, viewport, start, size, 24);
          expect(next).toBeGreaterThanOrEqual(0);
          if (size <= viewport - 48) {
            expect(start).toBeGreaterThanOrEqual(next);
            expect(start + size).toBeLessThanOrEqual(next + viewport);
          } else {
            expect(next).toBe(Math.max(0, start - 24));
          }
        },
      ),
    );
  });
});
