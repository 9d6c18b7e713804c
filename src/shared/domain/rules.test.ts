import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { PledgeRecord, Verdict } from '../contract/pledge';
import { checkPledgeRules, todayIn } from './rules';

type Checked = Parameters<typeof checkPledgeRules>[0];
const ms = (iso: string) => Temporal.Instant.from(iso).epochMilliseconds;
const evidence: PledgeRecord['evidence'] = [
  {
    url: 'https://example.com/proof',
    note: '',
    noteLanguage: 'en' as const,
    noteTranslations: {},
    addedAt: '2025-08-27T10:00:00.000Z',
  },
];
const NOW = ms('2025-09-10T12:00:00Z');

function pledge(overrides: Partial<Checked> = {}): Checked {
  return {
    announcedOn: '2025-08-18',
    timeZone: 'America/New_York',
    deadline: { earliest: '2025-08-25', latest: '2025-08-28', text: 'within the next week to ten days' },
    verdict: 'open',
    resolvedOn: null,
    evidence: [],
    ...overrides,
  };
}
const paths = (p: Checked, now = NOW) => checkPledgeRules(p, now).map((i) => i.path);

describe('checkPledgeRules', () => {
  it('accepts an open pledge without a resolution date', () => {
    expect(checkPledgeRules(pledge(), NOW)).toEqual([]);
    expect(checkPledgeRules(pledge({ deadline: null }), NOW)).toEqual([]);
  });

  it.each(['fulfilled', 'partially_fulfilled', 'broken', 'withdrawn'] as const)(
    'accepts a %s pledge with a date and evidence',
    (verdict) => {
      expect(checkPledgeRules(pledge({ verdict, resolvedOn: '2025-08-27', evidence }), NOW)).toEqual([]);
    },
  );

  describe('the deadline', () => {
    it('cannot end before the pledge was announced', () => {
      expect(paths(pledge({ deadline: { latest: '2025-08-17', text: 'by the 17th' } }))).toEqual(['deadline.latest']);
    });

    it('may end on the day it was announced', () => {
      expect(paths(pledge({ deadline: { latest: '2025-08-18', text: 'today' } }))).toEqual([]);
    });
  });

  describe('the resolution date', () => {
    it('is refused on an open pledge', () => {
      expect(paths(pledge({ resolvedOn: '2025-08-27' }))).toEqual(['resolvedOn']);
    });

    it.each(['fulfilled', 'partially_fulfilled', 'broken', 'withdrawn'] as const)('is required for %s', (verdict) => {
      expect(paths(pledge({ verdict, resolvedOn: null, evidence }))).toEqual(['resolvedOn']);
    });

    it('cannot come before the announcement, but may be the same day', () => {
      const issues = checkPledgeRules(pledge({ verdict: 'withdrawn', resolvedOn: '2025-08-17' }), NOW);
      expect(issues).toEqual([
        { path: 'resolvedOn', message: 'It cannot have happened before the pledge was made (18 Aug 2025)' },
      ]);
      expect(paths(pledge({ verdict: 'withdrawn', resolvedOn: '2025-08-18' }))).toEqual([]);
    });

    it('cannot be after today in the pledge zone: today is 29 Aug in Kiritimati but 28 Aug in Adak at the same instant', () => {
      const now = ms('2025-08-28T12:00:00Z');
      expect(
        paths(pledge({ timeZone: 'Pacific/Kiritimati', verdict: 'withdrawn', resolvedOn: '2025-08-29' }), now),
      ).toEqual([]);
      expect(
        checkPledgeRules(pledge({ timeZone: 'America/Adak', verdict: 'withdrawn', resolvedOn: '2025-08-29' }), now),
      ).toEqual([{ path: 'resolvedOn', message: 'It cannot have happened after today (28 Aug 2025 in America/Adak)' }]);
      expect(paths(pledge({ timeZone: 'America/Adak', verdict: 'withdrawn', resolvedOn: '2025-08-28' }), now)).toEqual(
        [],
      );
    });

    it('is judged at the very edge of the day in the pledge zone (New York, midnight = 04:00 UTC)', () => {
      const p = pledge({ verdict: 'withdrawn', resolvedOn: '2025-08-29' });
      expect(paths(p, ms('2025-08-29T03:59:59.999Z'))).toEqual(['resolvedOn']);
      expect(paths(p, ms('2025-08-29T04:00:00Z'))).toEqual([]);
    });
  });

  describe('evidence', () => {
    it.each(['fulfilled', 'partially_fulfilled', 'broken'] as const)('is required for %s', (verdict) => {
      const issues = checkPledgeRules(pledge({ verdict, resolvedOn: '2025-08-27', evidence: [] }), NOW);
      expect(issues).toEqual([{ path: 'evidence', message: 'Add at least one piece of evidence (a link)' }]);
    });

    it.each<Verdict>(['open', 'withdrawn'])('is not required for %s', (verdict) => {
      expect(paths(pledge({ verdict, resolvedOn: verdict === 'open' ? null : '2025-08-27', evidence: [] }))).toEqual(
        [],
      );
    });
  });

  it('reports every broken rule at once', () => {
    const p = pledge({
      deadline: { latest: '2025-08-01', text: 'x' },
      verdict: 'fulfilled',
      resolvedOn: '2025-08-01',
      evidence: [],
    });
    expect(paths(p)).toEqual(['deadline.latest', 'resolvedOn', 'evidence']);
  });
});

describe('todayIn', () => {
  it('is the date in the pledge zone, not in the process zone', () => {
    const now = ms('2025-08-28T12:00:00Z');
    expect(todayIn('Pacific/Kiritimati', now)).toBe('2025-08-29');
    expect(todayIn('America/Adak', now)).toBe('2025-08-28');
    expect(todayIn('America/New_York', ms('2025-08-29T03:59:59.999Z'))).toBe('2025-08-28');
    expect(todayIn('America/New_York', ms('2025-08-29T04:00:00Z'))).toBe('2025-08-29');
  });
});
