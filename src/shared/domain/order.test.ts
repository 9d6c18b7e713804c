import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SORTS, type Sort } from '../contract/filters';
import type { DeadlineState, DeadlineWindow, Verdict } from '../contract/pledge';
import { closesAtMs, deadlineState, opensAtMs, type Timed } from './deadline';
import { STATUS_GROUPS, comparePledges, statusGroup, titleSortKey, type SortKeys } from './order';

/** The keys a store would compute for a pledge at `now` (what the server and the mocks do). */
function keysOf(p: Timed & { id: string; title?: string; updatedAt?: string }, now: number): SortKeys {
  const dl = p.deadline;
  return {
    id: p.id,
    verdict: p.verdict,
    state: deadlineState(p, now),
    opensAt: dl ? opensAtMs({ ...p, deadline: dl }) : null,
    closesAt: dl ? closesAtMs({ ...p, deadline: dl }) : null,
    latest: dl?.latest ?? null,
    announcedOn: p.announcedOn,
    resolvedOn: p.resolvedOn,
    updatedAt: p.updatedAt ?? '2025-08-18T20:00:00.000Z',
    titleKey: titleSortKey(p.title ?? p.id),
    slips: 0,
    progress: null,
  };
}

const NOW = Date.UTC(2025, 8, 10, 12); // 10 Sep 2025, noon UTC
const window = (earliest: string | undefined, latest: string): DeadlineWindow =>
  earliest ? { earliest, latest, text: 'x' } : { latest, text: 'x' };
function make(id: string, over: Partial<Timed> & { title?: string; updatedAt?: string } = {}) {
  return keysOf(
    { id, announcedOn: '2025-08-01', timeZone: 'UTC', deadline: null, verdict: 'open', resolvedOn: null, ...over },
    NOW,
  );
}

describe('statusGroup', () => {
  it.each<[Verdict, DeadlineState, string]>([
    ['open', 'overdue', 'overdue'],
    ['open', 'due', 'due'],
    ['open', 'upcoming', 'upcoming'],
    ['open', 'none', 'open-none'],
    ['fulfilled', 'met', 'resolved'],
    ['partially_fulfilled', 'late', 'resolved'],
    ['broken', 'missed', 'resolved'],
    ['withdrawn', 'none', 'resolved'],
  ])('an %s pledge in state %s belongs to "%s"', (verdict, state, group) => {
    expect(statusGroup(verdict, state)).toBe(group);
  });
});

describe('the default (status) order', () => {
  const list = [
    make('resolved-old', { verdict: 'fulfilled', resolvedOn: '2025-08-20', deadline: window(undefined, '2025-08-30') }),
    make('none-old', { announcedOn: '2025-07-01' }),
    make('upcoming-later', { deadline: window('2025-10-01', '2025-10-05') }),
    make('due-later', { deadline: window('2025-09-01', '2025-09-20') }),
    make('overdue-recent', { deadline: window(undefined, '2025-09-05') }),
    make('resolved-recent', { verdict: 'broken', resolvedOn: '2025-09-01', deadline: window(undefined, '2025-08-30') }),
    make('none-new', { announcedOn: '2025-08-15' }),
    make('upcoming-soon', { deadline: window('2025-09-15', '2025-09-30') }),
    make('due-soon', { deadline: window(undefined, '2025-09-11') }),
    make('overdue-long', { announcedOn: '2024-01-01', deadline: window(undefined, '2024-06-01') }),
    make('b-overdue-tie', { deadline: window(undefined, '2025-09-05') }),
  ];

  it('puts overdue first (longest first), then due (closing soonest), upcoming (opening soonest), no deadline (newest), resolved (latest)', () => {
    const sorted = [...list].sort((a, b) => comparePledges('status', a, b)).map((k) => k.id);
    expect(sorted).toEqual([
      'overdue-long',
      'b-overdue-tie', // same closing instant as overdue-recent: ties go by id
      'overdue-recent',
      'due-soon',
      'due-later',
      'upcoming-soon',
      'upcoming-later',
      'none-new',
      'none-old',
      'resolved-recent',
      'resolved-old',
    ]);
  });

  it('orders the groups as STATUS_GROUPS lists them', () => {
    expect(STATUS_GROUPS).toEqual(['overdue', 'due', 'upcoming', 'open-none', 'resolved']);
  });

  it('compares windows by their instants, so the same date closes earlier in Kiritimati than in Adak', () => {
    const dl = window(undefined, '2025-09-05');
    const adak = make('a-adak', { timeZone: 'America/Adak', deadline: dl });
    const kiri = make('z-kiritimati', { timeZone: 'Pacific/Kiritimati', deadline: dl });
    expect(comparePledges('status', kiri, adak)).toBeLessThan(0);
  });
});

