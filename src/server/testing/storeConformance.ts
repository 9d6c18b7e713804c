// One suite, run against every PledgeStore. Lists are checked against an oracle written
// straight from the domain (deadlineState, comparePledges) rather than against either store,
// so passing it means both stores return the same items, in the same order, with the same
// totals, for every filter, sort and page.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEADLINE_STATES,
  PARTY_ROLE_FILTERS,
  PROGRESS_FILTERS,
  SORTS,
  VERDICTS,
  type DeadlineState,
  type Party,
  type PledgeRecord,
} from '@shared/contract';
import {
  closesAtMs,
  comparePledges,
  deadlineState,
  diffPledges,
  opensAtMs,
  partyAmountRows,
  partyCountRows,
  partyRecords,
  partyTotals,
  progressBucket,
  recordAsOf,
  stateAsOf,
  titleSortKey,
  type SortKeys,
} from '@shared/domain';
import type { NewHistoryEvent, PledgeStore, SeedData, StoreListQuery } from '../store/types';
import { stateFromTiming } from '../timing';
import { generatedPledges, seedDataOf, TEST_PARTIES, windowEdges } from './generatedPledges';

export interface OpenedStore {
  store: PledgeStore;
  /** Closes the store and opens it again on the same data, if the store persists. */
  reopen?: () => Promise<PledgeStore>;
}

export type StoreFactory = (data?: SeedData) => Promise<OpenedStore>;

const NOW = Date.parse('2025-09-01T12:00:00Z');

interface OracleRow {
  record: PledgeRecord;
  keys: SortKeys;
  parties: string[];
  /** Each party's role: the first list that names it. */
  roles: Map<string, string>;
  text: string;
}

/** The domain's answer, computed the slow, obvious way (memoized per data set and instant). */
const oracleRows = new WeakMap<PledgeRecord[], Map<number, OracleRow[]>>();

function rowsAt(records: PledgeRecord[], nowMs: number): OracleRow[] {
  let byNow = oracleRows.get(records);
  if (!byNow) oracleRows.set(records, (byNow = new Map()));
  let rows = byNow.get(nowMs);
  if (!rows) {
    rows = records.map((r) => ({
      record: r,
      keys: {
        id: r.id,
        verdict: r.verdict,
        state: deadlineState(r, nowMs),
        opensAt: r.deadline ? opensAtMs({ ...r, deadline: r.deadline }) : null,
        closesAt: r.deadline ? closesAtMs({ ...r, deadline: r.deadline }) : null,
        latest: r.deadline?.latest ?? null,
        announcedOn: r.announcedOn,
        resolvedOn: r.resolvedOn,
        updatedAt: r.updatedAt,
        titleKey: titleSortKey(r.title),
        slips: r.deadlineSlips,
        progress: r.amount ? r.amount.delivered / r.amount.value : null,
      },
      parties: [...r.pledgers, ...r.beneficiaries, ...r.guarantors].map((p) => p.id),
      roles: new Map(
        (
          [
            ['guarantor', r.guarantors],
            ['beneficiary', r.beneficiaries],
            ['pledger', r.pledgers],
          ] as const
        ).flatMap(([role, list]) => list.map((p) => [p.id, role] as const)),
      ),
      text: [r.title, r.quote, ...r.tags].join('\n').toLowerCase(),
    }));
    byNow.set(nowMs, rows);
  }
  return rows;
}

