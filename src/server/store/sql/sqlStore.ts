// The SQLite store used by the Node server. See listPlan.ts for how lists stay fast at 100,000
// pledges, countCache.ts for totals, statements.ts for why writes are synchronous, and queries.ts
// for the queries it shares with the PostgreSQL store.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql, type Compilable, type CompiledQuery } from 'kysely';
import type { HistoryEvent, Party, PledgeRecord, SavedView } from '@shared/contract';
import { earliestEndOfDayMs, type PartyAmountRow, type PartyCountRow } from '@shared/domain';
import { renamedIn } from '../derived';
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
import { planList, type ListPlan } from './listPlan';
import { migrate } from './migrate';
import * as q from './queries';
import { historyEvent } from './rows';
import type { Database } from './schema';
import { Statements } from './statements';

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
    // 16 MiB (default 2 MiB). Lists are mostly answered from cache, and the operating system keeps
    // the file's pages too: at 64 MiB the server held 288 MB after the bench's load, at 16 MiB 199 MB,
    // with the list's throughput and the writers' latency unchanged within the runs' noise.
    sqlite.pragma('cache_size = -16384');
    const statements = new Statements(sqlite);
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: statements.forKysely() }) });
    await migrate(db);
    return new SqlStore(sqlite, db, statements);
  } catch (error) {
    sqlite.close();
    throw isNotWritable(error) ? notWritableError(path, error) : error;
  }
}

export class SqlStore implements PledgeStore {
  readonly kind = 'sqlite' as const;
  private readonly counts = new CountCache();
  /** The last as-of day rebuilt, kept until the next write (see listAsOf). */
  private asOfKept: AsOfSnapshot | null = null;
  private readonly compiledPages = new Map<string, { sql: string; conditions: unknown[]; clockAt: number[] }>();
  /** The data version the counts and the kept as-of day were built at: another instance may write. */
  private cachesAt = -1;
  private versionQuery: CompiledQuery<{ version: number }> | null = null;

  constructor(
    private readonly sqlite: BetterSqlite3.Database,
    private readonly db: Kysely<Database>,
    private readonly statements: Statements,
  ) {}

  async list(query: StoreListQuery, nowMs: number): Promise<ListResult> {
    this.forgetIfWrittenElsewhere();
    if (query.asOf !== undefined) return this.listAsOf({ ...query, asOf: query.asOf });
    const plan = planList(query, nowMs);
    if (!this.counts.covers(nowMs)) this.counts.reset(this.boundariesAround(nowMs));
    const counts = this.counts.get(plan.countKey) ?? this.counts.set(plan.countKey, this.countParts(plan));
    const items: ListedPledge[] = [];
    for (const slice of q.pageSlices(counts, query.offset, query.limit)) {
      const part = plan.parts[slice.part]!;
      const shape = `${query.sort} ${plan.countKey} #${slice.part}`;
      const rows = this.pageRows(shape, nowMs, slice.limit, slice.offset, () =>
        q.pageQuery(this.db, part, slice.limit, slice.offset),
      );
      items.push(...rows.map(q.listedOf));
    }
    return { items: items.slice(0, query.limit), total: counts.reduce((a, b) => a + b, 0) };
  }

  /**
   * An as-of list is rebuilt in memory (asOfList.ts) from the pledges announced by then and the
   * history of those changed since the day ended anywhere: a slower, rarer path than the
   * indexed lists. The last day rebuilt is kept until the next write, so paging through it,
   * filtering it or sorting it again does not rebuild it.
   */
  private listAsOf(query: StoreListQuery & { asOf: string }): ListResult {
    if (this.asOfKept?.asOf !== query.asOf) {
      // The whole history of each pledge changed since: undoing a change needs the one before it.
      const since = new Date(earliestEndOfDayMs(query.asOf)).toISOString();
      const { docs, events } = q.asOfQueries(this.db, query.asOf, since);
      this.asOfKept = new AsOfSnapshot(
        query.asOf,
        rebuildAsOf(
          this.statements.all(docs).map(q.recordOf),
          this.statements.all(events).map(historyEvent),
          query.asOf,
        ),
      );
    }
    return this.asOfKept.page(query);
  }

  async get(id: string): Promise<PledgeRecord | null> {
    const row = this.statements.first(q.pledgeDoc(this.db, id));
    return row ? q.recordOf(row) : null;
  }

  async create(record: PledgeRecord, event: NewHistoryEvent): Promise<CreateResult> {
    return this.write(() => {
      if (this.statements.first(q.pledgeDoc(this.db, record.id))) return { status: 'exists' };
      this.runAll(q.insertPledges(this.db, [record], INSERT_BATCH));
      this.runAll(q.insertEvents(this.db, [event], INSERT_BATCH));
      return { status: 'ok' };
    });
  }

  async update(id: string, expectedVersion: number, next: PledgeRecord, event: NewHistoryEvent): Promise<UpdateResult> {
    return this.write(() => {
      const current = this.statements.first(q.pledgeVersion(this.db, id));
      if (!current) return { status: 'not_found' };
      if (current.version !== expectedVersion) return { status: 'conflict', current: q.recordOf(current) };
      this.runAll(q.replacePledge(this.db, id, next));
      this.runAll(q.insertEvents(this.db, [event], INSERT_BATCH));
      return { status: 'ok' };
    });
  }

  /** Every pledge naming the party, in any role, the trash included. */
  private pledgesNaming(partyId: string): PledgeRecord[] {
    const rows = q.pledgesNamingQueries(this.db, partyId).flatMap((query) => this.statements.all(query));
    return q.recordsNaming(partyId, rows);
  }