describe('field orders', () => {
  const a = make('a', {
    title: 'Beta',
    announcedOn: '2025-08-02',
    updatedAt: '2025-09-01T00:00:00.000Z',
    deadline: window(undefined, '2025-09-30'),
  });
  const b = make('b', {
    title: 'alpha',
    announcedOn: '2025-08-01',
    updatedAt: '2025-09-02T00:00:00.000Z',
    deadline: window(undefined, '2025-09-01'),
  });
  const c = make('c', { title: 'Gamma', announcedOn: '2025-08-03', updatedAt: '2025-08-30T00:00:00.000Z' });
  const order = (sort: Sort) => [a, b, c].sort((x, y) => comparePledges(sort, x, y)).map((k) => k.id);

  it('sorts by deadline with pledges without one last, in both directions', () => {
    expect(order('deadline')).toEqual(['b', 'a', 'c']);
    expect(order('-deadline')).toEqual(['a', 'b', 'c']);
  });

  it('sorts by announcement date', () => {
    expect(order('announced')).toEqual(['b', 'a', 'c']);
    expect(order('-announced')).toEqual(['c', 'a', 'b']);
  });

  it('sorts by last update', () => {
    expect(order('updated')).toEqual(['c', 'a', 'b']);
    expect(order('-updated')).toEqual(['b', 'a', 'c']);
  });

  it('sorts by title regardless of case', () => {
    expect(order('title')).toEqual(['b', 'a', 'c']);
    expect(order('-title')).toEqual(['c', 'a', 'b']);
    expect(titleSortKey('Security Guarantees')).toBe(titleSortKey('security guarantees'));
  });

  it('breaks ties by id, ascending, whatever the direction', () => {
    const x = make('x', { announcedOn: '2025-08-01' });
    const y = make('y', { announcedOn: '2025-08-01' });
    expect(comparePledges('announced', x, y)).toBeLessThan(0);
    expect(comparePledges('-announced', x, y)).toBeLessThan(0);
  });
});