/** `stateOf` pins each pledge's state (as-of views); by default it is the state at `nowMs`. */
function oracle(
  records: PledgeRecord[],
  query: StoreListQuery,
  nowMs: number,
  stateOf?: (r: PledgeRecord) => DeadlineState,
): { ids: string[]; total: number } {
  const words = (query.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const rows = stateOf
    ? rowsAt(records, nowMs).map((row) => ({ ...row, keys: { ...row.keys, state: stateOf(row.record) } }))
    : rowsAt(records, nowMs);
  const keys = rows
    .filter(
      (row) =>
        // The trash is never listed.
        !row.record.deletedAt &&
        (query.slipped === undefined || row.record.deadlineSlips > 0 === query.slipped) &&
        (!query.progress || query.progress.some((p) => p === progressBucket(row.record.amount))) &&
        (!query.verdict || query.verdict.includes(row.record.verdict)) &&
        (!query.state || query.state.includes(row.keys.state)) &&
        (!query.party || row.parties.includes(query.party)) &&
        (!query.party || !query.role || row.roles.get(query.party) === query.role) &&
        (!query.tag || query.tag.some((t) => row.record.tags.includes(t))) &&
        // The window runs from its earliest (or the announcement) to its latest, and overlaps [from, to].
        (!query.from || (row.record.deadline !== null && row.record.deadline.latest >= query.from)) &&
        (!query.to ||
          (row.record.deadline !== null && (row.record.deadline.earliest ?? row.record.announcedOn) <= query.to)) &&
        words.every((w) => row.text.includes(w)),
    )
    .map((row) => row.keys);
  keys.sort((a, b) => comparePledges(query.sort, a, b));
  return { ids: keys.slice(query.offset, query.offset + query.limit).map((k) => k.id), total: keys.length };
}

async function listIds(store: PledgeStore, query: StoreListQuery, nowMs: number) {
  const { items, total } = await store.list(query, nowMs);
  return { ids: items.map((i) => i.id), total };
}

function event(record: PledgeRecord, kind: NewHistoryEvent['kind'], at = record.updatedAt): NewHistoryEvent {
  return {
    pledgeId: record.id,
    at,
    actor: 'Tester',
    kind,
    version: record.version,
    changes: kind === 'created' ? [] : [{ field: 'title', from: 'a', to: 'b' }],
  };
}

export function describeStoreConformance(name: string, open: StoreFactory): void {
  describe(`${name}: the PledgeStore contract`, () => {
    const records = generatedPledges(300);
    const data = seedDataOf(records);
    const edges = windowEdges(records);
    const nows = [
      NOW,
      Date.parse('2025-01-01T00:00:00Z'),
      Date.parse('2026-06-01T00:00:00Z'),
      ...fc.sample(fc.constantFrom(...edges), { numRuns: 6, seed: 7 }),
    ];

    it('lists every sort and filter combination like the domain says, with totals', async () => {
      const { store } = await open(data);
      const verdicts = [undefined, ['open'], ['fulfilled', 'broken'], ['withdrawn', 'open']] as const;
      const states = [
        undefined,
        ['overdue'],
        ['due', 'upcoming'],
        ['none'],
        ['met', 'late', 'missed'],
        ['none', 'overdue'],
      ] as const;
      const parties = [undefined, 'party-0', 'party-5', 'nobody'];
      const queries = [undefined, 'alpha', 'GRAIN we', 'слава'];
      for (const sort of SORTS) {
        for (const verdict of verdicts) {
          for (const state of states) {
            for (const party of parties) {
              for (const q of queries) {
                const query: StoreListQuery = {
                  verdict: verdict && [...verdict],
                  state: state && [...state],
                  party,
                  q,
                  sort,
                  offset: 0,
                  limit: 1000,
                };
                expect(await listIds(store, query, NOW), JSON.stringify(query)).toEqual(oracle(records, query, NOW));
              }
            }
          }
        }
      }
      await store.close();
    });

    it('lists by tag, party role and deadline range like the domain says, with every sort and the other filters', async () => {
      const { store } = await open(data);
      const tags = [undefined, ['grain'], ['arms', 'energy'], ['nothing-tagged-so']] as const;
      const parties = [
        {},
        { party: 'party-1', role: 'pledger' },
        { party: 'party-2', role: 'beneficiary' },
        { party: 'party-3', role: 'guarantor' },
        { party: 'party-0' },
      ] as const;
      const ranges = [
        {},
        { from: '2025-09-01' },
        { to: '2025-06-30' },
        { from: '2025-08-25', to: '2025-09-10' },
        { from: '2025-08-28', to: '2025-08-28' },
      ];
      const others = [
        {},
        { state: ['overdue', 'due'] },
        { verdict: ['fulfilled'] },
        { q: 'alpha' },
        { state: ['none'] },
      ] as const;
      let nonEmpty = 0;
      for (const sort of SORTS) {
        for (const tag of tags) {
          for (const party of parties) {
            for (const range of ranges) {
              for (const other of others) {
                const query: StoreListQuery = {
                  ...JSON.parse(JSON.stringify({ ...other, ...party, ...range })),
                  ...(tag ? { tag: [...tag] } : {}),
                  sort,
                  offset: 0,
                  limit: 1000,
                };
                const expected = oracle(records, query, NOW);
                if (expected.total) nonEmpty++;
                expect(await listIds(store, query, NOW), JSON.stringify(query)).toEqual(expected);
              }
            }
          }
        }
      }
      // The cases are not vacuous: most views have pledges in them.
      expect(nonEmpty).toBeGreaterThan(SORTS.length * 200);
      await store.close();
    });

    it('pages through any view by offset, at any moment, windows opening and closing included', async () => {
      const { store } = await open(data);
      const queryArb = fc.record({
        verdict: fc.option(fc.subarray([...VERDICTS], { minLength: 1 }), { nil: undefined }),
        state: fc.option(fc.subarray([...DEADLINE_STATES], { minLength: 1 }), { nil: undefined }),
        party: fc.option(fc.constantFrom(...TEST_PARTIES.map((p) => p.id)), { nil: undefined }),
        q: fc.option(fc.constantFrom('a', 'Beta', 'energy', 'we will'), { nil: undefined }),
        role: fc.option(fc.constantFrom(...PARTY_ROLE_FILTERS), { nil: undefined }),
        tag: fc.option(fc.subarray(['grain', 'arms', 'energy', 'none-such'], { minLength: 1 }), { nil: undefined }),
        from: fc.option(fc.constantFrom('2025-01-01', '2025-08-28', '2025-09-15', '2026-01-01'), { nil: undefined }),
        to: fc.option(fc.constantFrom('2025-03-30', '2025-08-28', '2025-10-01', '2026-06-01'), { nil: undefined }),
        slipped: fc.option(fc.boolean(), { nil: undefined }),
        progress: fc.option(fc.subarray([...PROGRESS_FILTERS], { minLength: 1 }), { nil: undefined }),
        sort: fc.constantFrom(...SORTS),
        offset: fc.nat(320),
        limit: fc.integer({ min: 1, max: 200 }),
      });
      const byId = new Map(records.map((r) => [r.id, r]));
      await fc.assert(
        fc.asyncProperty(queryArb, fc.constantFrom(...nows), async (query, nowMs) => {
          const { items, total } = await store.list(query, nowMs);
          expect({ ids: items.map((i) => i.id), total }).toEqual(oracle(records, query, nowMs));
          // Each item is the stored record, with the timing its deadline state comes from.
          for (const item of items) {
            const record = byId.get(item.id)!;
            expect(JSON.parse(item.json)).toEqual(record);
            expect(stateFromTiming(item.timing, nowMs)).toBe(deadlineState(record, nowMs));
          }
        }),
        { numRuns: 250 },
      );
      await store.close();
    });

    it('moves a pledge between segments as the clock passes its window, without any write', async () => {
      const { store } = await open(data);
      const windowed = records.find((r) => r.verdict === 'open' && r.deadline)!;
      const closes = closesAtMs({ ...windowed, deadline: windowed.deadline! });
      for (const nowMs of [closes - 1, closes, closes - 1]) {
        for (const state of [['due'], ['overdue'], ['upcoming']] as const) {
          const query: StoreListQuery = { state: [...state], sort: 'status', offset: 0, limit: 500 };
          expect(await listIds(store, query, nowMs)).toEqual(oracle(records, query, nowMs));
        }
      }
      await store.close();
    });

    it('reads, creates and refuses a second pledge with the same id', async () => {
      const { store } = await open(data);
      const fresh = { ...records[0]!, id: 'brand-new', title: 'Brand new' };
      expect(await store.get('brand-new')).toBeNull();
      expect(await store.create(fresh, event(fresh, 'created'))).toEqual({ status: 'ok' });
      expect(await store.get('brand-new')).toEqual(fresh);
      expect(await store.create({ ...fresh, title: 'Other' }, event(fresh, 'created'))).toEqual({ status: 'exists' });
      expect((await store.get('brand-new'))?.title).toBe('Brand new');
      expect(await store.history('brand-new')).toHaveLength(1);
      await store.close();
    });

    it('keeps notes in two languages on evidence and deliveries, as written and as changed', async () => {
      const { store } = await open(data);
      const noted: PledgeRecord = {
        ...records[0]!,
        id: 'noted',
        evidence: [
          {
            url: 'https://example.org/statement',
            note: 'Перші системи передано',
            noteLanguage: 'uk',
            noteTranslations: { en: 'The first systems were handed over' },
            addedAt: records[0]!.createdAt,
          },
        ],
        deliveries: [
          {
            id: 'd-1',
            on: records[0]!.announcedOn,
            value: 1,
            note: 'First lot',
            noteLanguage: 'en',
            noteTranslations: {},
          },
        ],
        amount: { value: 10, currency: 'USD', delivered: 1 },
      };
      expect(await store.create(noted, event(noted, 'created'))).toEqual({ status: 'ok' });
      expect(await store.get('noted')).toEqual(noted);
      const translated = {
        ...noted,
        version: 2,
        deliveries: [{ ...noted.deliveries[0]!, noteTranslations: { uk: 'Перша партія' } }],
      };
      expect(await store.update('noted', 1, translated, event(translated, 'updated'))).toEqual({ status: 'ok' });
      expect(await store.get('noted')).toEqual(translated);
      await store.close();
    });

    it('updates only from the expected version, writing the record and its event together', async () => {
      const { store } = await open(data);
      const before = records[1]!;
      const next = {
        ...before,
        title: 'Renamed',
        version: 2,
        pledgers: [{ id: 'party-5', name: 'Party A' }],
        beneficiaries: [],
        guarantors: [],
        tags: [],
      };
      expect(await store.update(before.id, 7, next, event(next, 'updated'))).toEqual({
        status: 'conflict',
        current: before,
      });
      expect(await store.get(before.id)).toEqual(before);
      expect(await store.history(before.id)).toHaveLength(1);
      expect(await store.update('missing', 1, next, event(next, 'updated'))).toEqual({ status: 'not_found' });
      expect(await store.update(before.id, 1, next, event(next, 'updated'))).toEqual({ status: 'ok' });
      expect(await store.get(before.id)).toEqual(next);
      const history = await store.history(before.id);
      expect(history.map((e) => [e.kind, e.version])).toEqual([
        ['created', 1],
        ['updated', 2],
      ]);
      expect(history[1]!.id).toBeGreaterThan(history[0]!.id);
      expect(history[1]!.changes).toEqual([{ field: 'title', from: 'a', to: 'b' }]);
      // The lists see the change at once: filters, counts and order.
      const updated = records.map((r) => (r.id === before.id ? next : r));
      for (const query of [
        { party: 'party-5', sort: 'title' },
        { q: 'renamed', sort: 'status' },
        { party: before.pledgers[0]!.id, sort: 'status' },
        { party: 'party-5', role: 'pledger', sort: 'status' },
        { party: 'party-5', role: 'beneficiary', sort: 'status' },
        { tag: ['grain', 'arms', 'energy'] as string[], sort: 'title' },
      ] as const) {
        const full: StoreListQuery = { ...query, offset: 0, limit: 500 };
        expect(await listIds(store, full, NOW)).toEqual(oracle(updated, full, NOW));
      }
      await store.close();
    });

    it('keeps the history of each pledge apart, oldest first', async () => {
      const { store } = await open(data);
      const [a, b] = [records[2]!, records[3]!];
      const a2 = { ...a, version: 2, title: 'A2' };
      const b2 = { ...b, version: 2, title: 'B2' };
      const a3 = { ...a2, version: 3, title: 'A3' };
      await store.update(a.id, 1, a2, event(a2, 'updated'));
      await store.update(b.id, 1, b2, event(b2, 'updated'));
      await store.update(a.id, 2, a3, event(a3, 'updated'));
      expect((await store.history(a.id)).map((e) => e.version)).toEqual([1, 2, 3]);
      expect((await store.history(b.id)).map((e) => e.version)).toEqual([1, 2]);
      expect(await store.history('missing')).toEqual([]);
      await store.close();
    });

    it('gives the latest events of a set of pledges, newest first, up to a limit', async () => {
      const { store } = await open(data);
      const [a, b, c] = [records[5]!, records[6]!, records[7]!];
      const later = (n: number) => new Date(Date.parse('2030-01-01T00:00:00Z') + n * 60_000).toISOString();
      const a2 = { ...a, version: 2, title: 'A2', updatedAt: later(1) };
      const c2 = { ...c, version: 2, title: 'C2', updatedAt: later(2) };
      const b2 = { ...b, version: 2, title: 'B2', updatedAt: later(3) };
      // Two events at the same instant: the one written last comes first.
      const a3 = { ...a2, version: 3, title: 'A3', updatedAt: later(3) };
      await store.update(a.id, 1, a2, event(a2, 'updated'));
      await store.update(c.id, 1, c2, event(c2, 'updated'));
      await store.update(b.id, 1, b2, event(b2, 'updated'));
      await store.update(a.id, 2, a3, event(a3, 'updated'));
      const seen = (events: { pledgeId: string; version: number }[]) => events.map((e) => `${e.pledgeId}@${e.version}`);
      const recent = await store.recentHistory([a.id, b.id, 'missing', a.id], 3);
      expect(seen(recent)).toEqual([`${a.id}@3`, `${b.id}@2`, `${a.id}@2`]);
      expect(recent[0]).toMatchObject({
        kind: 'updated',
        at: later(3),
        actor: 'Tester',
        changes: [{ field: 'title', from: 'a', to: 'b' }],
      });
      const all = await store.recentHistory([a.id, b.id], 100);
      expect(seen(all)).toEqual([
        `${a.id}@3`,
        `${b.id}@2`,
        `${a.id}@2`,
        ...seen(
          [...(await store.history(a.id)).slice(0, 1), ...(await store.history(b.id)).slice(0, 1)].sort((x, y) =>
            x.at === y.at ? y.id - x.id : x.at < y.at ? 1 : -1,
          ),
        ),
      ]);
      expect(await store.recentHistory([], 10)).toEqual([]);
      expect(await store.recentHistory([a.id], 0)).toEqual([]);
      expect(await store.recentHistory(['missing'], 10)).toEqual([]);
      await store.close();
    });

    it('lists a view as of any day like the domain rebuilds it from history, and keeps the clock out of it', async () => {
      const { store } = await open(data);
      // Edits spread over Aug–Oct 2025: moved deadlines, verdicts, renames, new tags.
      const edits = fc.sample(
        fc.record({
          index: fc.nat(records.length - 1),
          hours: fc.integer({ min: 0, max: 24 * 75 }),
          title: fc.constantFrom('Renamed', 'alpha two', 'Zulu'),
          tags: fc.subarray(['grain', 'arms', 'energy', 'water']),
          latest: fc.constantFrom('2025-08-28', '2025-09-10', '2025-10-31'),
          verdict: fc.constantFrom('open', 'fulfilled', 'broken', 'withdrawn'),
        }),
        { numRuns: 60, seed: 11 },
      );
      const current = new Map(records.map((r) => [r.id, r]));
      const start = Date.parse('2025-08-20T00:00:00Z');
      for (const edit of [...edits].sort((a, b) => a.hours - b.hours)) {
        const before = current.get(records[edit.index]!.id)!;
        const at = new Date(start + edit.hours * 3_600_000).toISOString();
        const resolved = edit.verdict !== 'open';
        const next: PledgeRecord = {
          ...before,
          title: edit.title,
          tags: edit.tags,
          deadline: before.deadline && {
            ...before.deadline,
            latest: edit.latest < (before.deadline.earliest ?? '') ? before.deadline.earliest! : edit.latest,
          },
          verdict: edit.verdict as PledgeRecord['verdict'],
          resolvedOn: resolved ? at.slice(0, 10) : null,
          evidence: resolved
            ? [{ url: 'https://example.org/e', note: '', noteLanguage: 'en', noteTranslations: {}, addedAt: at }]
            : [],
          version: before.version + 1,
          updatedAt: at,
        };
        const changes = diffPledges(before, next);
        expect(
          await store.update(before.id, before.version, next, {
            pledgeId: before.id,
            at,
            actor: 'Tester',
            kind: 'updated',
            version: next.version,
            changes,
          }),
        ).toEqual({ status: 'ok' });
        current.set(before.id, next);
      }
      const events = (await Promise.all([...current.keys()].map((id) => store.history(id)))).flat();
      const finals = [...current.values()];
      const days = [
        '2024-12-31',
        '2025-01-01',
        '2025-08-18',
        '2025-08-26',
        '2025-09-01',
        '2025-09-15',
        '2025-10-20',
        '2026-01-01',
      ];
      const queryArb = fc.record({
        verdict: fc.option(fc.subarray([...VERDICTS], { minLength: 1 }), { nil: undefined }),
        state: fc.option(fc.subarray([...DEADLINE_STATES], { minLength: 1 }), { nil: undefined }),
        party: fc.option(fc.constantFrom(...TEST_PARTIES.map((p) => p.id)), { nil: undefined }),
        q: fc.option(fc.constantFrom('a', 'renamed', 'zulu', 'energy'), { nil: undefined }),
        tag: fc.option(fc.subarray(['grain', 'arms', 'energy', 'water'], { minLength: 1 }), { nil: undefined }),
        from: fc.option(fc.constantFrom('2025-08-28', '2025-09-15'), { nil: undefined }),
        sort: fc.constantFrom(...SORTS),
        offset: fc.nat(120),
        limit: fc.integer({ min: 1, max: 200 }),
        asOf: fc.constantFrom(...days),
      });
      const asOfDay = new Map(
        days.map((day) => {
          const rebuilt = finals.flatMap((r) => recordAsOf(r, events, day) ?? []);
          return [day, { rebuilt, pinned: new Map(rebuilt.map((r) => [r.id, stateAsOf(r, day)])) }] as const;
        }),
      );
      let nonEmpty = 0;
      await fc.assert(
        fc.asyncProperty(queryArb, fc.constantFrom(...nows), async (query, nowMs) => {
          const { rebuilt, pinned } = asOfDay.get(query.asOf)!;
          const expected = oracle(rebuilt, query, NOW, (r) => pinned.get(r.id)!);
          const { items, total } = await store.list(query, nowMs);
          expect({ ids: items.map((i) => i.id), total }, JSON.stringify(query)).toEqual(expected);
          if (total) nonEmpty++;
          const byId = new Map(rebuilt.map((r) => [r.id, r]));
          for (const item of items) {
            expect(JSON.parse(item.json)).toEqual(byId.get(item.id));
            // Whatever the clock says, the state is the one of that day.
            expect(stateFromTiming(item.timing, nowMs)).toBe(pinned.get(item.id));
          }
        }),
        { numRuns: 150 },
      );
      expect(nonEmpty).toBeGreaterThan(30);
      await store.close();
    });

    it('lists by slips and by delivery progress like the domain says, with the other filters, and leaves the trash out', async () => {
      const { store } = await open(data);
      let nonEmpty = 0;
      for (const sort of SORTS) {
        for (const slipped of [undefined, true, false]) {
          for (const progress of [undefined, ['none'], ['partial', 'complete'], ['complete']] as const) {
            for (const other of [
              {},
              { party: 'party-1' },
              { tag: ['grain'] },
              { q: 'a' },
              { state: ['overdue', 'met'] },
              { verdict: ['open'], from: '2025-08-01' },
            ] as const) {
              const query: StoreListQuery = {
                ...JSON.parse(JSON.stringify(other)),
                ...(slipped === undefined ? {} : { slipped }),
                ...(progress ? { progress: [...progress] } : {}),
                sort,
                offset: 0,
                limit: 1000,
              };
              const expected = oracle(records, query, NOW);
              if (expected.total) nonEmpty++;
              expect(await listIds(store, query, NOW), JSON.stringify(query)).toEqual(expected);
            }
          }
        }
      }
      expect(nonEmpty).toBeGreaterThan(SORTS.length * 40);
      // The data has some of everything.
      expect(records.filter((r) => r.deletedAt).length).toBeGreaterThan(5);
      expect(new Set(records.map((r) => progressBucket(r.amount)))).toEqual(
        new Set([null, 'none', 'partial', 'complete']),
      );
      await store.close();
    });

    it('keeps the trash out of every list and count, finds it by id, and lists it newest deletion first', async () => {
      const { store } = await open(data);
      const trash = records
        .filter((r) => r.deletedAt)
        .sort((a, b) => (a.deletedAt === b.deletedAt ? (a.id < b.id ? -1 : 1) : a.deletedAt! < b.deletedAt! ? 1 : -1));
      expect((await store.listTrash()).map((r) => r.id)).toEqual(trash.map((r) => r.id));
      expect(await store.get(trash[0]!.id)).toEqual(trash[0]);
      // Put one more in the trash, then restore one: lists, counts and party views follow.
      const victim = records[3]!;
      const deleted = { ...victim, deletedAt: '2025-09-05T00:00:00.000Z', version: 2 };
      expect(
        await store.update(victim.id, 1, deleted, {
          pledgeId: victim.id,
          at: deleted.deletedAt,
          actor: 'T',
          kind: 'deleted',
          version: 2,
          changes: diffPledges(victim, deleted),
        }),
      ).toEqual({ status: 'ok' });
      const back = trash[1]!;
      const restored = { ...back, deletedAt: null, version: back.version + 1 };
      expect(
        await store.update(back.id, back.version, restored, {
          pledgeId: back.id,
          at: '2025-09-06T00:00:00.000Z',
          actor: 'T',
          kind: 'restored',
          version: restored.version,
          changes: diffPledges(back, restored),
        }),
      ).toEqual({ status: 'ok' });
      const now = records.map((r) => (r.id === victim.id ? deleted : r.id === back.id ? restored : r));
      expect((await store.listTrash()).map((r) => r.id)).toEqual([
        victim.id,
        ...trash.filter((r) => r.id !== back.id).map((r) => r.id),
      ]);
      for (const query of [
        { sort: 'status' },
        { sort: 'title', party: victim.pledgers[0]!.id },
        { sort: '-updated', party: back.pledgers[0]!.id, role: 'pledger' },
        { sort: 'deadline', tag: ['grain', 'arms', 'energy'] },
        { sort: 'progress', q: 'a' },
        { sort: '-slips', asOf: '2025-12-31' },
      ] as const) {
        const full: StoreListQuery = { ...JSON.parse(JSON.stringify(query)), offset: 0, limit: 1000 };
        const expected = full.asOf
          ? oracle(
              now.flatMap((r) => recordAsOf(r, [], full.asOf!) ?? []),
              full,
              NOW,
              (r) => stateAsOf(r, full.asOf!),
            )
          : oracle(now, full, NOW);
        expect(await listIds(store, full, NOW), JSON.stringify(query)).toEqual(expected);
      }
      expect((await store.history(victim.id)).map((e) => e.kind)).toEqual(['created', 'deleted']);
      await store.close();
    });

    it("counts each party's record like the domain, over the pledges not in the trash", async () => {
      const { store } = await open(data);
      const sortRows = (rows: Awaited<ReturnType<PledgeStore['partyCounts']>>) =>
        [...rows].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
      expect(sortRows(await store.partyCounts())).toEqual(sortRows(partyCountRows(records)));
      expect(partyRecords(await store.partyCounts()).get('party-0')?.made).toBe(
        records.filter((r) => !r.deletedAt && r.pledgers[0]!.id === 'party-0').length,
      );
      // Totals per currency come out the same to the last bit, whatever order a store reads rows in.
      expect(partyTotals(await store.partyAmounts())).toEqual(partyTotals(partyAmountRows(records)));
      expect(partyAmountRows(records).length).toBeGreaterThan(10);
      await store.close();
    });

    it('renames a party in every pledge that names it, trash included, without new versions', async () => {
      const { store } = await open(data);
      const renamed: Party = { ...TEST_PARTIES[2]!, name: 'Renamed party', aliases: ['Old name'] };
      expect(await store.updateParty(renamed)).toEqual(renamed);
      expect(await store.updateParty({ ...renamed, id: 'nobody' })).toBeNull();
      expect((await store.getParties(['party-2']))[0]).toEqual(renamed);
      const naming = records.filter((r) =>
        [...r.pledgers, ...r.beneficiaries, ...r.guarantors].some((p) => p.id === 'party-2'),
      );
      expect(naming.some((r) => r.deletedAt)).toBe(true);
      for (const r of naming) {
        const got = (await store.get(r.id))!;
        expect(got.version).toBe(r.version);
        expect([...got.pledgers, ...got.beneficiaries, ...got.guarantors].find((p) => p.id === 'party-2')?.name).toBe(
          'Renamed party',
        );
      }
      const query: StoreListQuery = { party: 'party-2', sort: 'title', offset: 0, limit: 1000 };
      expect((await listIds(store, query, NOW)).ids).toEqual(oracle(records, query, NOW).ids);
      await store.close();
    });

    it('keeps a party’s name in both languages, and shows both in every pledge naming it', async () => {
      const { store } = await open(data);
      const named: Party = {
        ...TEST_PARTIES[2]!,
        name: 'Третя сторона',
        nameLanguage: 'uk',
        nameTranslations: { en: 'Third party' },
      };
      expect(await store.updateParty(named)).toEqual(named);
      expect((await store.getParties(['party-2']))[0]).toEqual(named);
      expect((await store.listParties()).find((p) => p.id === 'party-2')).toEqual(named);
      const naming = records.filter((r) =>
        [...r.pledgers, ...r.beneficiaries, ...r.guarantors].some((p) => p.id === 'party-2'),
      );
      for (const r of naming.slice(0, 5)) {
        const got = (await store.get(r.id))!;
        expect([...got.pledgers, ...got.beneficiaries, ...got.guarantors].find((p) => p.id === 'party-2')).toEqual({
          id: 'party-2',
          name: 'Третя сторона',
          nameLanguage: 'uk',
          nameTranslations: { en: 'Third party' },
        });
      }
      // Back to English only: nothing of the Ukrainian name is left, in the party or its references.
      const english: Party = { ...TEST_PARTIES[2]!, nameLanguage: 'en', nameTranslations: {} };
      expect(await store.updateParty(english)).toEqual(TEST_PARTIES[2]);
      const got = (await store.get(naming[0]!.id))!;
      expect([...got.pledgers, ...got.beneficiaries, ...got.guarantors].find((p) => p.id === 'party-2')).toEqual({
        id: 'party-2',
        name: TEST_PARTIES[2]!.name,
      });
      await store.close();
    });

    it('merges a party into another in one go: every pledge rewritten with its event, references moved, the party gone', async () => {
      const { store } = await open(data);
      const into: Party = { ...TEST_PARTIES[1]!, aliases: [TEST_PARTIES[4]!.name] };
      const rewrite = (r: PledgeRecord) => {
        const move = (refs: PledgeRecord['pledgers']) =>
          refs.map((p) => (p.id === 'party-4' ? { id: into.id, name: into.name } : p));
        const seen = new Set<string>();
        const once = (refs: PledgeRecord['pledgers']) => refs.filter((p) => !seen.has(p.id) && !!seen.add(p.id));
        const pledgers = once(move(r.pledgers));
        const next = {
          ...r,
          pledgers,
          beneficiaries: once(move(r.beneficiaries)),
          guarantors: once(move(r.guarantors)),
          version: r.version + 1,
        };
        return {
          next,
          event: {
            pledgeId: r.id,
            at: '2025-09-07T00:00:00.000Z',
            actor: 'T',
            kind: 'merged' as const,
            version: next.version,
            changes: diffPledges(r, next),
            merged: { from: 'party-4', into: into.id },
          },
        };
      };
      expect(await store.mergeParty('party-4', { ...into, id: 'nobody' }, rewrite)).toBeNull();
      expect(
        await store
          .mergeParty('party-4', into, () => {
            throw new Error('refused');
          })
          .catch((e: Error) => e.message),
      ).toBe('refused');
      expect((await store.getParties(['party-4'])).length).toBe(1);
      const naming = records.filter((r) =>
        [...r.pledgers, ...r.beneficiaries, ...r.guarantors].some((p) => p.id === 'party-4'),
      );
      const merged = await store.mergeParty('party-4', into, rewrite);
      expect([...merged!].sort()).toEqual(naming.map((r) => r.id).sort());
      expect(await store.getParties(['party-4'])).toEqual([]);
      expect((await store.getParties([into.id]))[0]).toEqual(into);
      const now = records.map((r) => (naming.includes(r) ? rewrite(r).next : r));
      for (const r of naming) {
        expect(await store.get(r.id)).toEqual(rewrite(r).next);
        const last = (await store.history(r.id)).at(-1)!;
        expect(last).toMatchObject({ kind: 'merged', merged: { from: 'party-4', into: into.id } });
      }
      for (const query of [
        { party: into.id, sort: 'status' },
        { party: 'party-4', sort: 'status' },
        { party: into.id, role: 'guarantor', sort: 'title' },
      ] as const) {
        const full: StoreListQuery = { ...query, offset: 0, limit: 1000 };
        expect(await listIds(store, full, NOW)).toEqual(oracle(now, full, NOW));
      }
      await store.close();
    });

    it('answers an as-of view again after a write, with the write in it', async () => {
      const { store } = await open(data);
      const query: StoreListQuery = { sort: 'title', offset: 0, limit: 500, asOf: '2026-01-01' };
      const before = await store.list(query, NOW);
      const target = records.find((r) => r.announcedOn <= '2025-12-31' && !r.deletedAt)!;
      const next = {
        ...target,
        title: 'Aaaa renamed before the day',
        version: 2,
        updatedAt: '2025-12-31T00:00:00.000Z',
      };
      expect(
        await store.update(target.id, 1, next, {
          pledgeId: target.id,
          at: next.updatedAt,
          actor: 'Tester',
          kind: 'updated',
          version: 2,
          changes: diffPledges(target, next),
        }),
      ).toEqual({ status: 'ok' });
      const after = await store.list(query, NOW);
      expect(after.total).toBe(before.total);
      expect(JSON.parse(after.items[0]!.json)).toMatchObject({ id: target.id, title: 'Aaaa renamed before the day' });
      await store.close();
    });

    it('lists parties by name and finds the ones that exist', async () => {
      const { store } = await open(data);
      const byName = [...TEST_PARTIES].sort((x, y) => (x.name < y.name ? -1 : 1));
      expect(await store.listParties()).toEqual(byName);
      expect((await store.getParties(['party-1', 'nobody', 'party-1'])).map((p) => p.id)).toEqual(['party-1']);
      expect(await store.getParties([])).toEqual([]);
      expect(await store.createParty({ id: 'new-party', name: 'New party', kind: 'group', aliases: [] })).toEqual({
        status: 'ok',
      });
      expect(await store.createParty({ id: 'new-party', name: 'Again', kind: 'group', aliases: ['Other'] })).toEqual({
        status: 'exists',
      });
      expect((await store.getParties(['new-party']))[0]).toEqual({
        id: 'new-party',
        name: 'New party',
        kind: 'group',
        aliases: [],
      });
      const person = {
        id: 'an-envoy',
        name: 'An Envoy',
        kind: 'person' as const,
        aliases: ['Envoy', 'the envoy'],
        represents: 'party-0',
      };
      expect(await store.createParty(person)).toEqual({ status: 'ok' });
      expect(await store.getParties(['an-envoy'])).toEqual([person]);
      expect((await store.listParties()).find((p) => p.id === 'party-2')?.aliases).toEqual(['Third', 'P2']);
      await store.close();
    });

    it('keeps saved views: create, list oldest first, get, rename, delete, across a reopen', async () => {
      const opened = await open();
      let store = opened.store;
      const a = {
        slug: 'bbbbbbb',
        name: 'Overdue',
        query: 'state=overdue',
        createdAt: '2025-09-01T10:00:00.000Z',
        updatedAt: '2025-09-01T10:00:00.000Z',
      };
      const b = {
        slug: 'aaaaaaa',
        name: 'Ukraine «guarantees»',
        query: '',
        createdAt: '2025-09-01T11:00:00.000Z',
        updatedAt: '2025-09-01T11:00:00.000Z',
      };
      const c = { ...a, slug: 'ccccccc', name: 'Same instant', createdAt: a.createdAt, updatedAt: a.updatedAt };
      expect(await store.listViews()).toEqual([]);
      expect(await store.createView(b)).toEqual({ status: 'ok' });
      expect(await store.createView(c)).toEqual({ status: 'ok' });
      expect(await store.createView(a)).toEqual({ status: 'ok' });
      expect(await store.createView({ ...a, name: 'Taken' })).toEqual({ status: 'exists' });
      expect(await store.listViews()).toEqual([a, c, b]);
      expect(await store.getView('aaaaaaa')).toEqual(b);
      expect(await store.getView('zzzzzzz')).toBeNull();
      const renamed = { ...a, name: 'Overdue now', updatedAt: '2025-09-02T09:00:00.000Z' };
      expect(await store.renameView(a.slug, renamed.name, renamed.updatedAt)).toEqual(renamed);
      expect(await store.renameView('zzzzzzz', 'x', renamed.updatedAt)).toBeNull();
      expect(await store.deleteView(c.slug)).toBe(true);
      expect(await store.deleteView(c.slug)).toBe(false);
      // Views are not data a seed would fill: a store holding only views is still empty.
      expect(await store.isEmpty()).toBe(true);
      if (opened.reopen) store = await opened.reopen();
      expect(await store.listViews()).toEqual([renamed, b]);
      await store.close();
    });

    it('changes its data version with every kind of write, and only then', async () => {
      const { store } = await open(data);
      const seen = [await store.dataVersion()];
      const changed = async (what: string) => {
        const version = await store.dataVersion();
        expect(seen, what).not.toContain(version);
        seen.push(version);
      };
      expect(await store.dataVersion(), 'reads leave it alone').toBe(seen[0]);
      await store.list({ sort: 'status', offset: 0, limit: 10 }, NOW);
      await store.get(records[0]!.id);
      expect(await store.dataVersion(), 'reads leave it alone').toBe(seen[0]);
      const fresh = { ...records[0]!, id: 'versioned', title: 'Versioned' };
      await store.create(fresh, event(fresh, 'created'));
      await changed('create');
      const next = { ...fresh, version: 2, title: 'Versioned again' };
      await store.update(fresh.id, 1, next, event(next, 'updated'));
      await changed('update');
      await store.createParty({ id: 'versioned-party', name: 'Versioned party', kind: 'organisation', aliases: [] });
      await changed('createParty');
      await store.updateParty({ id: 'versioned-party', name: 'Renamed party', kind: 'organisation', aliases: [] });
      await changed('updateParty');
      const view = { slug: 'vvvvvvv', name: 'V', query: '', createdAt: fresh.announcedOn + 'T00:00:00.000Z' };
      await store.createView({ ...view, updatedAt: view.createdAt });
      await changed('createView');
      await store.renameView(view.slug, 'W', view.createdAt);
      await changed('renameView');
      await store.deleteView(view.slug);
      await changed('deleteView');
      await store.close();
    });

    it('gives the clock interval around any moment in which no open window opens or closes', async () => {
      const { store } = await open(data);
      const openRecords = records.filter((r) => r.verdict === 'open' && !r.deletedAt && r.deadline);
      const boundaries = openRecords.flatMap((r) => {
        const withDeadline = { ...r, deadline: r.deadline! };
        return [opensAtMs(withDeadline), closesAtMs(withDeadline)];
      });
      for (const nowMs of nows) {
        // A store may answer a narrower span (e.g. counting the trash's boundaries too), never a wider one.
        const { from, until } = await store.clockInterval(nowMs);
        expect(from).toBeLessThanOrEqual(nowMs);
        expect(until).toBeGreaterThan(nowMs);
        expect(boundaries.filter((b) => b > from && b < until)).toEqual([]);
      }
      await store.close();
    });

    it('seeds only an empty store', async () => {
      const { store } = await open();
      expect(await store.isEmpty()).toBe(true);
      expect(await store.list({ sort: 'status', offset: 0, limit: 10 }, NOW)).toEqual({ items: [], total: 0 });
      expect(await store.seedIfEmpty(seedDataOf(records.slice(0, 5)))).toBe(true);
      expect(await store.isEmpty()).toBe(false);
      expect(await store.seedIfEmpty(seedDataOf(records.slice(5, 10)))).toBe(false);
      expect((await store.list({ sort: 'status', offset: 0, limit: 50 }, NOW)).total).toBe(5);
      expect(await store.history(records[0]!.id)).toHaveLength(1);
      await store.close();
    });

    it('keeps what it stored across a reopen, if it persists', async () => {
      const opened = await open(data);
      if (!opened.reopen) {
        await opened.store.close();
        return;
      }
      const before = records[4]!;
      const next = { ...before, version: 2, verdict: 'withdrawn' as const, resolvedOn: before.announcedOn };
      await opened.store.update(before.id, 1, next, event(next, 'updated'));
      const store = await opened.reopen();
      expect(await store.get(before.id)).toEqual(next);
      expect((await store.history(before.id)).map((e) => e.version)).toEqual([1, 2]);
      const query: StoreListQuery = { sort: 'status', offset: 0, limit: 500 };
      expect(await listIds(store, query, NOW)).toEqual(
        oracle(
          records.map((r) => (r.id === before.id ? next : r)),
          query,
          NOW,
        ),
      );
      await store.close();
    });
  });
}
