import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, test } from 'vitest';
import { addDays } from '@shared/domain';
import { estimateLabelWidth } from './labels';
import { pxPerDayFor, SPAN_ZOOMS, VISIBLE_DAYS, widthOf, type SpanZoom, type TimeScale } from './scale';
import { axisTicks, BOLD_WIDTH, placeTicks, TICK_FONT_PX, TICK_LABEL_INSET_PX } from './ticks';

const scaleFor = (zoom: SpanZoom, viewport: number, start = '2025-07-10', days = 182): TimeScale => ({
  start,
  days,
  pxPerDay: pxPerDayFor(zoom, viewport),
});
const labels = (scale: TimeScale, zoom: SpanZoom) =>
  placeTicks(scale, zoom)
    .filter((t) => t.showLabel)
    .map((t) => t.label);

describe('ticks per zoom', () => {
  test('month: months, weeks (Mondays) and days, each day once', () => {
    const scale = scaleFor('month', 1100, '2025-08-25', 14);
    const ticks = axisTicks(scale, 'month');
    expect(ticks.map((t) => t.label)).toEqual([
      '25',
      '26',
      '27',
      '28',
      '29',
      '30',
      '31',
      'Sep 2025',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
    ]);
    expect(ticks.filter((t) => t.grid === 'week').map((t) => t.date)).toEqual(['2025-08-25']);
    expect(ticks.find((t) => t.date === '2025-09-01')).toMatchObject({ grid: 'month', level: 0 });
    // Wide: every day has room (but the last, which would reach past the axis). Narrow (a phone): weeks and months only.
    expect(labels(scale, 'month')).toHaveLength(13);
    expect(labels(scaleFor('month', 358, '2025-08-25', 14), 'month')).toEqual(['25', 'Sep 2025']);
  });

  test('quarter: months and weeks', () => {
    const scale = scaleFor('quarter', 1100);
    const ticks = axisTicks(scale, 'quarter');
    expect(ticks.filter((t) => t.level === 0).map((t) => t.label)).toEqual([
      'Aug 2025',
      'Sep 2025',
      'Oct 2025',
      'Nov 2025',
      'Dec 2025',
      'Jan 2026',
    ]);
    expect(ticks.filter((t) => t.grid === 'week').every((t) => Temporal.PlainDate.from(t.date).dayOfWeek === 1)).toBe(
      true,
    );
    expect(labels(scale, 'quarter')).toEqual(expect.arrayContaining(['Sep 2025', '8', '15', '22', '29']));
  });

  test('year: the year on January, quarters, then months; a phone gets the quarters only', () => {
    const scale = scaleFor('year', 1100, '2025-06-01', 730);
    expect(labels(scale, 'year').slice(0, 9)).toEqual([
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
      'Jan 2026',
      'Feb',
    ]);
    expect(labels(scaleFor('year', 358, '2025-06-01', 730), 'year')).toEqual([
      'Jul',
      'Oct',
      'Jan 2026',
      'Apr',
      'Jul',
      'Oct',
      'Jan 2027',
      'Apr',
    ]);
  });

  test('an axis that does not scroll names the month it starts in, in place of its first day', () => {
    const scale = scaleFor('month', 1100, '2025-08-25', 14);
    expect(
      axisTicks(scale, 'month', { leadingMonth: true })
        .slice(0, 3)
        .map((t) => [t.label, t.level, t.grid]),
    ).toEqual([
      ['Aug 2025', 0, null],
      ['26', 2, null],
      ['27', 2, null],
    ]);
    expect(labels(scale, 'month')[0]).toBe('25');
    expect(placeTicks(scale, 'month', { leadingMonth: true }).find((t) => t.label === 'Aug 2025')?.showLabel).toBe(
      true,
    );
    // Starting on the 1st, the month's own tick says it already.
    const first = axisTicks(scaleFor('year', 1100, '2025-06-01', 400), 'year', { leadingMonth: true });
    expect(first.filter((t) => t.date === '2025-06-01').map((t) => t.label)).toEqual(['Jun']);
    expect(axisTicks(scaleFor('year', 1100, '2025-06-02', 400), 'year', { leadingMonth: true })[0]?.label).toBe(
      'Jun 2025',
    );
  });

  test('a tick sits where its day starts, the same in every zone the tests run in', () => {
    const scale = scaleFor('quarter', 910, '2025-10-20', 30); // Europe and America change clocks in this span
    for (const t of axisTicks(scale, 'quarter'))
      expect(t.x).toBeCloseTo(Temporal.PlainDate.from(scale.start).until(t.date).days * 10, 6);
  });

  test('whatever the axis, shown labels never overlap and stay on the axis', () => {
    const dateArb = fc.integer({ min: 0, max: 20_000 }).map((n) => addDays('1995-01-01', n));
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: 60, max: 1200 }),
        fc.constantFrom(...SPAN_ZOOMS),
        fc.integer({ min: 200, max: 2400 }),
        fc.boolean(),
        (start, days, zoom, viewport, leadingMonth) => {
          const scale = scaleFor(zoom, viewport, start, days);
          const shown = placeTicks(scale, zoom, { leadingMonth })
            .filter((t) => t.showLabel)
            .map((t) => ({
              x: t.x + TICK_LABEL_INSET_PX,
              w: estimateLabelWidth(t.label, TICK_FONT_PX) * (t.level === 0 ? BOLD_WIDTH : 1),
            }));
          for (let i = 1; i < shown.length; i++)
            expect(shown[i]!.x).toBeGreaterThanOrEqual(shown[i - 1]!.x + shown[i - 1]!.w);
          for (const s of shown) expect(s.x + s.w).toBeLessThanOrEqual(widthOf(scale));
          // An axis as long as the timeline draws (two screens at least) always has labels.
          if (days >= 2 * VISIBLE_DAYS[zoom]) expect(shown.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 60 },
    );
  });
});
