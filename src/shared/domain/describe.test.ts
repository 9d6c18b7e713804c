import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { DeadlineWindow } from '../contract/pledge';
import { closesAtMs, deadlineState, opensAtMs, type Timed } from './deadline';
import { DEADLINE_STATE_LABELS, VERDICT_LABELS, describeTiming, describeWindow } from './describe';
import { DEADLINE_STATES, VERDICTS } from '../contract/pledge';

const ms = (iso: string) => Temporal.Instant.from(iso).epochMilliseconds;

const summitWindow: DeadlineWindow = {
  earliest: '2025-08-25',
  latest: '2025-08-28',
  text: 'within the next week to ten days',
};
function pledge(overrides: Partial<Timed> = {}): Timed {
  return {
    announcedOn: '2025-08-18',
    timeZone: 'America/New_York',
    deadline: summitWindow,
    verdict: 'open',
    resolvedOn: null,
    ...overrides,
  };
}
/** Noon in New York (EDT) on a given day of 2025. */
const nyNoon = (date: string) => ms(`${date}T16:00:00Z`);

describe('describeWindow', () => {
  it.each<[string, DeadlineWindow | null, string]>([
    ['no window', null, 'no deadline'],
    ['a "due by" window', { latest: '2025-09-01', text: 'by 1 September' }, 'due by 1 Sep 2025'],
    ['a one-day window', { earliest: '2025-08-28', latest: '2025-08-28', text: 'on Thursday' }, 'due 28 Aug 2025'],
    ['a window within a month', summitWindow, 'due 25–28 Aug 2025'],
    ['a window across months', { earliest: '2025-08-28', latest: '2025-09-03', text: 'x' }, 'due 28 Aug – 3 Sep 2025'],
    [
      'a window across years',
      { earliest: '2025-12-28', latest: '2026-01-03', text: 'x' },
      'due 28 Dec 2025 – 3 Jan 2026',
    ],
    [
      'a window over a leap day',
      { earliest: '2028-02-28', latest: '2028-03-01', text: 'x' },
      'due 28 Feb – 1 Mar 2028',
    ],
    ['a window of two days', { earliest: '2025-01-01', latest: '2025-01-02', text: 'x' }, 'due 1–2 Jan 2025'],
  ])('describes %s as "%s"', (_name, window, text) => {
    expect(describeWindow(window)).toBe(text);
  });
});

describe('describeTiming for an open pledge', () => {
  it.each([
    // the seeded window, 25–28 Aug, seen from New York at noon
    ['2025-08-18', 'window opens in 7 days'],
    ['2025-08-23', 'window opens in 2 days'],
    ['2025-08-24', 'window opens tomorrow'],
    ['2025-08-25', 'window open, closes in 3 days'],
    ['2025-08-27', 'window open, closes in 1 day'],
    ['2025-08-28', 'window open, closes today'],
    ['2025-08-29', 'overdue by 1 day'],
    ['2025-08-30', 'overdue by 2 days'],
  ])('for the seeded window on %s says "%s"', (date, text) => {
    expect(describeTiming(pledge(), nyNoon(date))).toBe(text);
  });

  it('says "overdue by 457 days" for the seeded pledge viewed on 28 Nov 2026', () => {
    // 28 Aug 2025 → 28 Aug 2026 is 365 days (no 29 Feb between), then 31 + 30 + 31 to 28 Nov.
    const expected = (Date.UTC(2026, 10, 28) - Date.UTC(2025, 7, 28)) / 86_400_000;
    expect(expected).toBe(457);
    expect(describeTiming(pledge(), ms('2026-11-28T12:00:00Z'))).toBe('overdue by 457 days');
    expect(describeTiming(pledge(), Temporal.Instant.from('2026-11-28T12:00:00Z'))).toBe('overdue by 457 days');
  });

  it('counts days in the pledge zone: one instant is "overdue by 1 day" in Kiritimati, "closes today" in Adak', () => {
    const now = ms('2025-08-28T12:00:00Z');
    expect(describeTiming(pledge({ timeZone: 'Pacific/Kiritimati' }), now)).toBe('overdue by 1 day');
    expect(describeTiming(pledge({ timeZone: 'America/Adak' }), now)).toBe('window open, closes today');
  });

  it('is "window open, closes today" until the last millisecond of 28 Aug in New York', () => {
    expect(describeTiming(pledge(), ms('2025-08-29T03:59:59.999Z'))).toBe('window open, closes today');
    expect(describeTiming(pledge(), ms('2025-08-29T04:00:00Z'))).toBe('overdue by 1 day');
  });

  describe('a one-day window (28 Aug)', () => {
    const oneDay = pledge({ deadline: { earliest: '2025-08-28', latest: '2025-08-28', text: 'on Thursday' } });
    it.each([
      ['2025-08-25', 'due in 3 days'],
      ['2025-08-27', 'due tomorrow'],
      ['2025-08-28', 'due today'],
      ['2025-08-29', 'overdue by 1 day'],
    ])('on %s says "%s"', (date, text) => {
      expect(describeTiming(oneDay, nyNoon(date))).toBe(text);
    });
  });

  describe('a "due by 1 Sep" window announced 18 Aug', () => {
    const dueBy = pledge({ deadline: { latest: '2025-09-01', text: 'by 1 September' } });
    it.each([
      ['2025-08-18', 'due in 14 days'],
      ['2025-08-30', 'due in 2 days'],
      ['2025-08-31', 'due tomorrow'],
      ['2025-09-01', 'due today'],
      ['2025-09-02', 'overdue by 1 day'],
    ])('on %s says "%s"', (date, text) => {
      expect(describeTiming(dueBy, nyNoon(date))).toBe(text);
    });

    it('before the announcement (upcoming) counts the days to the deadline, not to the announcement', () => {
      expect(deadlineState(dueBy, nyNoon('2025-08-16'))).toBe('upcoming');
      expect(describeTiming(dueBy, nyNoon('2025-08-16'))).toBe('due in 16 days');
      expect(describeTiming(dueBy, nyNoon('2025-08-17'))).toBe('due in 15 days');
    });
  });

  it('without a deadline says "no deadline"', () => {
    expect(describeTiming(pledge({ deadline: null }), nyNoon('2025-08-20'))).toBe('no deadline');
  });
});

