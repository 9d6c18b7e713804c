// The SQLite store used by the Node server. See listPlan.ts for how lists stay fast at 100,000
// pledges, countCache.ts for totals, and statements.ts for why writes are synchronous.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql, type CompiledQuery, type Insertable, type Selectable } from 'kysely';
import type { HistoryEvent, Party, PledgeRecord, SavedView } from '@shared/contract';
import { earliestEndOfDayMs, upgradeRecord, type PartyAmountRow, type PartyCountRow } from '@shared/domain';
import { AsOfSnapshot, rebuildAsOf } from '../asOfList';
import type {
  ClockInterval,
  CreateResult,
  ListedPledge,
  ListResult,
  MergeRewrite,
  NewHistoryEvent,
  PledgeStore,
  SeedData,
  StoreListQuery,
  UpdateResult,
} from '../types';
import { CountCache } from './countCache';
import { checkDatabaseFile, isNotWritable, notWritableError } from './databaseFile';
import { planList, type ListPart, type ListPlan } from './listPlan';
import { migrate } from './migrate';
import { historyEvent, historyRow, pledgeRows } from './rows';
import type { Database } from './schema';
import { Statements } from './statements';

type TimingRow = {
  id: string;
  opens_at: number | null;
  closes_at: number | null;
  resolved_state: ListedPledge['timing']['resolvedState'];
};

/** Page queries kept compiled: one per view shape (filters and sort) seen recently. */
const MAX_COMPILED_PAGES = 500;

/** Rows per multi-row INSERT when seeding: well under SQLite's limit of bound parameters. */
const INSERT_BATCH = 200;

export interface SqlStoreOptions {
  /** A file path, or ':memory:'. The parent folder is created if missing. */
  path: string;
}

/** Opens (creating if needed) the database, applies pending migrations, and returns the store. */
export async function openSqlStore({ path }: SqlStoreOptions): Promise<SqlStore> {
  // A damaged or foreign file is refused before anything below could write to it.
  checkDatabaseFile(path);
  let sqlite: BetterSqlite3.Database;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    sqlite = new BetterSqlite3(path);
  } catch (error) {
    throw isNotWritable(error) ? notWritableError(path, error) : error;
  }
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL'); // durable across app crashes; WAL makes this the usual choice
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('cache_size = -65536'); // 64 MiB (default 2 MiB): the list indexes of 100k pledges stay in memory
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    await migrate(db);
    return new SqlStore(sqlite, db);
  } catch (error) {
    sqlite.close();
    throw isNotWritable(error) ? notWritableError(path, error) : error;
  }
}

const PARTY_COLUMNS = ['id', 'name', 'kind', 'aliases', 'represents'] as const;

type PartyRow = Pick<Selectable<Database['parties']>, (typeof PARTY_COLUMNS)[number]>;

function partyOf({ aliases, represents, ...rest }: PartyRow): Party {
  return { ...rest, aliases: JSON.parse(aliases) as string[], ...(represents ? { represents } : {}) };
}

function partyRow(party: Party): Insertable<Database['parties']> {
  return {
    id: party.id,
    name: party.name,
    kind: party.kind,
    aliases: JSON.stringify(party.aliases ?? []),
    represents: party.represents ?? null,
  };
}

type ViewRow = Selectable<Database['saved_views']>;

