import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays, compareDates, daysBetween } from '@shared/domain';
import { fitRange, fitTickZoom, MIN_FIT_DAYS } from './fit';

// Any calendar day from 1990 to 2060, as YYYY-MM-DD.
const dateArb = fc.integer({ min: 0, max: 25_500 }).map((n) => addDays('1990-01-01', n));
const spanArb = fc
  .tuple(dateArb, fc.integer({ min: 0, max: 400 }))
  .map(([first, len]) => ({ first, last: addDays(first, len) }));

const inside = (date: string, start: string, days: number) =>
  compareDates(date, start) > 0 && daysBetween(date, addDays(start, days - 1)) > 0;

describe('fitting the axis to the windows', () => {
  test('every window is on it, with a day to spare at either end; never shorter than a month', () => {
    fc.assert(
      fc.property(fc.array(spanArb, { minLength: 1, maxLength: 12 }), dateArb, (spans, marker) => {
        const { start, days } = fitRange(spans, marker);
        expect(days).toBeGreaterThanOrEqual(MIN_FIT_DAYS);
        for (const s of spans) {
          expect(inside(s.first, start, days)).toBe(true);
          expect(inside(s.last, start, days)).toBe(true);
        }
      }),
    );
  });

  test('the marker is on it exactly when it says so, and then it costs at most the windows’ own length', () => {
    fc.assert(
      fc.property(fc.array(spanArb, { minLength: 1, maxLength: 12 }), dateArb, (spans, marker) => {
        const { start, days, showsMarker } = fitRange(spans, marker);
        const first = spans.map((s) => s.first).sort()[0]!;
        const last = spans
          .map((s) => s.last)
          .sort()
          .at(-1)!;
        const windows = daysBetween(first, last) + 1;
        if (showsMarker) {
          expect(inside(marker, start, days)).toBe(true);
          const covered = daysBetween(marker < first ? marker : first, marker > last ? marker : last) + 1;
          expect(covered).toBeLessThanOrEqual(Math.max(2 * windows, MIN_FIT_DAYS));
        } else {
          // Left off only when it lies outside the windows, so far that it would halve the detail.
          expect(marker < first || marker > last).toBe(true);
          expect(days).toBeLessThanOrEqual(Math.max(MIN_FIT_DAYS, windows + 2 * Math.ceil(windows / 20)));
        }
      }),
    );
  });

  test('a marker among the windows is always on the axis', () => {
    fc.assert(
      fc.property(fc.array(spanArb, { minLength: 1, maxLength: 12 }), fc.nat(), (spans, pick) => {
        const s = spans[pick % spans.length]!;
        const marker = addDays(s.first, daysBetween(s.first, s.last) >> 1);
        expect(fitRange(spans, marker).showsMarker).toBe(true);
      }),
    );
  });

  test('the summit’s guarantees, seen a few days or more than a year later', () => {
    const guarantees = [{ first: '2025-08-25', last: '2025-08-28' }];
    // On 1 Sep 2025 today fits: 25 Aug – 1 Sep, padded to a month around it.
    expect(fitRange(guarantees, '2025-09-01')).toEqual({ start: '2025-08-14', days: 31, showsMarker: true });
    // On 7 Dec 2026 it would squeeze four days into a sliver: the axis is August 2025 alone.
    expect(fitRange(guarantees, '2026-12-07')).toEqual({ start: '2025-08-12', days: 31, showsMarker: false });
  });

  test('pledges over two years with today among them: all of it, a twentieth to spare', () => {
    const spans = [
      { first: '2025-01-10', last: '2025-02-01' },
      { first: '2026-10-01', last: '2026-12-31' },
    ];
    const range = fitRange(spans, '2026-03-15');
    expect(range.showsMarker).toBe(true);
    const length = daysBetween('2025-01-10', '2026-12-31') + 1;
    const pad = Math.ceil(length / 20);
    expect(range).toEqual({ start: addDays('2025-01-10', -pad), days: length + 2 * pad, showsMarker: true });
  });

  test('with no window at all: a month around the marker', () => {
    expect(fitRange([], '2026-12-07')).toEqual({ start: '2026-11-22', days: 31, showsMarker: true });
  });

  test('labels the axis like the zoom of the nearest scale', () => {
    expect(fitTickZoom(31)).toBe('month');
    expect(fitTickZoom(120)).toBe('quarter');
    expect(fitTickZoom(800)).toBe('year');
  });
});