describe('describeTiming for a resolved pledge', () => {
  const later = ms('2027-01-01T00:00:00Z');
  it.each<[string, string, Partial<Timed>]>([
    ['fulfilled on the last day', 'met on time', { verdict: 'fulfilled', resolvedOn: '2025-08-28' }],
    ['fulfilled before the window', 'met on time', { verdict: 'fulfilled', resolvedOn: '2025-08-19' }],
    ['partly fulfilled in time', 'partly met on time', { verdict: 'partially_fulfilled', resolvedOn: '2025-08-26' }],
    ['fulfilled the day after', 'fulfilled 1 day late', { verdict: 'fulfilled', resolvedOn: '2025-08-29' }],
    ['fulfilled six days after', 'fulfilled 6 days late', { verdict: 'fulfilled', resolvedOn: '2025-09-03' }],
    [
      'partly fulfilled two days after',
      'partly fulfilled 2 days late',
      { verdict: 'partially_fulfilled', resolvedOn: '2025-08-30' },
    ],
    [
      'partly fulfilled one day after',
      'partly fulfilled 1 day late',
      { verdict: 'partially_fulfilled', resolvedOn: '2025-08-29' },
    ],
    ['broken', 'missed', { verdict: 'broken', resolvedOn: '2025-08-26' }],
    ['withdrawn after the window', 'withdrawn after the deadline', { verdict: 'withdrawn', resolvedOn: '2025-08-29' }],
    ['withdrawn on the last day', 'withdrawn before the deadline', { verdict: 'withdrawn', resolvedOn: '2025-08-28' }],
    ['withdrawn, no deadline', 'withdrawn', { verdict: 'withdrawn', resolvedOn: '2025-08-28', deadline: null }],
    [
      'fulfilled, no deadline',
      'no deadline was set',
      { verdict: 'fulfilled', resolvedOn: '2025-08-28', deadline: null },
    ],
    [
      'partly fulfilled, no deadline',
      'no deadline was set',
      { verdict: 'partially_fulfilled', resolvedOn: '2025-08-28', deadline: null },
    ],
    ['broken, no deadline', 'no deadline was set', { verdict: 'broken', resolvedOn: '2025-08-28', deadline: null }],
  ])('%s: "%s"', (_name, text, overrides) => {
    expect(describeTiming(pledge(overrides), later)).toBe(text);
  });
});