describe('comparePledges is a total order, for every sort', () => {
  const resolvedStates: DeadlineState[] = ['none', 'met', 'late', 'missed'];
  const openStates: DeadlineState[] = ['none', 'upcoming', 'due', 'overdue'];
  const small = <T>(...values: T[]) => fc.constantFrom(...values);

  // Small domains on purpose, so that ties are common.
  const keys: fc.Arbitrary<SortKeys> = fc
    .record({
      verdict: small<Verdict>('open', 'open', 'fulfilled', 'partially_fulfilled', 'broken', 'withdrawn'),
      stateIndex: fc.nat(3),
      hasDeadline: fc.boolean(),
      opensAt: fc.integer({ min: 0, max: 4 }),
      length: fc.integer({ min: 0, max: 3 }),
      latest: small('2025-08-28', '2025-09-01', '2025-09-15'),
      announcedOn: small('2025-08-01', '2025-08-18'),
      resolvedOn: small('2025-08-20', '2025-08-29'),
      updatedAt: small('2025-08-18T20:00:00.000Z', '2025-09-01T10:00:00.000Z'),
      titleKey: small('alpha', 'beta', 'security guarantees'),
      slips: fc.nat(2),
      progress: small(null, 0, 0.5, 1, 1.5),
    })
    .map((r) => {
      const open = r.verdict === 'open';
      const state = (open ? openStates : resolvedStates)[r.stateIndex]!;
      const hasDeadline = open ? state !== 'none' : state !== 'none' || r.hasDeadline;
      return {
        id: '',
        verdict: r.verdict,
        state,
        opensAt: hasDeadline ? r.opensAt : null,
        closesAt: hasDeadline ? r.opensAt + r.length : null,
        latest: hasDeadline ? r.latest : null,
        announcedOn: r.announcedOn,
        slips: r.slips,
        progress: r.progress,
        resolvedOn: open ? null : r.resolvedOn,
        updatedAt: r.updatedAt,
        titleKey: r.titleKey,
      };
    });
  /** Lists of keys with distinct ids. */
  const list = fc
    .array(keys, { minLength: 1, maxLength: 12 })
    .map((ks) => ks.map((k, i) => ({ ...k, id: `p-${String(i).padStart(2, '0')}` })));
  const sign = (n: number) => (n > 0 ? 1 : n < 0 ? -1 : 0);

  it.each(SORTS)('%s: reflexive, antisymmetric and transitive', (sort) => {
    fc.assert(
      fc.property(list, (ks) => {
        // Plain checks in the inner loops (expect() is slow there); one failing pair is reported.
        const c = ks.map((a) => ks.map((b) => sign(comparePledges(sort, a, b))));
        ks.forEach((a, i) => {
          expect(c[i]![i]).toBe(0);
          ks.forEach((b, j) => {
            if (c[i]![j]! + c[j]![i]! !== 0) expect.fail(`not antisymmetric: ${a.id} vs ${b.id}`);
            if (i !== j && c[i]![j] === 0) expect.fail(`distinct pledges tie: ${a.id}, ${b.id} (the id should decide)`);
            ks.forEach((x, k) => {
              if (c[i]![j]! <= 0 && c[j]![k]! <= 0 && c[i]![k]! > 0)
                expect.fail(`not transitive: ${a.id} ≤ ${b.id} ≤ ${x.id} but ${a.id} > ${x.id}`);
            });
          });
        });
      }),
      { numRuns: 60 },
    );
  });

  it.each(SORTS)('%s: the same list in any order sorts to the same sequence', (sort) => {
    fc.assert(
      fc.property(list, fc.func(fc.integer()), (ks, rnd) => {
        const shuffled = ks
          .map((k, i) => ({ k, r: rnd(i) }))
          .sort((x, y) => x.r - y.r)
          .map((x) => x.k);
        const one = [...ks].sort((a, b) => comparePledges(sort, a, b)).map((k) => k.id);
        const two = shuffled.sort((a, b) => comparePledges(sort, a, b)).map((k) => k.id);
        expect(two).toEqual(one);
      }),
      { numRuns: 60 },
    );
  });
});

describe('ordering by slips and by progress', () => {
  const base = {
    id: 'a',
    verdict: 'open',
    state: 'none',
    opensAt: null,
    closesAt: null,
    latest: null,
    announcedOn: '2025-01-01',
    resolvedOn: null,
    updatedAt: '',
    titleKey: '',
  } as const;
  it('puts pledges without an amount last in both directions, ties by id', () => {
    const keys: SortKeys[] = [
      { ...base, id: 'n', slips: 0, progress: null },
      { ...base, id: 'h', slips: 2, progress: 0.5 },
      { ...base, id: 'z', slips: 1, progress: 0 },
      { ...base, id: 'f', slips: 2, progress: 1.2 },
    ];
    const sorted = (sort: Parameters<typeof comparePledges>[0]) =>
      [...keys].sort((a, b) => comparePledges(sort, a, b)).map((k) => k.id);
    expect(sorted('progress')).toEqual(['z', 'h', 'f', 'n']);
    expect(sorted('-progress')).toEqual(['f', 'h', 'z', 'n']);
    expect(sorted('slips')).toEqual(['n', 'z', 'f', 'h']);
    expect(sorted('-slips')).toEqual(['f', 'h', 'z', 'n']);
  });
});