  async updateParty(party: Party): Promise<Party | null> {
    return this.write(() => {
      if (!this.statements.run(q.updatePartyNames(this.db, party)).changes) return null;
      for (const r of this.pledgesNaming(party.id)) {
        this.statements.run(
          this.db
            .updateTable('pledges')
            .set({ doc: JSON.stringify(renamedIn(r, party)) })
            .where('id', '=', r.id),
        );
      }
      return this.statements.all(q.partiesById(this.db, [party.id])).map(q.partyOf)[0] ?? null;
    });
  }

  async mergeParty(fromId: string, into: Party, rewrite: MergeRewrite): Promise<string[] | null> {
    return this.write(() => {
      const known = this.statements.all(q.partiesById(this.db, [fromId, into.id]));
      if (fromId === into.id || known.length !== 2) return null;
      const rewritten = this.pledgesNaming(fromId).map(rewrite);
      for (const { next, event } of rewritten) {
        this.runAll(q.replacePledge(this.db, next.id, next));
        this.runAll(q.insertEvents(this.db, [event], INSERT_BATCH));
      }
      this.runAll(q.mergeParties(this.db, fromId, into));
      return rewritten.map((r) => r.next.id);
    });
  }

  async partyCounts(): Promise<PartyCountRow[]> {
    return this.statements.all(q.partyCountsQuery(this.db)).map(q.partyCountOf);
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
    return this.statements.all(q.trashQuery(this.db)).map(q.recordOf);
  }

  async history(id: string): Promise<HistoryEvent[]> {
    return this.statements.all(q.historyQuery(this.db, id)).map(historyEvent);
  }

  async recentHistory(pledgeIds: readonly string[], limit: number, before?: string): Promise<HistoryEvent[]> {
    if (!pledgeIds.length || limit <= 0) return [];
    // One parameter for any number of ids: SQLite limits bound parameters, and the query keeps one shape.
    const ids = sql<string>`(select value from json_each(${JSON.stringify([...new Set(pledgeIds)])}))`;
    let query = this.db.selectFrom('history').selectAll().where('pledge_id', 'in', ids);
    if (before !== undefined) query = query.where('at', '<', before);
    return this.statements.all(query.orderBy('at', 'desc').orderBy('id', 'desc').limit(limit)).map(historyEvent);
  }

  async listParties(): Promise<Party[]> {
    return this.statements.all(q.allParties(this.db)).map(q.partyOf);
  }

  async getParties(ids: readonly string[]): Promise<Party[]> {
    if (!ids.length) return [];
    return this.statements.all(q.partiesById(this.db, ids)).map(q.partyOf);
  }

  async createParty(party: Party): Promise<CreateResult> {
    return this.write(() =>
      this.statements.run(q.insertParty(this.db, party)).changes ? { status: 'ok' } : { status: 'exists' },
    );
  }

  async listViews(): Promise<SavedView[]> {
    return this.statements.all(q.allViews(this.db)).map(q.viewOf);
  }

  async getView(slug: string): Promise<SavedView | null> {
    const row = this.statements.first(q.viewBySlug(this.db, slug));
    return row ? q.viewOf(row) : null;
  }

  async createView(view: SavedView): Promise<CreateResult> {
    const result = this.versioned(() => this.statements.run(q.insertView(this.db, view)));
    return result.changes ? { status: 'ok' } : { status: 'exists' };
  }

  async renameView(slug: string, name: string, updatedAt: string): Promise<SavedView | null> {
    const result = this.versioned(() => this.statements.run(q.renameViewQuery(this.db, slug, name, updatedAt)));
    return result.changes ? this.getView(slug) : null;
  }

  async deleteView(slug: string): Promise<boolean> {
    return this.versioned(() => this.statements.run(q.deleteViewQuery(this.db, slug))).changes > 0;
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
      for (const batch of q.chunks(data.parties, INSERT_BATCH))
        this.statements.run(this.db.insertInto('parties').values(batch.map(q.partyRow)));
      this.runAll(
        q.insertPledges(
          this.db,
          data.pledges.map((p) => p.record),
          INSERT_BATCH,
        ),
      );
      this.runAll(
        q.insertEvents(
          this.db,
          data.pledges.map((p) => p.event),
          INSERT_BATCH,
        ),
      );
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
      this.statements.run(q.bumpDataVersion(this.db));
      return result;
    });
  }

  private runAll(queries: readonly Compilable<unknown>[]): void {
    for (const query of queries) this.statements.run(query);
  }

  private empty(): boolean {
    return q.isEmptyRow(this.statements.first(q.emptinessQuery(this.db)));
  }

  private countParts(plan: ListPlan): number[] {
    const counting = q.countQueries(this.db, plan);
    if ('perPart' in counting) return counting.perPart.map((query) => this.statements.first(query)?.n ?? 0);
    const row = this.statements.first(counting.onePass);
    return plan.parts.map((_, i) => row?.[`n${i}`] ?? 0);
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
    // Read on every request that may be answered from cache: compiled once.
    this.versionQuery ??= q.dataVersionQuery(this.db).compile();
    const { sql, parameters } = this.versionQuery;
    return this.statements.firstCompiled<{ version: number }>(sql, parameters)?.version ?? 0;
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
    const { before, after } = q.boundaryQueries(this.db, nowMs);
    const at = (query: (typeof before)[number]) => this.statements.first(query)?.at;
    return q.intervalOf(before.map(at), after.map(at));
  }
}