describe('describeTiming on inconsistent data (never crashes a page)', () => {
  it('reads a resolved pledge without its date the way deadlineState does, from the announcement', () => {
    const p = pledge({
      announcedOn: '2025-09-01',
      deadline: { latest: '2025-08-28', text: 'x' },
      verdict: 'fulfilled',
      resolvedOn: null,
    });
    expect(deadlineState(p, nyNoon('2025-09-10'))).toBe('late');
    expect(describeTiming(p, nyNoon('2025-09-10'))).toBe('fulfilled 4 days late');
  });

  it('never throws for any verdict, with or without a date or a window', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...VERDICTS),
        fc.option(fc.constantFrom('2025-08-10', '2025-08-20', '2025-08-28', '2025-09-03')),
        fc.option(
          fc.constantFrom<DeadlineWindow>(
            summitWindow,
            { latest: '2025-08-15', text: 'x' },
            { earliest: '2025-08-28', latest: '2025-08-28', text: 'x' },
          ),
        ),
        fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 0, 1) }),
        (verdict, resolvedOn, deadline, now) => {
          expect(describeTiming(pledge({ verdict, resolvedOn, deadline }), now)).toMatch(/^[a-z]/);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('labels', () => {
  it('has a label for every verdict and every deadline state', () => {
    expect(Object.keys(VERDICT_LABELS).sort()).toEqual([...VERDICTS].sort());
    expect(Object.keys(DEADLINE_STATE_LABELS).sort()).toEqual([...DEADLINE_STATES].sort());
  });
});

describe('describeTiming, for any window, zone and instant', () => {
  const zones = [
    'UTC',
    'America/New_York',
    'Pacific/Kiritimati',
    'America/Adak',
    'Europe/Kyiv',
    'America/Santiago',
    'Asia/Kathmandu',
  ];
  const day0 = Temporal.PlainDate.from('2020-01-01');
  const date = (n: number) => day0.add({ days: n }).toString();

  it('always reads as one of the known phrases, with counts of at least one day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: -5, max: 60 }),
        fc.integer({ min: 0, max: 30 }),
        fc.boolean(),
        fc.constantFrom(...zones),
        fc.integer({ min: -40, max: 120 }),
        fc.integer({ min: 0, max: 24 * 60 - 1 }),
        (announced, toEarliest, length, hasEarliest, timeZone, viewDay, minute) => {
          const earliest = date(announced + toEarliest);
          const latest = date(announced + toEarliest + length);
          const p: Timed = {
            announcedOn: date(announced),
            timeZone,
            deadline: hasEarliest ? { earliest, latest, text: 'x' } : { latest, text: 'x' },
            verdict: 'open',
            resolvedOn: null,
          };
          const now = Temporal.PlainDate.from(date(announced + viewDay))
            .toZonedDateTime({ timeZone })
            .toInstant()
            .add({ minutes: minute });
          const text = describeTiming(p, now);
          const days = '(?:1 day|(?:[2-9]|[1-9]\\d+) days)'; // never "1 days" nor "0 days"
          const many = '(?:[2-9]|[1-9]\\d+) days'; // one day ahead is "tomorrow"
          expect(text).toMatch(
            new RegExp(
              `^(window opens tomorrow|window opens in ${many}|due tomorrow|due in ${many}|due today|window open, closes today|window open, closes in ${days}|overdue by ${days})$`,
            ),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('"overdue by N days" counts calendar days since the last day of the window, in the pledge zone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 1, max: 800 }),
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 86_399_999 }),
        (latestDay, after, timeZone, offset) => {
          const p: Timed & { deadline: DeadlineWindow } = {
            announcedOn: date(latestDay - 3),
            timeZone,
            deadline: { latest: date(latestDay), text: 'x' },
            verdict: 'open',
            resolvedOn: null,
          };
          const dayStart = Temporal.PlainDate.from(date(latestDay + after)).toZonedDateTime({ timeZone });
          const now = Math.min(dayStart.epochMilliseconds + offset, dayStart.add({ days: 1 }).epochMilliseconds - 1);
          expect(now).toBeGreaterThanOrEqual(closesAtMs(p));
          expect(opensAtMs(p)).toBeLessThan(closesAtMs(p));
          expect(describeTiming(p, now)).toBe(after === 1 ? 'overdue by 1 day' : `overdue by ${after} days`);
        },
      ),
      { numRuns: 100 },
    );
  });
});
