import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareDates,
  dateInZone,
  daysBetween,
  formatDate,
  formatDateRange,
  formatDateWithWeekday,
  instantFromEpochMs,
  isRealPlainDate,
  isValidTimeZone,
  startOfDay,
} from './dates';

const at = (iso: string) => Temporal.Instant.from(iso);

/** Any date from 1900 to 2100, as YYYY-MM-DD. */
const plainDate = fc
  .integer({ min: 0, max: 73_000 })
  .map((n) => Temporal.PlainDate.from('1900-01-01').add({ days: n }).toString());

describe('isRealPlainDate', () => {
  it.each(['2025-08-28', '2024-02-29', '2000-02-29', '2025-12-31', '2025-01-01', '1900-01-01'])('accepts %s', (d) => {
    expect(isRealPlainDate(d)).toBe(true);
  });

  it.each([
    '2025-02-30',
    '2025-02-29', // not a leap year
    '1900-02-29', // divisible by 100, not by 400
    '2025-13-01',
    '2025-00-10',
    '2025-04-31',
    '2025-08-00',
    '2025-8-1',
    '2025-08-1',
    '25-08-01',
    '+002025-08-01',
    '2025-08-28T00:00',
    ' 2025-08-28',
    '2025-08-28 ',
    '2025/08/28',
    '',
  ])('rejects %j', (d) => {
    expect(isRealPlainDate(d)).toBe(false);
  });

  it('agrees with Temporal for every date it accepts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 0, max: 14 }),
        fc.integer({ min: 0, max: 33 }),
        (y, m, d) => {
          const text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const real =
            m >= 1 && m <= 12 && d >= 1 && d <= Temporal.PlainYearMonth.from({ year: y, month: m }).daysInMonth;
          expect(isRealPlainDate(text)).toBe(real);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('isValidTimeZone', () => {
  it.each([
    'Europe/Kyiv',
    'America/Argentina/Buenos_Aires',
    'UTC',
    'America/New_York',
    'Pacific/Kiritimati',
    'America/Adak',
    'Etc/GMT+3',
    'America/Port-au-Prince',
    'Europe/Kiev',
  ])('accepts the IANA zone %s', (zone) => {
    expect(isValidTimeZone(zone)).toBe(true);
    expect(isValidTimeZone(zone)).toBe(true); // and again, from the cache
  });

  it.each([
    'Mars/Base',
    '+03:00',
    '-05:00',
    '',
    'Europe',
    'Europe/',
    '/Kyiv',
    'Europe/Kyiv ',
    'Z',
    'Europe/Kyiv\n',
    'Europe/../Kyiv',
  ])('rejects %j', (zone) => {
    expect(isValidTimeZone(zone)).toBe(false);
  });

  it.each(['europe/kyiv', 'utc', 'AMERICA/NEW_YORK'])(
    'rejects %j: only the IANA spelling, so one zone is never stored two ways',
    (zone) => {
      expect(isValidTimeZone(zone)).toBe(false);
    },
  );

  it('accepts every zone the platform lists (what a zone picker would offer)', () => {
    const all = Intl.supportedValuesOf('timeZone');
    expect(all.length).toBeGreaterThan(300);
    expect(all.filter((zone) => !isValidTimeZone(zone))).toEqual([]);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        expect(typeof isValidTimeZone(s)).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });
});

describe('calendar arithmetic', () => {
  it('compares ISO dates chronologically', () => {
    expect(compareDates('2025-08-28', '2025-08-29')).toBeLessThan(0);
    expect(compareDates('2025-08-28', '2025-08-28')).toBe(0);
    expect(compareDates('2026-01-01', '2025-12-31')).toBeGreaterThan(0);
  });

  it.each([
    ['2025-08-28', 1, '2025-08-29'],
    ['2025-08-31', 1, '2025-09-01'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2025-08-28', 0, '2025-08-28'],
    ['2025-03-08', 1, '2025-03-09'], // the US DST change does not matter to a calendar date
  ] as const)('addDays(%s, %i) is %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });

  it.each([
    ['2025-08-28', '2026-11-28', 457],
    ['2025-08-28', '2025-08-28', 0],
    ['2025-08-29', '2025-08-28', -1],
    ['2024-01-01', '2025-01-01', 366],
    ['2025-03-01', '2025-04-01', 31],
  ] as const)('daysBetween(%s, %s) is %i', (from, to, n) => {
    expect(daysBetween(from, to)).toBe(n);
  });

  it('daysBetween agrees with day counts in UTC and inverts addDays', () => {
    fc.assert(
      fc.property(plainDate, plainDate, (a, b) => {
        const n = daysBetween(a, b);
        expect(n).toBe((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
        expect(addDays(a, n)).toBe(b);
        expect(Math.sign(compareDates(a, b))).toBe(-Math.sign(n) || 0);
      }),
      { numRuns: 300 },
    );
  });

  it('adds and counts days exactly as Temporal does, from year 0000 to 9999 and past either end', () => {
    const anyDate = fc
      .integer({ min: -719_528, max: 2_932_896 })
      .map((n) => Temporal.PlainDate.from('1970-01-01').add({ days: n }).toString());
    fc.assert(
      fc.property(anyDate, anyDate, fc.integer({ min: -40_000, max: 40_000 }), (a, b, n) => {
        const temporal = Temporal.PlainDate.from(a);
        expect(addDays(a, n)).toBe(temporal.add({ days: n }).toString());
        expect(daysBetween(a, b)).toBe(temporal.until(Temporal.PlainDate.from(b), { largestUnit: 'days' }).days);
      }),
      { numRuns: 2000 },
    );
    expect(addDays('9999-12-31', 1)).toBe('+010000-01-01');
    expect(addDays('0000-01-01', -1)).toBe('-000001-12-31');
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
  });
});

describe('days and zones', () => {
  it('a day starts at local midnight, in UTC terms earlier in the east', () => {
    expect(startOfDay('2025-08-28', 'America/New_York').toString()).toBe('2025-08-28T04:00:00Z');
    expect(startOfDay('2025-08-28', 'Pacific/Kiritimati').toString()).toBe('2025-08-27T10:00:00Z');
    expect(startOfDay('2025-08-28', 'America/Adak').toString()).toBe('2025-08-28T09:00:00Z');
    expect(startOfDay('2025-08-28', 'UTC').toString()).toBe('2025-08-28T00:00:00Z');
  });

  it('a day whose midnight is skipped starts at the first instant that exists (Santiago, 11 Sep 2022, 01:00)', () => {
    expect(startOfDay('2022-09-11', 'America/Santiago').toString()).toBe('2022-09-11T04:00:00Z');
  });

  it('one instant is 29 Aug in Kiritimati and 28 Aug in Adak', () => {
    const now = at('2025-08-28T12:00:00Z');
    expect(dateInZone(now, 'Pacific/Kiritimati')).toBe('2025-08-29');
    expect(dateInZone(now, 'America/Adak')).toBe('2025-08-28');
    expect(dateInZone(now, 'UTC')).toBe('2025-08-28');
  });

  it('the date of a day’s first instant is that day, and of the instant before it the day before', () => {
    const zones = [
      'UTC',
      'America/New_York',
      'Pacific/Kiritimati',
      'America/Adak',
      'Europe/Kyiv',
      'America/Santiago',
      'Asia/Beirut',
      'Australia/Lord_Howe',
    ];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.constantFrom(...zones), (n, zone) => {
        const date = Temporal.PlainDate.from('1990-01-01').add({ days: n }).toString();
        const start = startOfDay(date, zone);
        expect(dateInZone(start, zone)).toBe(date);
        expect(compareDates(dateInZone(start.subtract({ nanoseconds: 1 }), zone), date)).toBeLessThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('instantFromEpochMs is the same instant as Date', () => {
    expect(instantFromEpochMs(Date.UTC(2025, 7, 28, 4)).toString()).toBe('2025-08-28T04:00:00Z');
  });
});

describe('formatting', () => {
  it.each([
    ['2025-08-28', '28 Aug 2025'],
    ['2025-09-01', '1 Sep 2025'],
    ['2026-01-03', '3 Jan 2026'],
    ['2025-12-31', '31 Dec 2025'],
  ])('formats %s as "%s", in any locale and zone', (date, text) => {
    expect(formatDate(date)).toBe(text);
  });

  it.each([
    ['2025-08-18', 'Mon 18 Aug 2025'],
    ['2025-08-28', 'Thu 28 Aug 2025'],
    ['2025-08-31', 'Sun 31 Aug 2025'],
    ['2024-02-29', 'Thu 29 Feb 2024'],
  ])('formats %s with its weekday as "%s"', (date, text) => {
    expect(formatDateWithWeekday(date)).toBe(text);
  });

  it.each([
    ['2025-08-25', '2025-08-28', '25–28 Aug 2025'],
    ['2025-08-28', '2025-08-28', '28 Aug 2025'],
    ['2025-08-28', '2025-09-03', '28 Aug – 3 Sep 2025'],
    ['2025-12-28', '2026-01-03', '28 Dec 2025 – 3 Jan 2026'],
    ['2025-01-31', '2026-01-31', '31 Jan 2025 – 31 Jan 2026'],
  ])('formats %s..%s as "%s"', (from, to, text) => {
    expect(formatDateRange(from, to)).toBe(text);
  });

  it('formats every date the way Temporal reads it', () => {
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    fc.assert(
      fc.property(plainDate, (date) => {
        const d = Temporal.PlainDate.from(date);
        expect(formatDate(date)).toBe(`${d.day} ${months[d.month - 1]} ${d.year}`);
        // The weekday as an English reader names it, whatever the machine's zone.
        const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'UTC' }).format(
          new Date(`${date}T12:00:00Z`),
        );
        expect(formatDateWithWeekday(date)).toBe(`${weekday} ${formatDate(date)}`);
      }),
      { numRuns: 200 },
    );
  });
});
