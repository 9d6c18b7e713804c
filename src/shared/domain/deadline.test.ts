// Deadline semantics at their edges. Every instant here is written explicitly in UTC (`…Z`),
// so nothing depends on the zone the tests run in (they are run under several TZ values).
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { DeadlineWindow, Verdict } from '../contract/pledge';
import { dateInZone } from './dates';
import { closesAtMs, deadlineState, openStateAt, opensAtMs, resolvedState, type Timed } from './deadline';

const at = (iso: string) => Temporal.Instant.from(iso);
const ms = (iso: string) => Temporal.Instant.from(iso).epochMilliseconds;

/** The seeded pledge: "formally written within the next week to ten days", said on Mon 18 Aug 2025 in Washington. */
const summitWindow: DeadlineWindow = {
  earliest: '2025-08-25',
  latest: '2025-08-28',
  text: 'within the next week to ten days',
};
type Dated = Timed & { deadline: DeadlineWindow };
function pledge(overrides: Partial<Dated> = {}): Dated {
  return {
    announcedOn: '2025-08-18',
    timeZone: 'America/New_York',
    deadline: summitWindow,
    verdict: 'open',
    resolvedOn: null,
    ...overrides,
  };
}
function undated(overrides: Partial<Timed> = {}): Timed {
  return { ...pledge(), deadline: null, ...overrides };
}

