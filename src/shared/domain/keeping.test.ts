import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DeadlineWindow, HistoryEvent, PledgeRecord, Verdict } from '../contract/pledge';
import { VERDICTS } from '../contract/pledge';
import { guaranteesRecord } from '@test/fixtures/pledge';
import { recordAtVersion } from './as-of';
import { addDays } from './dates';
import { resolvedState } from './deadline';
import { diffPledges } from './diff';
import {
  CARRIED_DELIVERY_ID,
  deliveredSum,
  partyAmountRows,
  partyCountRows,
  partyRecords,
  partyTotals,
  progressBucket,
  progressOf,
  slipOf,
  totalsByCurrency,
  upgradeRecord,
} from './keeping';

const day = fc.integer({ min: 0, max: 400 }).map((n) => addDays('2025-01-01', n));
const window: fc.Arbitrary<DeadlineWindow | null> = fc.option(
  fc.tuple(day, fc.nat(30)).map(([latest, back]) => ({ earliest: addDays(latest, -back), latest, text: 'w' })),
  { nil: null },
);

describe('a slip', () => {
  it('is a move of the last day later, and only that', () => {
    fc.assert(
      fc.property(window, window, (before, after) => {
        const slip = slipOf(before, after);
        expect(slip).toBe(before && after && after.latest > before.latest ? 1 : 0);
        // Moving it back is never a slip, and a slip undone by the reverse move is not one either.
        if (slip) expect(slipOf(after, before)).toBe(0);
        expect(slipOf(before, before)).toBe(0);
      }),
      { numRuns: 500 },
    );
    expect(slipOf({ latest: '2025-08-28', text: '' }, { latest: '2025-09-15', text: '' })).toBe(1);
    expect(slipOf(null, { latest: '2025-09-15', text: '' })).toBe(0);
    expect(slipOf({ latest: '2025-08-28', text: '' }, null)).toBe(0);
    expect(
      slipOf(
        { earliest: '2025-08-25', latest: '2025-08-28', text: '' },
        { earliest: '2025-08-27', latest: '2025-08-28', text: '' },
      ),
    ).toBe(0);
  });

  it('counted over any sequence of moves equals the number of later moves', () => {
    fc.assert(
      fc.property(fc.array(window, { minLength: 1, maxLength: 20 }), (windows) => {
        let slips = 0;
        for (let i = 1; i < windows.length; i++) slips += slipOf(windows[i - 1]!, windows[i]!);
        const expected = windows.slice(1).filter((w, i) => w && windows[i] && w.latest > windows[i]!.latest).length;
        expect(slips).toBe(expected);
      }),
    );
  });
});

describe('progress of an amount', () => {
  const value = fc.double({ min: 0.01, max: 1e12, noNaN: true });
  it('is delivered ÷ pledged, in the bucket it falls in; nothing without an amount', () => {
    fc.assert(
      fc.property(value, fc.double({ min: 0, max: 2e12, noNaN: true }), (v, d) => {
        const p = progressOf({ value: v, delivered: d })!;
        expect(p).toBeCloseTo(d / v);
        const bucket = progressBucket({ value: v, delivered: d });
        expect(bucket).toBe(d === 0 ? 'none' : d >= v ? 'complete' : 'partial');
        if (bucket === 'complete') expect(p).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
    expect(progressOf(null)).toBeNull();
    expect(progressBucket(null)).toBeNull();
    expect(progressBucket({ value: 100, delivered: 100 })).toBe('complete');
    expect(progressBucket({ value: 100, delivered: 150 })).toBe('complete');
  });

  it('sums deliveries, and adds only amounts of one currency together', () => {
    expect(deliveredSum([{ value: 1 }, { value: 2.5 }])).toBe(3.5);
    expect(deliveredSum([])).toBe(0);
    expect(
      totalsByCurrency([
        { value: 10, delivered: 5, currency: 'USD' },
        null,
        { value: 7, delivered: 0, currency: 'EUR' },
        { value: 3, delivered: 3, currency: 'USD' },
      ]),
    ).toEqual([
      { currency: 'EUR', pledged: 7, delivered: 0 },
      { currency: 'USD', pledged: 13, delivered: 8 },
    ]);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            value: fc.integer({ min: 1, max: 1000 }),
            delivered: fc.nat(1000),
            currency: fc.constantFrom('USD', 'EUR', 'UAH'),
          }),
        ),
        (amounts) => {
          const totals = totalsByCurrency(amounts);
          for (const t of totals) {
            const same = amounts.filter((a) => a.currency === t.currency);
            expect(t.pledged).toBe(same.reduce((s, a) => s + a.value, 0));
            expect(t.delivered).toBe(same.reduce((s, a) => s + a.delivered, 0));
          }
          expect(totals.map((t) => t.currency)).toEqual([...new Set(amounts.map((a) => a.currency))].sort());
        },
      ),
    );
  });
});

