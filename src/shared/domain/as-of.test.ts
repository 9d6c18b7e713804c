import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HistoryEvent, PledgeRecord } from '../contract/pledge';
import { guaranteesRecord } from '@test/fixtures/pledge';
import { earliestEndOfDayMs, endOfDayMs, latestEndOfDayMs, recordAsOf, stateAsOf } from './as-of';
import { addDays } from './dates';
import { diffPledges } from './diff';

let nextId = 1;
function updated(before: PledgeRecord, after: PledgeRecord, at: string): HistoryEvent {
  return {
    id: nextId++,
    pledgeId: before.id,
    at,
    actor: 'Editor',
    kind: 'updated',
    version: after.version,
    changes: diffPledges(before, after),
  };
}
const created = (r: PledgeRecord): HistoryEvent => ({
  id: nextId++,
  pledgeId: r.id,
  at: r.createdAt,
  actor: 'Seed',
  kind: 'created',
  version: 1,
  changes: [],
});

describe('the end of a day', () => {
  it('is the start of the next day in the zone', () => {
    expect(new Date(endOfDayMs('2025-09-01', 'America/New_York')).toISOString()).toBe('2025-09-02T04:00:00.000Z');
    expect(new Date(endOfDayMs('2025-09-01', 'Pacific/Kiritimati')).toISOString()).toBe('2025-09-01T10:00:00.000Z');
    // Adak keeps daylight saving time in September: UTC-9.
    expect(new Date(endOfDayMs('2025-09-01', 'America/Adak')).toISOString()).toBe('2025-09-02T09:00:00.000Z');
  });

  it('comes first in UTC+14 and last in UTC-12, whatever the zone', () => {
    const zones = [
      'Pacific/Kiritimati',
      'America/Adak',
      'Etc/GMT+12',
      'Asia/Kathmandu',
      'Europe/Kyiv',
      'UTC',
      'Australia/Lord_Howe',
    ];
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2060-12-31'), noInvalidDate: true }),
        fc.constantFrom(...zones),
        (d, zone) => {
          const date = d.toISOString().slice(0, 10);
          const end = endOfDayMs(date, zone);
          expect(end).toBeGreaterThanOrEqual(earliestEndOfDayMs(date));
          expect(end).toBeLessThanOrEqual(latestEndOfDayMs(date));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('a pledge as of a day', () => {
  const recorded = guaranteesRecord();

  it('shows the seeded guarantees due on 26 Aug 2025 and overdue on 1 Sep 2025', () => {
    expect(stateAsOf(recordAsOf(recorded, [created(recorded)], '2025-08-26')!, '2025-08-26')).toBe('due');
    expect(stateAsOf(recordAsOf(recorded, [created(recorded)], '2025-09-01')!, '2025-09-01')).toBe('overdue');
    expect(stateAsOf(recorded, '2025-08-24')).toBe('upcoming');
    // The last day of the window is still "due" at its very end, in New York.
    expect(stateAsOf(recorded, '2025-08-28')).toBe('due');
  });

  it('does not exist before it was announced, however early it was recorded', () => {
    expect(recordAsOf(recorded, [], '2025-08-17')).toBeNull();
    expect(recordAsOf(recorded, [], '2025-08-18')).toEqual(recorded);
  });

  it('exists from its announcement even when recorded much later, as first recorded', () => {
    const late = guaranteesRecord({ createdAt: '2026-11-20T10:00:00.000Z', updatedAt: '2026-11-20T10:00:00.000Z' });
    expect(recordAsOf(late, [created(late)], '2025-08-26')).toEqual(late);
  });

  it('undoes a moved deadline made after the day, and keeps one made before it', () => {
    const moved = {
      ...recorded,
      deadline: { latest: '2025-09-15', text: 'by mid-September' },
      version: 2,
      updatedAt: '2025-08-30T15:00:00.000Z',
    };
    const events = [created(recorded), updated(recorded, moved, moved.updatedAt)];
    const before = recordAsOf(moved, events, '2025-08-29')!;
    expect(before).toEqual(recorded);
    expect(stateAsOf(before, '2025-08-29')).toBe('overdue');
    const after = recordAsOf(moved, events, '2025-08-30')!;
    expect(after).toEqual(moved);
    expect(stateAsOf(after, '2025-08-30')).toBe('due');
  });

  it('reads the day in the pledge’s zone: a change at 02:00Z on 2 Sep was still 1 Sep in New York', () => {
    const renamed = { ...recorded, title: 'Written guarantees', version: 2, updatedAt: '2025-09-02T02:00:00.000Z' };
    const events = [created(recorded), updated(recorded, renamed, renamed.updatedAt)];
    expect(recordAsOf(renamed, events, '2025-09-01')!.title).toBe('Written guarantees');
    const inKyiv = { ...renamed, timeZone: 'Europe/Kyiv' };
    expect(recordAsOf(inKyiv, events, '2025-09-01')!.title).toBe(recorded.title);
  });

  it('shows a verdict reached after the day as not reached yet, without its evidence', () => {
    const evidence = [
      {
        url: 'https://example.org/text',
        note: 'Published',
        noteLanguage: 'en' as const,
        noteTranslations: {},
        addedAt: '2025-09-20T10:00:00.000Z',
      },
    ];
    const kept = {
      ...recorded,
      verdict: 'fulfilled' as const,
      resolvedOn: '2025-09-19',
      evidence,
      version: 2,
      updatedAt: '2025-09-20T10:00:00.000Z',
    };
    const events = [created(recorded), updated(recorded, kept, kept.updatedAt)];
    expect(recordAsOf(kept, events, '2025-09-01')).toEqual(recorded);
    // Recorded as fulfilled from the start (no history to undo): the date still decides.
    const recordedKept = { ...kept, version: 1 };
    expect(recordAsOf(recordedKept, [created(recordedKept)], '2025-09-18')).toMatchObject({
      verdict: 'open',
      resolvedOn: null,
      evidence: [],
    });
    expect(recordAsOf(recordedKept, [created(recordedKept)], '2025-09-19')).toEqual(recordedKept);
    expect(stateAsOf(recordedKept, '2025-09-19')).toBe('late');
  });

  it('ignores the events of other pledges', () => {
    const other = guaranteesRecord({ id: 'other' });
    const changed = { ...other, title: 'Changed', version: 2, updatedAt: '2025-09-05T00:00:00.000Z' };
    expect(recordAsOf(recorded, [updated(other, changed, changed.updatedAt)], '2025-09-01')).toEqual(recorded);
  });

  it('for any sequence of edits, is the version that stood at the end of the day', () => {
    const titles = ['A', 'B', 'C', 'D'];
    const edit = fc.record({
      afterHours: fc.integer({ min: 1, max: 24 * 20 }),
      title: fc.constantFrom(...titles),
      tags: fc.subarray(['x', 'y', 'z']),
      latest: fc.constantFrom('2025-08-28', '2025-09-05', '2025-09-30'),
    });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 8 }), fc.integer({ min: -2, max: 60 }), (edits, dayOffset) => {
        const versions: PledgeRecord[] = [recorded];
        const events: HistoryEvent[] = [created(recorded)];
        let at = Date.parse(recorded.createdAt);
        for (const e of edits) {
          const before = versions.at(-1)!;
          at += e.afterHours * 3_600_000;
          const after: PledgeRecord = {
            ...before,
            title: e.title,
            tags: e.tags,
            deadline: { ...before.deadline!, latest: e.latest },
            version: before.version + 1,
            updatedAt: new Date(at).toISOString(),
          };
          if (diffPledges(before, after).length === 0) continue;
          versions.push(after);
          events.push(updated(before, after, after.updatedAt));
        }
        const date = addDays('2025-08-18', dayOffset);
        const rebuilt = recordAsOf(versions.at(-1)!, [...events].reverse(), date);
        if (dayOffset < 0) {
          expect(rebuilt).toBeNull();
          return;
        }
        const end = endOfDayMs(date, recorded.timeZone);
        const stood = versions.filter((v) => v.version === 1 || Date.parse(v.updatedAt) < end).at(-1)!;
        expect(rebuilt).toEqual(stood);
      }),
      { numRuns: 300 },
    );
  });
});
