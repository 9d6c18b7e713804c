// The queries both SQL stores run (SQLite in sqlStore.ts, PostgreSQL in ../postgres/pgStore.ts),
// built once with Kysely against the store's own instance so each compiles in its dialect. A
// store only decides how to run them: SQLite synchronously through its prepared statements,
// PostgreSQL through its pool inside async transactions. What one dialect says differently (a
// JSON list of ids, the amounts read out of a document, text search) stays in its store.
import { sql, type Compilable, type CompiledQuery, type Insertable, type Kysely, type Selectable } from 'kysely';
import { keptNames, type Party, type PledgeRecord, type SavedView } from '@shared/contract';
import { upgradeRecord, type PartyCountRow } from '@shared/domain';
import type { ClockInterval, ListedPledge, NewHistoryEvent } from '../types';
import type { ListPart, ListPlan } from './listPlan';
import { historyRow, pledgeRows } from './rows';
import type { Database } from './schema';

type Db = Kysely<Database>;

export const PARTY_COLUMNS = [
  'id',
  'name',
  'name_language',
  'name_translations',
  'kind',
  'aliases',
  'represents',
] as const;

type PartyRow = Pick<Selectable<Database['parties']>, (typeof PARTY_COLUMNS)[number]>;

export function partyOf({ aliases, represents, name_language, name_translations, ...rest }: PartyRow): Party {
  return keptNames({
    ...rest,
    nameLanguage: name_language,
    nameTranslations: JSON.parse(name_translations) as Party['nameTranslations'],
    aliases: JSON.parse(aliases) as string[],
    ...(represents ? { represents } : {}),
  });
}

export function partyRow(party: Party): Insertable<Database['parties']> {
  return {
    id: party.id,
    name: party.name,
    ...namesRow(party),
    kind: party.kind,
    aliases: JSON.stringify(party.aliases ?? []),
    represents: party.represents ?? null,
  };
}

/** A party's name's language and translations, as its row keeps them (013_party_name_languages). */
function namesRow(party: Party) {
  const { nameLanguage, nameTranslations } = keptNames(party);
  return { name_language: nameLanguage ?? 'en', name_translations: JSON.stringify(nameTranslations ?? {}) };
}

type ViewRow = Selectable<Database['saved_views']>;

export function viewOf(row: ViewRow): SavedView {
  return { slug: row.slug, name: row.name, query: row.query, createdAt: row.created_at, updatedAt: row.updated_at };
}

export function viewRow(view: SavedView): Insertable<Database['saved_views']> {
  return {
    slug: view.slug,
    name: view.name,
    query: view.query,
    created_at: view.createdAt,
    updated_at: view.updatedAt,
  };
}