describe("the parties' record", () => {
  const parties = ['a', 'b', 'c', 'd'];
  const pledgeArb = fc.record({
    parties: fc.shuffledSubarray(parties, { minLength: 1, maxLength: 4 }),
    split: fc.nat(3),
    verdict: fc.constantFrom<Verdict>(...VERDICTS),
    deadline: window,
    resolvedAfter: fc.nat(60),
    deleted: fc.boolean(),
  });
  it('counts what each party made, received and guaranteed, and how its own pledges went', () => {
    fc.assert(
      fc.property(fc.array(pledgeArb, { maxLength: 40 }), (gen) => {
        const records = gen.map((g, i) => {
          const [pledger, ...rest] = g.parties;
          return guaranteesRecord({
            id: `p-${i}`,
            pledgers: [{ id: pledger!, name: pledger! }],
            beneficiaries: rest.slice(0, g.split).map((id) => ({ id, name: id })),
            guarantors: rest.slice(g.split).map((id) => ({ id, name: id })),
            deadline: g.deadline,
            announcedOn: '2025-01-01',
            verdict: g.verdict,
            resolvedOn: g.verdict === 'open' ? null : addDays('2025-01-01', g.resolvedAfter),
            deletedAt: g.deleted ? '2025-09-01T00:00:00.000Z' : null,
          });
        });
        const got = partyRecords(partyCountRows(records));
        const live = records.filter((r) => !r.deletedAt);
        for (const party of parties) {
          const made = live.filter((r) => r.pledgers.some((p) => p.id === party));
          const state = (r: PledgeRecord) =>
            r.verdict === 'open' ? null : resolvedState(r.deadline, r.verdict, r.resolvedOn!);
          const expected = {
            made: made.length,
            received: live.filter((r) => r.beneficiaries.some((p) => p.id === party)).length,
            guaranteed: live.filter((r) => r.guarantors.some((p) => p.id === party)).length,
            kept: made.filter((r) => r.verdict === 'fulfilled' || r.verdict === 'partially_fulfilled').length,
            broken: made.filter((r) => r.verdict === 'broken').length,
            onTime: made.filter((r) => state(r) === 'met').length,
            late: made.filter((r) => state(r) === 'late').length,
          };
          const involved = expected.made + expected.received + expected.guaranteed;
          expect(got.get(party)).toEqual(involved ? expected : undefined);
          if (involved) expect(expected.kept + expected.broken).toBeLessThanOrEqual(expected.made);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("the parties' totals", () => {
  it('sum what each made per currency, in any order of the rows, leaving the trash and other roles out', () => {
    const pledge = fc.record({
      pledger: fc.constantFrom('a', 'b'),
      beneficiary: fc.constantFrom('c', 'd'),
      value: fc.integer({ min: 1, max: 1000 }),
      delivered: fc.nat(1000),
      currency: fc.option(fc.constantFrom('USD', 'EUR'), { nil: null }),
      deleted: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(pledge, { maxLength: 30 }), (gen) => {
        const records = gen.map((g, i) =>
          guaranteesRecord({
            id: `p-${String(i).padStart(2, '0')}`,
            pledgers: [{ id: g.pledger, name: g.pledger }],
            beneficiaries: [{ id: g.beneficiary, name: g.beneficiary }],
            amount: g.currency ? { value: g.value, currency: g.currency, delivered: g.delivered } : null,
            deletedAt: g.deleted ? '2025-09-01T00:00:00.000Z' : null,
          }),
        );
        const rows = partyAmountRows(records);
        const totals = partyTotals(rows);
        expect(partyTotals([...rows].reverse())).toEqual(totals);
        for (const party of ['a', 'b']) {
          const made = records.filter((r) => !r.deletedAt && r.amount && r.pledgers[0]!.id === party);
          expect(totals.get(party) ?? []).toEqual(totalsByCurrency(made.map((r) => r.amount)));
        }
        expect(totals.has('c') || totals.has('d')).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

describe('a record stored before deliveries, slips and the trash', () => {
  it('reads with its deadline as the original one, no slips, not deleted, and its delivered amount kept as a delivery', () => {
    const {
      deliveries: _d,
      originalDeadline: _o,
      deadlineSlips: _s,
      deletedAt: _t,
      ...old
    } = guaranteesRecord({
      amount: { value: 100, currency: 'USD', delivered: 40 },
      updatedAt: '2025-08-20T10:00:00.000Z',
    });
    const upgraded = upgradeRecord(old);
    expect(upgraded).toMatchObject({ originalDeadline: old.deadline, deadlineSlips: 0, deletedAt: null });
    expect(upgraded.deliveries).toEqual([
      {
        id: CARRIED_DELIVERY_ID,
        on: '2025-08-20',
        value: 40,
        note: 'Delivered before deliveries were recorded one by one',
        noteLanguage: 'en',
        noteTranslations: {},
      },
    ]);
    expect(deliveredSum(upgraded.deliveries)).toBe(upgraded.amount!.delivered);
    const current = guaranteesRecord();
    expect(upgradeRecord(current)).toBe(current);
  });

  it('reads notes stored before notes had languages as English, untranslated, and leaves the others as they are', () => {
    const translated = {
      url: 'https://example.org/now',
      note: 'Підписано',
      noteLanguage: 'uk' as const,
      noteTranslations: { en: 'Signed' },
      addedAt: '2025-08-21T10:00:00.000Z',
    };
    const old = guaranteesRecord({
      amount: { value: 100, currency: 'USD', delivered: 5 },
      evidence: [translated, { url: 'https://example.org/then', note: 'Signed', addedAt: '2025-08-20T10:00:00.000Z' }],
      deliveries: [{ id: 'd1', on: '2025-08-20', value: 5, note: 'First' }],
    } as unknown as Partial<PledgeRecord>);
    const upgraded = upgradeRecord(old);
    expect(upgraded.evidence).toEqual([translated, { ...old.evidence[1], noteLanguage: 'en', noteTranslations: {} }]);
    expect(upgraded.deliveries).toEqual([
      { id: 'd1', on: '2025-08-20', value: 5, note: 'First', noteLanguage: 'en', noteTranslations: {} },
    ]);
    const current = guaranteesRecord({ evidence: [translated] });
    expect(upgradeRecord(current)).toBe(current);
  });
});

describe('a record at an earlier version', () => {
  it('is rebuilt from history for any sequence of edits', () => {
    const edit = fc.record({ title: fc.constantFrom('A', 'B', 'C'), latest: day, tags: fc.subarray(['x', 'y']) });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        let id = 1;
        const v1 = guaranteesRecord();
        const versions = [v1];
        const events: HistoryEvent[] = [
          { id: id++, pledgeId: v1.id, at: v1.createdAt, actor: 't', kind: 'created', version: 1, changes: [] },
        ];
        for (const [i, e] of edits.entries()) {
          const before = versions.at(-1)!;
          const at = new Date(Date.parse(before.updatedAt) + 60_000).toISOString();
          const next: PledgeRecord = {
            ...before,
            title: e.title,
            tags: e.tags,
            deadline: { latest: e.latest, text: 't' },
            deadlineSlips: before.deadlineSlips + slipOf(before.deadline, { latest: e.latest, text: 't' }),
            version: i + 2,
            updatedAt: at,
          };
          events.push({
            id: id++,
            pledgeId: v1.id,
            at,
            actor: 't',
            kind: 'updated',
            version: next.version,
            changes: diffPledges(before, next),
          });
          versions.push(next);
        }
        const last = versions.at(-1)!;
        for (const v of versions) expect(recordAtVersion(last, events, v.version)).toEqual(v);
        expect(recordAtVersion(last, events, 0)).toBeNull();
        expect(recordAtVersion(last, events, last.version + 1)).toBeNull();
      }),
      { numRuns: 200 },
    );
  });
});