describe('the seeded window (25–28 Aug 2025, America/New_York, EDT = UTC-4)', () => {
  const p = pledge();

  it('opens at midnight of 25 Aug in New York, which is 04:00 UTC', () => {
    expect(opensAtMs(p)).toBe(ms('2025-08-25T04:00:00Z'));
  });

  it('closes at the end of 28 Aug in New York, which is 29 Aug 04:00 UTC', () => {
    expect(closesAtMs(p)).toBe(ms('2025-08-29T04:00:00Z'));
  });

  it.each([
    ['2025-08-18T16:00:00Z', 'upcoming'],
    ['2025-08-25T03:59:59Z', 'upcoming'],
    ['2025-08-25T03:59:59.999Z', 'upcoming'],
    ['2025-08-25T04:00:00Z', 'due'],
    ['2025-08-27T12:00:00Z', 'due'],
    ['2025-08-29T00:00:00Z', 'due'],
    ['2025-08-29T03:59:59.999Z', 'due'],
    ['2025-08-29T04:00:00Z', 'overdue'],
    ['2026-11-28T12:00:00Z', 'overdue'],
  ] as const)('at %s it is %s', (instant, state) => {
    expect(deadlineState(p, at(instant))).toBe(state);
    expect(deadlineState(p, ms(instant))).toBe(state);
  });

  it('is still due on 29 Aug 02:00 UTC, when it is 28 Aug 22:00 in New York (the new Date("2025-08-28") bug would say overdue)', () => {
    const now = ms('2025-08-29T02:00:00Z');
    // The classic bug: treating the date as UTC midnight and closing 24 h later.
    const naiveClose = new Date('2025-08-28').getTime() + 24 * 3600_000;
    expect(naiveClose).toBe(ms('2025-08-29T00:00:00Z'));
    expect(now >= naiveClose).toBe(true);
    expect(deadlineState(p, now)).toBe('due');
    expect(closesAtMs(p) - naiveClose).toBe(4 * 3600_000);
  });

  it('does not depend on the zone of the process (TZ is switched while the test runs)', () => {
    const saved = process.env.TZ;
    const results: string[] = [];
    try {
      for (const tz of ['UTC', 'Pacific/Kiritimati', 'America/Adak', 'Asia/Kathmandu']) {
        process.env.TZ = tz;
        results.push(
          [
            opensAtMs(p),
            closesAtMs(p),
            deadlineState(p, ms('2025-08-29T03:59:59.999Z')),
            deadlineState(p, ms('2025-08-29T04:00:00Z')),
          ].join(' '),
        );
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
    expect(new Set(results).size).toBe(1);
    expect(results[0]).toBe(`${ms('2025-08-25T04:00:00Z')} ${ms('2025-08-29T04:00:00Z')} due overdue`);
  });
});

describe('the same window in other zones closes at the end of 28 Aug there', () => {
  it.each([
    // zone, opens (UTC), closes (UTC)
    ['Pacific/Kiritimati', '2025-08-24T10:00:00Z', '2025-08-28T10:00:00Z'], // UTC+14
    ['America/Adak', '2025-08-25T09:00:00Z', '2025-08-29T09:00:00Z'], // HDT, UTC-9
    ['Europe/Kyiv', '2025-08-24T21:00:00Z', '2025-08-28T21:00:00Z'], // EEST, UTC+3
    ['UTC', '2025-08-25T00:00:00Z', '2025-08-29T00:00:00Z'],
    ['Asia/Kathmandu', '2025-08-24T18:15:00Z', '2025-08-28T18:15:00Z'], // UTC+5:45
  ] as const)('%s: opens %s, closes %s', (timeZone, opens, closes) => {
    const p = pledge({ timeZone });
    expect(opensAtMs(p)).toBe(ms(opens));
    expect(closesAtMs(p)).toBe(ms(closes));
    expect(deadlineState(p, ms(opens) - 1)).toBe('upcoming');
    expect(deadlineState(p, ms(opens))).toBe('due');
    expect(deadlineState(p, ms(closes) - 1)).toBe('due');
    expect(deadlineState(p, ms(closes))).toBe('overdue');
  });

  it('at one instant the same window is overdue in Kiritimati, due in Adak and New York', () => {
    const now = ms('2025-08-28T12:00:00Z'); // 29 Aug 02:00 in Kiritimati, 28 Aug 03:00 in Adak
    expect(deadlineState(pledge({ timeZone: 'Pacific/Kiritimati' }), now)).toBe('overdue');
    expect(deadlineState(pledge({ timeZone: 'America/Adak' }), now)).toBe('due');
    expect(deadlineState(pledge({ timeZone: 'America/New_York' }), now)).toBe('due');
  });

  it('at one instant the same window is due in Kiritimati and still upcoming in Adak', () => {
    const now = ms('2025-08-24T12:00:00Z'); // 25 Aug 02:00 in Kiritimati, 24 Aug 03:00 in Adak
    expect(deadlineState(pledge({ timeZone: 'Pacific/Kiritimati' }), now)).toBe('due');
    expect(deadlineState(pledge({ timeZone: 'America/Adak' }), now)).toBe('upcoming');
  });
});

describe('windows across clock changes', () => {
  it('a window ending on the spring-forward day (9 Mar 2025, New York) closes at EDT midnight', () => {
    const p = pledge({
      announcedOn: '2025-03-01',
      deadline: { earliest: '2025-03-09', latest: '2025-03-09', text: 'on Sunday' },
    });
    expect(opensAtMs(p)).toBe(ms('2025-03-09T05:00:00Z')); // 00:00 EST
    expect(closesAtMs(p)).toBe(ms('2025-03-10T04:00:00Z')); // 00:00 EDT
    expect(closesAtMs(p) - opensAtMs(p)).toBe(23 * 3600_000);
    expect(deadlineState(p, ms('2025-03-10T03:59:59.999Z'))).toBe('due');
    expect(deadlineState(p, ms('2025-03-10T04:00:00Z'))).toBe('overdue');
  });

  it('a window ending on the fall-back day (2 Nov 2025, New York) lasts 25 hours', () => {
    const p = pledge({
      announcedOn: '2025-10-01',
      deadline: { earliest: '2025-11-02', latest: '2025-11-02', text: 'on Sunday' },
    });
    expect(opensAtMs(p)).toBe(ms('2025-11-02T04:00:00Z')); // 00:00 EDT
    expect(closesAtMs(p)).toBe(ms('2025-11-03T05:00:00Z')); // 00:00 EST
    expect(closesAtMs(p) - opensAtMs(p)).toBe(25 * 3600_000);
    expect(deadlineState(p, ms('2025-11-03T04:30:00Z'))).toBe('due'); // 23:30 EST on 2 Nov
  });

  it('Kyiv: a window ending on 30 Mar 2025 (spring forward at 03:00) closes at midnight EEST', () => {
    const p = pledge({
      timeZone: 'Europe/Kyiv',
      announcedOn: '2025-03-20',
      deadline: { latest: '2025-03-30', text: 'by the end of March 30' },
    });
    expect(closesAtMs(p)).toBe(ms('2025-03-30T21:00:00Z'));
    expect(deadlineState(p, ms('2025-03-30T20:59:59.999Z'))).toBe('due');
    expect(deadlineState(p, ms('2025-03-30T21:00:00Z'))).toBe('overdue');
  });

  it('Adak: a window ending on 2 Nov 2025 (fall back) closes at midnight HST, UTC-10', () => {
    const p = pledge({
      timeZone: 'America/Adak',
      announcedOn: '2025-10-20',
      deadline: { latest: '2025-11-02', text: 'by 2 November' },
    });
    expect(closesAtMs(p)).toBe(ms('2025-11-03T10:00:00Z'));
    expect(deadlineState(p, ms('2025-11-03T09:59:59.999Z'))).toBe('due');
    expect(deadlineState(p, ms('2025-11-03T10:00:00Z'))).toBe('overdue');
  });

  it('Santiago skips midnight on 11 Sep 2022: that day starts at 01:00 (-03), so the 10 Sep window closes then', () => {
    const tenth = pledge({
      timeZone: 'America/Santiago',
      announcedOn: '2022-09-01',
      deadline: { latest: '2022-09-10', text: 'by the 10th' },
    });
    expect(closesAtMs(tenth)).toBe(ms('2022-09-11T04:00:00Z'));
    const eleventh = pledge({
      timeZone: 'America/Santiago',
      announcedOn: '2022-09-01',
      deadline: { earliest: '2022-09-11', latest: '2022-09-11', text: 'on the 11th' },
    });
    // Temporal: the start of a day whose midnight does not exist is the first instant that does.
    expect(opensAtMs(eleventh)).toBe(ms('2022-09-11T04:00:00Z'));
    expect(
      Temporal.Instant.fromEpochMilliseconds(opensAtMs(eleventh))
        .toZonedDateTimeISO('America/Santiago')
        .toPlainTime()
        .toString(),
    ).toBe('01:00:00');
    expect(closesAtMs(eleventh) - opensAtMs(eleventh)).toBe(23 * 3600_000);
    expect(deadlineState(eleventh, ms('2022-09-11T03:59:59.999Z'))).toBe('upcoming');
    expect(deadlineState(eleventh, ms('2022-09-11T04:00:00Z'))).toBe('due');
  });

  it('Beirut skips midnight on 31 Mar 2024: a window opening that day opens at 01:00 local', () => {
    const p = pledge({
      timeZone: 'Asia/Beirut',
      announcedOn: '2024-03-01',
      deadline: { earliest: '2024-03-31', latest: '2024-04-02', text: 'early April' },
    });
    expect(opensAtMs(p)).toBe(ms('2024-03-30T22:00:00Z')); // 01:00 +03
    expect(deadlineState(p, ms('2024-03-30T21:59:59.999Z'))).toBe('upcoming');
    expect(deadlineState(p, ms('2024-03-30T22:00:00Z'))).toBe('due');
  });

  it('Samoa skipped 30 Dec 2011 entirely: a one-day window on that day is empty and goes straight from upcoming to overdue', () => {
    const p = pledge({
      timeZone: 'Pacific/Apia',
      announcedOn: '2011-12-01',
      deadline: { earliest: '2011-12-30', latest: '2011-12-30', text: 'on the 30th' },
    });
    expect(opensAtMs(p)).toBe(closesAtMs(p));
    expect(deadlineState(p, opensAtMs(p) - 1)).toBe('upcoming');
    expect(deadlineState(p, opensAtMs(p))).toBe('overdue');
  });

  it('Troll station shifts clocks by two hours, so its days last 22 and 26 hours', () => {
    const oneDay = (date: string) =>
      pledge({
        timeZone: 'Antarctica/Troll',
        announcedOn: '2025-01-01',
        deadline: { earliest: date, latest: date, text: date },
      });
    expect(closesAtMs(oneDay('2025-03-30')) - opensAtMs(oneDay('2025-03-30'))).toBe(22 * 3600_000);
    expect(closesAtMs(oneDay('2025-10-26')) - opensAtMs(oneDay('2025-10-26'))).toBe(26 * 3600_000);
  });
});

describe('"due by" windows (no earliest) and one-day windows', () => {
  const dueBy = pledge({ announcedOn: '2025-08-18', deadline: { latest: '2025-09-01', text: 'by 1 September' } });

  it('a "due by" window opens at the start of the announcement day', () => {
    expect(opensAtMs(dueBy)).toBe(ms('2025-08-18T04:00:00Z'));
    expect(deadlineState(dueBy, ms('2025-08-18T03:59:59.999Z'))).toBe('upcoming');
    expect(deadlineState(dueBy, ms('2025-08-18T04:00:00Z'))).toBe('due');
  });

  it('a "due by" window closes at the end of its date', () => {
    expect(closesAtMs(dueBy)).toBe(ms('2025-09-02T04:00:00Z'));
    expect(deadlineState(dueBy, ms('2025-09-02T03:59:59.999Z'))).toBe('due');
    expect(deadlineState(dueBy, ms('2025-09-02T04:00:00Z'))).toBe('overdue');
  });

  it('a one-day window is due for exactly that day in the pledge zone', () => {
    const p = pledge({
      timeZone: 'Europe/Kyiv',
      deadline: { earliest: '2025-08-24', latest: '2025-08-24', text: 'on Independence Day' },
    });
    expect(opensAtMs(p)).toBe(ms('2025-08-23T21:00:00Z'));
    expect(closesAtMs(p)).toBe(ms('2025-08-24T21:00:00Z'));
    expect(deadlineState(p, ms('2025-08-23T20:59:59.999Z'))).toBe('upcoming');
    expect(deadlineState(p, ms('2025-08-23T21:00:00Z'))).toBe('due');
    expect(deadlineState(p, ms('2025-08-24T20:59:59.999Z'))).toBe('due');
    expect(deadlineState(p, ms('2025-08-24T21:00:00Z'))).toBe('overdue');
  });

  it('a "due by" window due on the announcement day itself is due that day only', () => {
    const p = pledge({ announcedOn: '2025-08-18', deadline: { latest: '2025-08-18', text: 'today' } });
    expect(closesAtMs(p) - opensAtMs(p)).toBe(24 * 3600_000);
    expect(deadlineState(p, ms('2025-08-18T12:00:00Z'))).toBe('due');
  });
});

describe('an open pledge', () => {
  it('without a deadline is "none" at any time', () => {
    const p = undated();
    expect(deadlineState(p, ms('2000-01-01T00:00:00Z'))).toBe('none');
    expect(deadlineState(p, ms('2100-01-01T00:00:00Z'))).toBe('none');
  });

  it('ignores a stray resolvedOn: it is open, so the clock decides', () => {
    expect(deadlineState(pledge({ resolvedOn: '2025-08-26' }), ms('2025-08-30T00:00:00Z'))).toBe('overdue');
  });
});

describe('openStateAt', () => {
  it('is upcoming before the opening instant, due from it, overdue from the closing instant', () => {
    expect(openStateAt(10, 20, 9)).toBe('upcoming');
    expect(openStateAt(10, 20, 10)).toBe('due');
    expect(openStateAt(10, 20, 19)).toBe('due');
    expect(openStateAt(10, 20, 20)).toBe('overdue');
  });
});

describe('a resolved pledge: its state depends on the verdict and the date, never on the clock', () => {
  // resolvedOn relative to the 25–28 Aug window
  const cases: [Exclude<Verdict, 'open'>, string, string][] = [
    ['fulfilled', '2025-08-20', 'met'], // before the window opened: early is on time
    ['fulfilled', '2025-08-25', 'met'],
    ['fulfilled', '2025-08-28', 'met'], // exactly on latest
    ['fulfilled', '2025-08-29', 'late'], // the day after
    ['fulfilled', '2026-11-28', 'late'],
    ['partially_fulfilled', '2025-08-28', 'met'],
    ['partially_fulfilled', '2025-08-29', 'late'],
    ['broken', '2025-08-20', 'missed'], // broken is missed whenever it was declared
    ['broken', '2025-08-28', 'missed'],
    ['broken', '2025-08-29', 'missed'],
    ['withdrawn', '2025-08-20', 'none'], // withdrawn before the window closed: the deadline no longer applies
    ['withdrawn', '2025-08-28', 'none'],
    ['withdrawn', '2025-08-29', 'missed'], // withdrawn after it closed: it was missed
  ];

  it.each(cases)('%s on %s is %s', (verdict, resolvedOn, state) => {
    const p = pledge({ verdict, resolvedOn });
    for (const now of ['2025-08-10T00:00:00Z', '2025-08-26T00:00:00Z', '2030-01-01T00:00:00Z']) {
      expect(deadlineState(p, ms(now))).toBe(state);
    }
    expect(resolvedState(summitWindow, verdict, resolvedOn)).toBe(state);
  });

  it.each(['fulfilled', 'partially_fulfilled', 'broken', 'withdrawn'] as const)(
    '%s without a deadline is "none"',
    (verdict) => {
      expect(deadlineState(undated({ verdict, resolvedOn: '2025-08-20' }), ms('2025-09-01T00:00:00Z'))).toBe('none');
      expect(resolvedState(null, verdict, '2025-08-20')).toBe('none');
    },
  );

  it('judges "late" by the calendar date in the pledge zone, not by any instant', () => {
    // 28 Aug in Kiritimati is already over at 2025-08-28T10:00Z, but a date is a date.
    const p = pledge({ timeZone: 'Pacific/Kiritimati', verdict: 'fulfilled', resolvedOn: '2025-08-28' });
    expect(deadlineState(p, ms('2025-09-01T00:00:00Z'))).toBe('met');
  });

  it('a "due by" window is met up to and including its date', () => {
    const dl: DeadlineWindow = { latest: '2025-09-01', text: 'by 1 September' };
    expect(resolvedState(dl, 'fulfilled', '2025-09-01')).toBe('met');
    expect(resolvedState(dl, 'fulfilled', '2025-09-02')).toBe('late');
  });

  it('falls back to the announcement date when a resolved pledge has lost its resolvedOn', () => {
    expect(deadlineState(pledge({ verdict: 'fulfilled', resolvedOn: null }), ms('2030-01-01T00:00:00Z'))).toBe('met');
  });
});

describe('for any window, zone and instant', () => {
  // Zones whose clocks never jump by more than an hour between 2000 and 2040…
  const evenZones = [
    'UTC',
    'America/New_York',
    'Pacific/Kiritimati',
    'America/Adak',
    'Europe/Kyiv',
    'Europe/London',
    'America/Santiago',
    'Asia/Beirut',
    'Australia/Lord_Howe', // half-hour DST
    'Asia/Kathmandu',
    'Pacific/Chatham',
    'America/St_Johns',
    'Africa/Casablanca',
  ];
  // …and some whose clocks do (Troll: two hours; Apia skipped 30 Dec 2011).
  const allZones = [...evenZones, 'Antarctica/Troll', 'Pacific/Apia'];
  const day0 = Temporal.PlainDate.from('2000-01-01');
  const date = (n: number) => day0.add({ days: n }).toString();
  const HOUR = 3_600_000;

  const windowed = (zones: string[]) =>
    fc
      .record({
        announced: fc.integer({ min: 0, max: 14_600 }), // 2000..2040
        toEarliest: fc.integer({ min: 0, max: 90 }),
        length: fc.integer({ min: 0, max: 120 }),
        hasEarliest: fc.boolean(),
        timeZone: fc.constantFrom(...zones),
      })
      .map(({ announced, toEarliest, length, hasEarliest, timeZone }) => {
        const start = announced + (hasEarliest ? toEarliest : 0);
        const deadline: DeadlineWindow = hasEarliest
          ? { earliest: date(start), latest: date(start + length), text: 'x' }
          : { latest: date(start + length), text: 'x' };
        const p: Timed & { deadline: DeadlineWindow } = {
          announcedOn: date(announced),
          timeZone,
          deadline,
          verdict: 'open',
          resolvedOn: null,
        };
        return { p, firstDay: date(start), days: length + 1 };
      });

  const rank = { upcoming: 0, due: 1, overdue: 2 } as Record<string, number>;

  it('moves only forward: upcoming → due → overdue, never back', () => {
    fc.assert(
      fc.property(
        windowed(allZones),
        fc.array(fc.integer({ min: -30 * 24 * HOUR, max: 200 * 24 * HOUR }), { minLength: 2, maxLength: 12 }),
        ({ p }, offsets) => {
          const base = opensAtMs(p);
          const states = [...offsets].sort((a, b) => a - b).map((o) => deadlineState(p, base + o));
          for (const s of states) expect(['upcoming', 'due', 'overdue']).toContain(s);
          for (let i = 1; i < states.length; i++)
            expect(rank[states[i]!]!).toBeGreaterThanOrEqual(rank[states[i - 1]!]!);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('changes state exactly at the opening and the closing instants', () => {
    fc.assert(
      fc.property(windowed(evenZones), ({ p }) => {
        const opens = opensAtMs(p);
        const closes = closesAtMs(p);
        expect(deadlineState(p, opens - 1)).toBe('upcoming');
        expect(deadlineState(p, opens)).toBe('due');
        expect(deadlineState(p, closes - 1)).toBe('due');
        expect(deadlineState(p, closes)).toBe('overdue');
      }),
      { numRuns: 200 },
    );
  });

  it('is due exactly while the date in the pledge zone is within the window, overdue after its last day', () => {
    fc.assert(
      fc.property(
        windowed(allZones),
        fc.integer({ min: -5 * 24 * HOUR, max: 130 * 24 * HOUR }),
        ({ p, firstDay }, offset) => {
          const now = opensAtMs(p) + offset;
          const today = dateInZone(Temporal.Instant.fromEpochMilliseconds(now), p.timeZone);
          const expected = today < firstDay ? 'upcoming' : today <= p.deadline.latest ? 'due' : 'overdue';
          expect(deadlineState(p, now)).toBe(expected);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('lasts between 23 and 25 hours per calendar day in the window (where clocks jump by at most an hour)', () => {
    fc.assert(
      fc.property(windowed(evenZones), ({ p, days }) => {
        const length = closesAtMs(p) - opensAtMs(p);
        expect(length).toBeGreaterThanOrEqual(days * 23 * HOUR);
        expect(length).toBeLessThanOrEqual(days * 25 * HOUR);
        // Tighter: clock changes within a window of n days shift it by at most an hour either way.
        expect(Math.abs(length - days * 24 * HOUR)).toBeLessThanOrEqual(HOUR);
      }),
      { numRuns: 300 },
    );
  });

  it('a resolved pledge is met up to its last day, and late (or missed) after it, at any time', () => {
    fc.assert(
      fc.property(
        windowed(allZones),
        fc.constantFrom('fulfilled', 'partially_fulfilled', 'broken', 'withdrawn'),
        fc.integer({ min: -100, max: 200 }),
        fc.integer({ min: -1e12, max: 1e12 }),
        ({ p }, verdict, shift, nowOffset) => {
          const resolvedOn = Temporal.PlainDate.from(p.deadline.latest).add({ days: shift }).toString();
          const state = deadlineState({ ...p, verdict, resolvedOn }, Date.UTC(2025, 0, 1) + nowOffset);
          const after = shift > 0;
          const expected = {
            fulfilled: after ? 'late' : 'met',
            partially_fulfilled: after ? 'late' : 'met',
            broken: 'missed',
            withdrawn: after ? 'missed' : 'none',
          }[verdict];
          expect(state).toBe(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});