export function recordOf(row: { doc: string }): PledgeRecord {
  return upgradeRecord(JSON.parse(row.doc) as PledgeRecord);
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export const pledgeDoc = (db: Db, id: string) => db.selectFrom('pledges').select('doc').where('id', '=', id);

export const pledgeVersion = (db: Db, id: string) =>
  db.selectFrom('pledges').select(['version', 'doc']).where('id', '=', id);

/** The statements that rewrite a pledge's row and the copies of its list columns (its party and tag rows). */
export function replacePledge(db: Db, id: string, next: PledgeRecord): Compilable<unknown>[] {
  const { pledge, parties, tags } = pledgeRows(next);
  const { id: _id, ...changes } = pledge;
  return [
    db.updateTable('pledges').set(changes).where('id', '=', id),
    db.deleteFrom('pledge_parties').where('pledge_id', '=', id),
    ...(parties.length ? [db.insertInto('pledge_parties').values(parties)] : []),
    db.deleteFrom('pledge_tags').where('pledge_id', '=', id),
    ...(tags.length ? [db.insertInto('pledge_tags').values(tags)] : []),
  ];
}

/** Multi-row INSERTs of pledges and their party and tag rows, `batch` rows each. */
export function insertPledges(db: Db, records: readonly PledgeRecord[], batch: number): Compilable<unknown>[] {
  return chunks(records, batch).flatMap((some) => {
    const rows = some.map(pledgeRows);
    return [
      db.insertInto('pledges').values(rows.map((r) => r.pledge)),
      ...chunks(
        rows.flatMap((r) => r.parties),
        batch,
      ).map((parties) => db.insertInto('pledge_parties').values(parties)),
      ...chunks(
        rows.flatMap((r) => r.tags),
        batch,
      ).map((tags) => db.insertInto('pledge_tags').values(tags)),
    ];
  });
}

export function insertEvents(db: Db, events: readonly NewHistoryEvent[], batch: number): Compilable<unknown>[] {
  return chunks(events, batch).map((some) =>
    db.insertInto('history').values(some.map(historyRow) as Insertable<Database['history']>[]),
  );
}

/** The documents that may name a party: those linked to it, and the whole trash (which has no links). */
export function pledgesNamingQueries(db: Db, partyId: string) {
  return [
    db
      .selectFrom('pledges')
      .select('doc')
      .where('id', 'in', db.selectFrom('pledge_parties').select('pledge_id').where('party_id', '=', partyId)),
    db.selectFrom('pledges').select('doc').where('deleted_at', 'is not', null),
  ];
}

/** Of the documents `pledgesNamingQueries` found, the records that name the party in any role. */
export function recordsNaming(partyId: string, rows: readonly { doc: string }[]): PledgeRecord[] {
  const names = (r: PledgeRecord) =>
    [r.pledgers, r.beneficiaries, r.guarantors].some((list) => list.some((p) => p.id === partyId));
  return rows.map(recordOf).filter(names);
}

export const updatePartyNames = (db: Db, party: Party) =>
  db
    .updateTable('parties')
    .set({ name: party.name, ...namesRow(party), kind: party.kind, aliases: JSON.stringify(party.aliases ?? []) })
    .where('id', '=', party.id);

export const partiesById = (db: Db, ids: readonly string[]) =>
  db
    .selectFrom('parties')
    .select(PARTY_COLUMNS)
    .where('id', 'in', [...new Set(ids)]);

export const allParties = (db: Db) => db.selectFrom('parties').select(PARTY_COLUMNS).orderBy('name').orderBy('id');

export const insertParty = (db: Db, party: Party) =>
  db
    .insertInto('parties')
    .values(partyRow(party))
    .onConflict((oc) => oc.column('id').doNothing());

/** The statements of a merge after the pledges are rewritten: represents, the target, the source gone. */
export function mergeParties(db: Db, fromId: string, into: Party): Compilable<unknown>[] {
  const { id: _id, ...target } = partyRow(into);
  return [
    db.updateTable('parties').set({ represents: into.id }).where('represents', '=', fromId),
    db.updateTable('parties').set(target).where('id', '=', into.id),
    db.deleteFrom('parties').where('id', '=', fromId),
  ];
}

export const partyCountsQuery = (db: Db) =>
  // pledge_parties has no rows for the trash.
  db
    .selectFrom('pledge_parties')
    .select((eb) => ['party_id', 'role', 'verdict', 'resolved_state', eb.fn.countAll<number>().as('n')])
    .groupBy(['party_id', 'role', 'verdict', 'resolved_state']);

export function partyCountOf(r: {
  party_id: string;
  role: PartyCountRow['role'];
  verdict: PartyCountRow['verdict'];
  resolved_state: PartyCountRow['resolvedState'];
  n: number | string | bigint;
}): PartyCountRow {
  return { partyId: r.party_id, role: r.role, verdict: r.verdict, resolvedState: r.resolved_state, count: Number(r.n) };
}

export const trashQuery = (db: Db) =>
  db
    .selectFrom('pledges')
    .select('doc')
    .where('deleted_at', 'is not', null)
    .orderBy('deleted_at', 'desc')
    .orderBy('id');

export const historyQuery = (db: Db, id: string) =>
  db.selectFrom('history').selectAll().where('pledge_id', '=', id).orderBy('id');

export const allViews = (db: Db) => db.selectFrom('saved_views').selectAll().orderBy('created_at').orderBy('slug');

export const viewBySlug = (db: Db, slug: string) => db.selectFrom('saved_views').selectAll().where('slug', '=', slug);

export const insertView = (db: Db, view: SavedView) =>
  db
    .insertInto('saved_views')
    .values(viewRow(view))
    .onConflict((oc) => oc.column('slug').doNothing());

export const renameViewQuery = (db: Db, slug: string, name: string, updatedAt: string) =>
  db.updateTable('saved_views').set({ name, updated_at: updatedAt }).where('slug', '=', slug);

export const deleteViewQuery = (db: Db, slug: string) => db.deleteFrom('saved_views').where('slug', '=', slug);

/** Whether any pledge and any party exists, in one round trip. */
export const emptinessQuery = (db: Db) =>
  db.selectNoFrom((eb) => [
    eb.exists(eb.selectFrom('pledges').select('id')).as('pledges'),
    eb.exists(eb.selectFrom('parties').select('id')).as('parties'),
  ]);

/** SQLite answers exists() with 0 or 1, PostgreSQL with a boolean: Number() reads both. */
export const isEmptyRow = (row: { pledges: unknown; parties: unknown } | undefined) =>
  !Number(row?.pledges ?? 0) && !Number(row?.parties ?? 0);

export const bumpDataVersion = (db: Db) =>
  db.updateTable('data_version').set((eb) => ({ version: eb('version', '+', 1) }));

export const dataVersionQuery = (db: Db) => db.selectFrom('data_version').select('version');

/** The documents announced by a day, and the history of those changed since it ended anywhere (asOfList.ts). */
export function asOfQueries(db: Db, asOf: string, since: string) {
  const changedSince = db.selectFrom('history').select('pledge_id').where('at', '>=', since);
  return {
    docs: db.selectFrom('pledges').select('doc').where('announced_on', '<=', asOf),
    events: db.selectFrom('history').selectAll().where('pledge_id', 'in', changedSince),
  };
}

/** The four edges around `now` (see PledgeStore.clockInterval): the last opening and closing at or before it, the next after it. */
export function boundaryQueries(db: Db, nowMs: number) {
  const edge = (column: 'opens_at' | 'closes_at', after: boolean) =>
    db
      .selectFrom('pledges')
      .select(sql<number | null>`${sql.ref(column)}`.as('at'))
      .where(sql<boolean>`verdict = 'open'`)
      .where('deleted_at', 'is', null)
      .where(column, after ? '>' : '<=', nowMs)
      .orderBy(column, after ? 'asc' : 'desc')
      .limit(1);
  return {
    before: [edge('opens_at', false), edge('closes_at', false)],
    after: [edge('opens_at', true), edge('closes_at', true)],
  };
}

export function intervalOf(before: (number | null | undefined)[], after: (number | null | undefined)[]): ClockInterval {
  const known = (values: (number | null | undefined)[]) =>
    values.filter((v): v is number => v !== null && v !== undefined).map(Number);
  const b = known(before);
  const a = known(after);
  return { from: b.length ? Math.max(...b) : -Infinity, until: a.length ? Math.min(...a) : Infinity };
}

/** Conditions name columns pledges and pledge_parties share (see listPlan.ts), hence the cast. */
function filtered(db: Db, part: ListPart, arm?: ListPart['where']) {
  return db
    .selectFrom(part.table as 'pledges')
    .where((eb) => (arm ? eb.and([part.where(eb), arm(eb)]) : part.where(eb)));
}

/**
 * How to count a plan's parts: one query per part, or (when a search makes every query read all
 * rows anyway) one pass counting every part at once, answering columns n0, n1, ….
 */
export function countQueries(
  db: Db,
  plan: ListPlan,
): { perPart: Compilable<{ n: number }>[] } | { onePass: Compilable<Record<string, number>> } {
  const parts = plan.parts;
  if (!plan.scans || parts.length < 2) {
    return {
      perPart: parts.map((part) => {
        if (!part.anyOf) return filtered(db, part).select((eb) => eb.fn.countAll<number>().as('n'));
        // A union of ranges: a pledge in several of them is counted once.
        const ids = part.anyOf.map((arm) => filtered(db, part, arm).select(sql<string>`pledge_id`.as('pledge_id')));
        const union = ids.slice(1).reduce((all, next) => all.union(next), ids[0]!);
        return db.selectFrom(union.as('u')).select((eb) => eb.fn.countAll<number>().as('n'));
      }),
    };
  }
  return {
    onePass: db
      .selectFrom(parts[0]!.table as 'pledges')
      .where((eb) => eb.or(parts.map((part) => part.where(eb))))
      .select((eb) =>
        parts.map((part, i) => sql<number>`count(*) filter (where ${part.where(eb)})`.as(`n${i}`)),
      ) as unknown as Compilable<Record<string, number>>,
  };
}

export type PageRow = {
  id: string;
  opens_at: number | null;
  closes_at: number | null;
  resolved_state: ListedPledge['timing']['resolvedState'];
  doc: string;
};

export function listedOf(row: PageRow): ListedPledge {
  return {
    id: row.id,
    json: row.doc,
    timing: {
      opensAt: row.opens_at === null ? null : Number(row.opens_at),
      closesAt: row.closes_at === null ? null : Number(row.closes_at),
      resolvedState: row.resolved_state,
    },
  };
}

/** One page of one part of a plan, its last two parameters the limit and the offset. */
export function pageQuery(db: Db, part: ListPart, limit: number, offset: number): CompiledQuery<PageRow> {
  if (part.table === 'pledges') {
    let query = filtered(db, part);
    for (const term of part.orderBy) query = query.orderBy(term.by as 'id', term.desc ? 'desc' : 'asc');
    return query.select(['id', 'opens_at', 'closes_at', 'resolved_state', 'doc']).limit(limit).offset(offset).compile();
  }
  // A party's or a tag's page is found in its index alone (pledge_id and the sort keys, which
  // the index covers), then joined to pledges by id for the documents and timing: a table row is
  // read only for the rows the page returns, not for the ones the offset skips.
  const keys = part.orderBy.map((term, i) => ({ name: term.by === 'pledge_id' ? 'pledge_id' : `k${i}`, term }));
  const arm = (condition?: ListPart['where']) =>
    filtered(db, part, condition).select(
      keys.map(({ name, term }) => sql`${typeof term.by === 'string' ? sql.ref(term.by) : term.by}`.as(name)),
    );
  const arms = part.anyOf ? part.anyOf.map(arm) : [arm()];
  let ranked = arms.slice(1).reduce((all, next) => all.union(next), arms[0]!);
  for (const { name, term } of keys) ranked = ranked.orderBy(sql.ref(name), term.desc ? 'desc' : 'asc');
  const order = sql.join(
    keys.map(({ name, term }) => sql`${sql.ref(`x.${name}`)} ${sql.raw(term.desc ? 'desc' : 'asc')}`),
  );
  return sql<PageRow>`select p.id, p.opens_at, p.closes_at, p.resolved_state, p.doc
    from (${ranked.limit(limit).offset(offset)}) x join pledges p on p.id = x.pledge_id
    order by ${order}`.compile(db);
}

/**
 * Walks a plan's parts (each counted in `counts`) to the rows of one page: which part to read,
 * how many rows and from where, to honour the query's offset and limit across the parts.
 */
export function pageSlices(counts: number[], offset: number, limit: number) {
  const slices: { part: number; limit: number; offset: number }[] = [];
  let skip = offset;
  let wanted = limit;
  counts.forEach((count, i) => {
    if (wanted <= 0) return;
    if (skip >= count) {
      skip -= count;
      return;
    }
    const take = Math.min(wanted, count - skip);
    slices.push({ part: i, limit: wanted, offset: skip });
    wanted -= take;
    skip = 0;
  });
  return slices;
}