function viewOf(row: ViewRow): SavedView {
  return { slug: row.slug, name: row.name, query: row.query, createdAt: row.created_at, updatedAt: row.updated_at };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export class SqlStore implements PledgeStore {
  readonly kind = 'sqlite' as const;
  private readonly statements: Statements;
  private readonly counts: CountCache;
  /** The last as-of day rebuilt, kept until the next write (see listAsOf). */
  private asOfKept: AsOfSnapshot | null = null;
  private readonly compiledPages = new Map<string, { sql: string; conditions: unknown[]; clockAt: number[] }>();
  /** The data version the counts and the kept as-of day were built at: another instance may write. */
  private cachesAt = -1;

  constructor(
    private readonly sqlite: BetterSqlite3.Database,
    private readonly db: Kysely<Database>,
  ) {
    this.statements = new Statements(sqlite);
    this.counts = new CountCache((now) => this.boundariesAround(now));
  }

  async list(query: StoreListQuery, nowMs: number): Promise<ListResult> {
    this.forgetIfWrittenElsewhere();
    if (query.asOf !== undefined) return this.listAsOf({ ...query, asOf: query.asOf });
    const plan = planList(query, nowMs);
    const counts = this.counts.get(plan.countKey, nowMs, () => this.countParts(plan));
    const items: ListedPledge[] = [];
    let skip = query.offset;
    plan.parts.forEach((part, i) => {
      const count = counts[i]!;
      const wanted = query.limit - items.length;
      if (wanted <= 0) return;
      if (skip >= count) {
        skip -= count;
        return;
      }
      items.push(...this.page(`${query.sort} ${plan.countKey} #${i}`, part, nowMs, wanted, skip));
      skip = 0;
    });
    return { items, total: counts.reduce((a, b) => a + b, 0) };
  }

  /**
   * An as-of list is rebuilt in memory (asOfList.ts) from the pledges announced by then and the
   * history of those changed since the day ended anywhere: a slower, rarer path than the
   * indexed lists. The last day rebuilt is kept until the next write, so paging through it,
   * filtering it or sorting it again does not rebuild it.
   */
  private listAsOf(query: StoreListQuery & { asOf: string }): ListResult {
    if (this.asOfKept?.asOf !== query.asOf) {
      const docs = this.statements.all(
        this.db.selectFrom('pledges').select('doc').where('announced_on', '<=', query.asOf),
      );
      const since = new Date(earliestEndOfDayMs(query.asOf)).toISOString();
      // The whole history of each pledge changed since: undoing a change needs the one before it.
      const changedSince = this.db.selectFrom('history').select('pledge_id').where('at', '>=', since);
      const events = this.statements
        .all(this.db.selectFrom('history').selectAll().where('pledge_id', 'in', changedSince))
        .map(historyEvent);
      this.asOfKept = new AsOfSnapshot(
        query.asOf,
        rebuildAsOf(
          docs.map((row) => upgradeRecord(JSON.parse(row.doc) as PledgeRecord)),
          events,
          query.asOf,
        ),
      );
    }
    return this.asOfKept.page(query);
  }

  async get(id: string): Promise<PledgeRecord | null> {
    const row = this.statements.first(this.db.selectFrom('pledges').select('doc').where('id', '=', id));
    return row ? upgradeRecord(JSON.parse(row.doc) as PledgeRecord) : null;
  }

  async create(record: PledgeRecord, event: NewHistoryEvent): Promise<CreateResult> {
    return this.write(() => {
      if (this.statements.first(this.db.selectFrom('pledges').select('id').where('id', '=', record.id)))
        return { status: 'exists' };
      this.insertPledges([record]);
      this.insertEvents([event]);
      return { status: 'ok' };
    });
  }

  async update(id: string, expectedVersion: number, next: PledgeRecord, event: NewHistoryEvent): Promise<UpdateResult> {
    return this.write(() => {
      const current = this.statements.first(
        this.db.selectFrom('pledges').select(['version', 'doc']).where('id', '=', id),
      );
      if (!current) return { status: 'not_found' };
      if (current.version !== expectedVersion)
        return { status: 'conflict', current: upgradeRecord(JSON.parse(current.doc) as PledgeRecord) };
      this.replacePledge(id, next);
      this.insertEvents([event]);
      return { status: 'ok' };
    });
  }

  /** Rewrites a pledge's row and the copies of its list columns (its party and tag rows). */
  private replacePledge(id: string, next: PledgeRecord): void {
    const { pledge, parties, tags } = pledgeRows(next);
    const { id: _id, ...changes } = pledge;
    this.statements.run(this.db.updateTable('pledges').set(changes).where('id', '=', id));
    this.statements.run(this.db.deleteFrom('pledge_parties').where('pledge_id', '=', id));
    if (parties.length) this.statements.run(this.db.insertInto('pledge_parties').values(parties));
    this.statements.run(this.db.deleteFrom('pledge_tags').where('pledge_id', '=', id));
    if (tags.length) this.statements.run(this.db.insertInto('pledge_tags').values(tags));
  }

  /** Every pledge naming the party, in any role, the trash included. */
  private pledgesNaming(partyId: string): PledgeRecord[] {
    const live = this.statements.all(
      this.db
        .selectFrom('pledges')
        .select('doc')
        .where('id', 'in', this.db.selectFrom('pledge_parties').select('pledge_id').where('party_id', '=', partyId)),
    );
    const trash = this.statements.all(this.db.selectFrom('pledges').select('doc').where('deleted_at', 'is not', null));
    const names = (r: PledgeRecord) =>
      [r.pledgers, r.beneficiaries, r.guarantors].some((list) => list.some((p) => p.id === partyId));
    return [...live, ...trash].map((row) => upgradeRecord(JSON.parse(row.doc) as PledgeRecord)).filter(names);
  }

  async updateParty(party: Party): Promise<Party | null> {
    return this.write(() => {
      const result = this.statements.run(
        this.db
          .updateTable('parties')
          .set({ name: party.name, kind: party.kind, aliases: JSON.stringify(party.aliases ?? []) })
          .where('id', '=', party.id),
      );
      if (!result.changes) return null;
      const rename = (refs: PledgeRecord['pledgers']) =>
        refs.map((r) => (r.id === party.id ? { id: r.id, name: party.name } : r));
      for (const r of this.pledgesNaming(party.id)) {
        const next = {
          ...r,
          pledgers: rename(r.pledgers),
          beneficiaries: rename(r.beneficiaries),
          guarantors: rename(r.guarantors),
        };
        this.statements.run(
          this.db
            .updateTable('pledges')
            .set({ doc: JSON.stringify(next) })
            .where('id', '=', r.id),
        );
      }
      return (
        this.statements
          .all(this.db.selectFrom('parties').select(PARTY_COLUMNS).where('id', '=', party.id))
          .map(partyOf)[0] ?? null
      );
    });
  }

  async mergeParty(fromId: string, into: Party, rewrite: MergeRewrite): Promise<string[] | null> {
    return this.write(() => {
      const known = this.statements.all(
        this.db.selectFrom('parties').select('id').where('id', 'in', [fromId, into.id]),
      );
      if (fromId === into.id || known.length !== 2) return null;
      const rewritten = this.pledgesNaming(fromId).map(rewrite);
      for (const { next, event } of rewritten) {
        this.replacePledge(next.id, next);
        this.insertEvents([event]);
      }
      this.statements.run(this.db.updateTable('parties').set({ represents: into.id }).where('represents', '=', fromId));
      const { id: _id, ...target } = partyRow(into);
      this.statements.run(this.db.updateTable('parties').set(target).where('id', '=', into.id));
      this.statements.run(this.db.deleteFrom('parties').where('id', '=', fromId));
      return rewritten.map((r) => r.next.id);
    });
  }

  async partyCounts(): Promise<PartyCountRow[]> {
    // pledge_parties has no rows for the trash.
    const rows = this.statements.all(
      this.db
        .selectFrom('pledge_parties')
        .select((eb) => ['party_id', 'role', 'verdict', 'resolved_state', eb.fn.countAll<number>().as('n')])
        .groupBy(['party_id', 'role', 'verdict', 'resolved_state']),
    );
    return rows.map((r) => ({
      partyId: r.party_id,
      role: r.role,
      verdict: r.verdict,
      resolvedState: r.resolved_state,
      count: r.n,
    }));
  }

  async partyAmounts(): Promise<PartyAmountRow[]> {
    // Pledgers of pledges with an amount (progress is set exactly then); the trash has no party rows.
    const rows = this.sqlite
      .prepare(
        `select pp.party_id as partyId, p.id as pledgeId, json_extract(p.doc, '$.amount.currency') as currency,
                json_extract(p.doc, '$.amount.value') as value, json_extract(p.doc, '$.amount.delivered') as delivered
           from pledge_parties pp join pledges p on p.id = pp.pledge_id
          where pp.role = 'pledger' and pp.progress is not null`,
      )
      .all() as PartyAmountRow[];
    return rows;
  }

  async listTrash(): Promise<PledgeRecord[]> {
    const rows = this.statements.all(
      this.db
        .selectFrom('pledges')
        .select('doc')
        .where('deleted_at', 'is not', null)
        .orderBy('deleted_at', 'desc')
        .orderBy('id'),
    );
    return rows.map((row) => upgradeRecord(JSON.parse(row.doc) as PledgeRecord));
  }

  async history(id: string): Promise<HistoryEvent[]> {
    return this.statements
      .all(this.db.selectFrom('history').selectAll().where('pledge_id', '=', id).orderBy('id'))
      .map(historyEvent);
  }

  async recentHistory(pledgeIds: readonly string[], limit: number, before?: string): Promise<HistoryEvent[]> {
    if (!pledgeIds.length || limit <= 0) return [];
    const ids = sql<string>`(select value from json_each(${JSON.stringify([...new Set(pledgeIds)])}))`;
    let query = this.db.selectFrom('history').selectAll().where('pledge_id', 'in', ids);
    if (before !== undefined) query = query.where('at', '<', before);
    return this.statements.all(query.orderBy('at', 'desc').orderBy('id', 'desc').limit(limit)).map(historyEvent);
  }

  async listParties(): Promise<Party[]> {
    return this.statements
      .all(this.db.selectFrom('parties').select(PARTY_COLUMNS).orderBy('name').orderBy('id'))
      .map(partyOf);
  }

  async getParties(ids: readonly string[]): Promise<Party[]> {
    if (!ids.length) return [];
    return this.statements
      .all(
        this.db
          .selectFrom('parties')
          .select(PARTY_COLUMNS)
          .where('id', 'in', [...new Set(ids)]),
      )
      .map(partyOf);
  }

  async createParty(party: Party): Promise<CreateResult> {
    return this.write(() => {
      const result = this.statements.run(
        this.db
          .insertInto('parties')
          .values(partyRow(party))
          .onConflict((oc) => oc.column('id').doNothing()),
      );
      return result.changes ? { status: 'ok' } : { status: 'exists' };
    });
  }

  async listViews(): Promise<SavedView[]> {
    return this.statements
      .all(this.db.selectFrom('saved_views').selectAll().orderBy('created_at').orderBy('slug'))
      .map(viewOf);
  }

  async getView(slug: string): Promise<SavedView | null> {
    const row = this.statements.first(this.db.selectFrom('saved_views').selectAll().where('slug', '=', slug));
    return row ? viewOf(row) : null;
  }

  async createView(view: SavedView): Promise<CreateResult> {
    const row = {
      slug: view.slug,
      name: view.name,
      query: view.query,
      created_at: view.createdAt,
      updated_at: view.updatedAt,
    };
    const result = this.versioned(() =>
      this.statements.run(
        this.db
          .insertInto('saved_views')
          .values(row)
          .onConflict((oc) => oc.column('slug').doNothing()),
      ),
    );
    return result.changes ? { status: 'ok' } : { status: 'exists' };
  }

  async renameView(slug: string, name: string, updatedAt: string): Promise<SavedView | null> {
    const result = this.versioned(() =>
      this.statements.run(
        this.db.updateTable('saved_views').set({ name, updated_at: updatedAt }).where('slug', '=', slug),
      ),
    );
    return result.changes ? this.getView(slug) : null;
  }

  async deleteView(slug: string): Promise<boolean> {
    return (
      this.versioned(() => this.statements.run(this.db.deleteFrom('saved_views').where('slug', '=', slug))).changes > 0
    );
  }

  async isEmpty(): Promise<boolean> {
    return this.empty();
  }

  async seedIfEmpty(data: SeedData): Promise<boolean> {
    return this.write(() => {
      if (!this.empty()) return false;
      // Bulk load: filling the empty tables first and indexing afterwards is ~3 times faster than
      // maintaining some thirty indexes row by row (100,000 pledges: ~10 s instead of ~30 s).
      // DDL is transactional in SQLite, so a failure restores the indexes with everything else.
      const indexes = this.sqlite
        .prepare(
          `select name, sql from sqlite_master where type = 'index' and sql is not null and tbl_name in ('pledges', 'pledge_parties', 'pledge_tags', 'history')`,
        )
        .all() as { name: string; sql: string }[];
      for (const index of indexes) this.sqlite.exec(`drop index "${index.name}"`);
      for (const batch of chunks(data.parties, INSERT_BATCH))
        this.statements.run(this.db.insertInto('parties').values(batch.map(partyRow)));
      this.insertPledges(data.pledges.map((p) => p.record));
      this.insertEvents(data.pledges.map((p) => p.event));
      for (const index of indexes) this.sqlite.exec(index.sql);
      return true;
    });
  }

  /** The database, for the accounts kept beside the pledges (src/server/accounts). */
  get database(): Kysely<Database> {
    return this.db;
  }

  async close(): Promise<void> {
    if (!this.sqlite.open) return;
    this.sqlite.pragma('optimize');
    await this.db.destroy(); // closes the better-sqlite3 handle
    if (this.sqlite.open) this.sqlite.close();
  }

  /**
   * Clears what this instance keeps from earlier reads when the data version moved since: a write
   * through another connection to the file (another server process) is seen at the next list.
   */
  private forgetIfWrittenElsewhere(): void {
    const version = this.statements.first(this.db.selectFrom('data_version').select('version'))?.version ?? 0;
    if (version === this.cachesAt) return;
    this.counts.clear();
    this.asOfKept = null;
    this.cachesAt = version;
  }

  /** A write in one transaction; any write may change counts and window boundaries. */
  private write<T>(fn: () => T): T {
    try {
      return this.versioned(fn);
    } finally {
      this.counts.clear();
      this.asOfKept = null;
    }
  }

  /** Runs `fn` in one transaction that also bumps the data version (see PledgeStore.dataVersion). */
  private versioned<T>(fn: () => T): T {
    return this.statements.transaction(() => {
      const result = fn();
      this.statements.run(this.db.updateTable('data_version').set((eb) => ({ version: eb('version', '+', 1) })));
      return result;
    });
  }

  private empty(): boolean {
    const row = this.statements.first(
      this.db.selectNoFrom((eb) => [
        eb.exists(eb.selectFrom('pledges').select('id')).as('pledges'),
        eb.exists(eb.selectFrom('parties').select('id')).as('parties'),
      ]),
    );
    return !row?.pledges && !row?.parties;
  }

  private insertPledges(records: readonly PledgeRecord[]): void {
    for (const batch of chunks(records, INSERT_BATCH)) {
      const rows = batch.map(pledgeRows);
      this.statements.run(this.db.insertInto('pledges').values(rows.map((r) => r.pledge)));
      for (const parties of chunks(
        rows.flatMap((r) => r.parties),
        INSERT_BATCH,
      ))
        this.statements.run(this.db.insertInto('pledge_parties').values(parties));
      for (const tags of chunks(
        rows.flatMap((r) => r.tags),
        INSERT_BATCH,
      ))
        this.statements.run(this.db.insertInto('pledge_tags').values(tags));
    }
  }

  private insertEvents(events: readonly NewHistoryEvent[]): void {
    for (const batch of chunks(events, INSERT_BATCH)) {
      this.statements.run(
        this.db.insertInto('history').values(batch.map(historyRow) as Insertable<Database['history']>[]),
      );
    }
  }

  /** Conditions name columns pledges and pledge_parties share (see listPlan.ts), hence the cast. */
  private filtered(part: ListPart, arm?: ListPart['where']) {
    return this.db
      .selectFrom(part.table as 'pledges')
      .where((eb) => (arm ? eb.and([part.where(eb), arm(eb)]) : part.where(eb)));
  }

  private countParts(plan: ListPlan): number[] {
    const parts = plan.parts;
    if (!plan.scans || parts.length < 2) {
      return parts.map((part) => {
        if (!part.anyOf)
          return this.statements.first(this.filtered(part).select((eb) => eb.fn.countAll<number>().as('n')))?.n ?? 0;
        // A union of ranges: a pledge in several of them is counted once.
        const ids = part.anyOf.map((arm) => this.filtered(part, arm).select(sql<string>`pledge_id`.as('pledge_id')));
        const union = ids.slice(1).reduce((all, next) => all.union(next), ids[0]!);
        return (
          this.statements.first(this.db.selectFrom(union.as('u')).select((eb) => eb.fn.countAll<number>().as('n')))
            ?.n ?? 0
        );
      });
    }
    // A search reads every row anyway: count all segments in that one pass, not one pass each.
    const row = this.statements.first(
      this.db
        .selectFrom(parts[0]!.table as 'pledges')
        .where((eb) => eb.or(parts.map((part) => part.where(eb))))
        .select((eb) => parts.map((part, i) => sql<number>`count(*) filter (where ${part.where(eb)})`.as(`n${i}`))),
    ) as Record<string, number> | undefined;
    return parts.map((_, i) => row?.[`n${i}`] ?? 0);
  }

  private page(shape: string, part: ListPart, nowMs: number, limit: number, offset: number): ListedPledge[] {
    type PageRow = TimingRow & { doc: string };
    const build = (): CompiledQuery<PageRow> => {
      if (part.table === 'pledges') {
        let query = this.filtered(part);
        for (const term of part.orderBy) query = query.orderBy(term.by as 'id', term.desc ? 'desc' : 'asc');
        return query
          .select(['id', 'opens_at', 'closes_at', 'resolved_state', 'doc'])
          .limit(limit)
          .offset(offset)
          .compile();
      }
      // A party's or a tag's page is found in its index alone (pledge_id and the sort keys,
      // which the index covers), then joined to pledges by id for the documents and timing: a
      // table row is read only for the rows the page returns, not for the ones the offset skips.
      const keys = part.orderBy.map((term, i) => ({ name: term.by === 'pledge_id' ? 'pledge_id' : `k${i}`, term }));
      const arm = (condition?: ListPart['where']) =>
        this.filtered(part, condition).select(
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
        order by ${order}`.compile(this.db);
    };
    return this.pageRows(shape, nowMs, limit, offset, build).map((row) => ({
      id: row.id,
      json: row.doc,
      timing: { opensAt: row.opens_at, closesAt: row.closes_at, resolvedState: row.resolved_state },
    }));
  }

  /**
   * Runs a page query, compiled once per shape. Building and compiling it through Kysely costs
   * as much as running it, and from one request to the next only the clock (every number among
   * the conditions), the limit and the offset (the last two parameters) change. A query that
   * breaks that assumption is simply not cached.
   */
  private pageRows<R>(shape: string, nowMs: number, limit: number, offset: number, build: () => CompiledQuery<R>): R[] {
    let compiled = this.compiledPages.get(shape);
    if (!compiled) {
      const { sql: text, parameters } = build();
      const conditions = parameters.slice(0, -2);
      const clockAt = conditions.flatMap((value, i) => (typeof value === 'number' ? [i] : []));
      const cacheable =
        clockAt.every((i) => conditions[i] === nowMs) && parameters.at(-2) === limit && parameters.at(-1) === offset;
      if (!cacheable) return this.statements.allCompiled<R>(text, parameters);
      compiled = { sql: text, conditions, clockAt };
      if (this.compiledPages.size >= MAX_COMPILED_PAGES) this.compiledPages.clear();
      this.compiledPages.set(shape, compiled);
    }
    const parameters = [...compiled.conditions];
    for (const i of compiled.clockAt) parameters[i] = nowMs;
    parameters.push(limit, offset);
    return this.statements.allCompiled<R>(compiled.sql, parameters);
  }

  async dataVersion(): Promise<number> {
    return this.statements.first(this.db.selectFrom('data_version').select('version'))?.version ?? 0;
  }

  async clockInterval(nowMs: number): Promise<ClockInterval> {
    return this.boundariesAround(nowMs);
  }

  /**
   * The clock values around `now` in which no open pledge's window opens or closes. The trash is
   * left out, as the interface allows: its conditions are those of the partial indexes on open
   * pledges (pledges_open_by_open, pledges_open_by_close), so each edge is one index probe, not a
   * scan of every pledge (a quarter of a second at 100,000).
   */
  private boundariesAround(nowMs: number): ClockInterval {
    const edge = (column: 'opens_at' | 'closes_at', after: boolean): number | null => {
      const row = this.statements.first(
        this.db
          .selectFrom('pledges')
          .select(column)
          .where(sql<boolean>`verdict = 'open'`)
          .where('deleted_at', 'is', null)
          .where(column, after ? '>' : '<=', nowMs)
          .orderBy(column, after ? 'asc' : 'desc')
          .limit(1),
      );
      return row?.[column] ?? null;
    };
    const before = [edge('opens_at', false), edge('closes_at', false)].filter((v): v is number => v !== null);
    const after = [edge('opens_at', true), edge('closes_at', true)].filter((v): v is number => v !== null);
    return {
      from: before.length ? Math.max(...before) : -Infinity,
      until: after.length ? Math.min(...after) : Infinity,
    };
  }
}
