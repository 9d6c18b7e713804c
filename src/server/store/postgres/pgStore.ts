// The PostgreSQL store, for deployments of several instances on one database (DATABASE_URL).
// It runs the queries SqlStore runs (../sql/queries.ts, ../sql/listPlan.ts) through Kysely's
// PostgreSQL dialect, asynchronously, each write in one transaction. What differs from SQLite:
//
// - Writes are serialized by the data version's one row: every write transaction bumps it first,
//   so it holds that row's lock until it commits and the next writer (on any instance) waits for
//   it, as SQLite's writers wait for its one write lock. An update reads the version it checks
//   after taking that lock, so of two instances saving with one ETag exactly one succeeds.
// - Caches (the list's counts, the last as-of day rebuilt) are kept per data version, not
//   cleared by this process's writes alone: another instance's write changes the version, and
//   the next list sees it.
import { sql, type Compilable, type CompiledQuery, type Kysely } from 'kysely';
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
import { CountCache } from '../sql/countCache';
import { planList, type ListDialect, type ListPlan } from '../sql/listPlan';
import * as q from '../sql/queries';
import { historyEvent } from '../sql/rows';
import type { Database } from '../sql/schema';
import { migratePg } from './migrate';

/** Rows per multi-row INSERT when seeding: some 20 parameters a row, well under PostgreSQL's 65,535. */
const INSERT_BATCH = 1000;

const postgresDialect: ListDialect = {
  contains: (word) => sql`strpos(search_text, ${word}) > 0`,
  /**
   * The column itself: with SQLite's unary plus, the planner had no statistics for the expression,
   * and took the first 5,000 of 32,000 overdue pledges (a calendar) by a parallel scan of every
   * pledge and a sort on disk, 60-80 ms, instead of the index by closing time, 11 ms.
   */
  opensAt: sql<number>`opens_at`,
};

/** Runs queries on the pool, or inside one transaction (`on` is then the transaction). */
class Runner {
  constructor(readonly on: Kysely<Database>) {}

  async all<R>(query: Compilable<R> | CompiledQuery<R>): Promise<R[]> {
    return (await this.on.executeQuery('compile' in query ? query.compile() : query)).rows;
  }

  async first<R>(query: Compilable<R> | CompiledQuery<R>): Promise<R | undefined> {
    return (await this.all(query))[0];
  }

  /** Runs a write; answers how many rows it touched. */
  async run(query: Compilable<unknown>): Promise<number> {
    return Number((await this.on.executeQuery(query.compile())).numAffectedRows ?? 0);
  }

  async runAll(queries: readonly Compilable<unknown>[]): Promise<void> {
    for (const query of queries) await this.run(query);
  }
}

export class PgStore implements PledgeStore {
  readonly kind = 'postgres' as const;
  private readonly read: Runner;
  private readonly counts = new CountCache();
  /** The data version the counts and the as-of day were read at. */
  private cachedAt: number | null = null;
  private asOfKept: AsOfSnapshot | null = null;

  private constructor(private readonly db: Kysely<Database>) {
    this.read = new Runner(db);
  }

  /** Applies pending migrations on `db` (a Kysely over PostgreSQL or PGlite) and returns the store. */
  static async open(db: Kysely<Database>): Promise<PgStore> {
    await migratePg(db);
    return new PgStore(db);
  }

  async list(query: StoreListQuery, nowMs: number): Promise<ListResult> {
    await this.forgetIfChanged();
    if (query.asOf !== undefined) return this.listAsOf({ ...query, asOf: query.asOf });
    const plan = planList(query, nowMs, postgresDialect);
    if (!this.counts.covers(nowMs)) this.counts.reset(await this.clockInterval(nowMs));
    const counts = this.counts.get(plan.countKey) ?? this.counts.set(plan.countKey, await this.countParts(plan));
    const items: ListedPledge[] = [];
    for (const slice of q.pageSlices(counts, query.offset, query.limit)) {
      const rows = await this.read.all(q.pageQuery(this.db, plan.parts[slice.part]!, slice.limit, slice.offset));
      items.push(...rows.map(q.listedOf));
    }
    return { items: items.slice(0, query.limit), total: counts.reduce((a, b) => a + b, 0) };
  }

  /** See SqlStore.listAsOf: the last day rebuilt is kept while the data version stays. */
  private async listAsOf(query: StoreListQuery & { asOf: string }): Promise<ListResult> {
    if (this.asOfKept?.asOf !== query.asOf) {
      const since = new Date(earliestEndOfDayMs(query.asOf)).toISOString();
      const { docs, events } = q.asOfQueries(this.db, query.asOf, since);
      const [records, history] = await Promise.all([this.read.all(docs), this.read.all(events)]);
      this.asOfKept = new AsOfSnapshot(
        query.asOf,
        rebuildAsOf(records.map(q.recordOf), history.map(historyEvent), query.asOf),
      );
    }
    return this.asOfKept.page(query);
  }

  async get(id: string): Promise<PledgeRecord | null> {
    const row = await this.read.first(q.pledgeDoc(this.db, id));
    return row ? q.recordOf(row) : null;
  }

  async create(record: PledgeRecord, event: NewHistoryEvent): Promise<CreateResult> {
    return this.write(async (trx) => {
      if (await trx.first(q.pledgeDoc(this.db, record.id))) return { status: 'exists' };
      await trx.runAll(q.insertPledges(this.db, [record], INSERT_BATCH));
      await trx.runAll(q.insertEvents(this.db, [event], INSERT_BATCH));
      return { status: 'ok' };
    });
  }

  async update(id: string, expectedVersion: number, next: PledgeRecord, event: NewHistoryEvent): Promise<UpdateResult> {
    return this.write(async (trx) => {
      // The version row is locked (see write), and so is this pledge's row until commit.
      const current = await trx.first(q.pledgeVersion(this.db, id).forUpdate());
      if (!current) return { status: 'not_found' };
      if (current.version !== expectedVersion) return { status: 'conflict', current: q.recordOf(current) };
      await trx.runAll(q.replacePledge(this.db, id, next));
      await trx.runAll(q.insertEvents(this.db, [event], INSERT_BATCH));
      return { status: 'ok' };
    });
  }

  private async pledgesNaming(trx: Runner, partyId: string): Promise<PledgeRecord[]> {
    const rows = await Promise.all(q.pledgesNamingQueries(this.db, partyId).map((query) => trx.all(query)));
    return q.recordsNaming(partyId, rows.flat());
  }

  async updateParty(party: Party): Promise<Party | null> {
    return this.write(async (trx) => {
      if (!(await trx.run(q.updatePartyNames(this.db, party)))) return null;
      for (const r of await this.pledgesNaming(trx, party.id)) {
        await trx.run(
          this.db
            .updateTable('pledges')
            .set({ doc: JSON.stringify(renamedIn(r, party)) })
            .where('id', '=', r.id),
        );
      }
      return (await trx.all(q.partiesById(this.db, [party.id]))).map(q.partyOf)[0] ?? null;
    });
  }

  async mergeParty(fromId: string, into: Party, rewrite: MergeRewrite): Promise<string[] | null> {
    return this.write(async (trx) => {
      const known = await trx.all(q.partiesById(this.db, [fromId, into.id]));
      if (fromId === into.id || known.length !== 2) return null;
      const rewritten = (await this.pledgesNaming(trx, fromId)).map(rewrite);
      for (const { next, event } of rewritten) {
        await trx.runAll(q.replacePledge(this.db, next.id, next));
        await trx.runAll(q.insertEvents(this.db, [event], INSERT_BATCH));
      }
      await trx.runAll(q.mergeParties(this.db, fromId, into));
      return rewritten.map((r) => r.next.id);
    });
  }

  async partyCounts(): Promise<PartyCountRow[]> {
    return (await this.read.all(q.partyCountsQuery(this.db))).map(q.partyCountOf);
  }

  async partyAmounts(): Promise<PartyAmountRow[]> {
    // Pledgers of pledges with an amount (progress is set exactly then); the trash has no party rows.
    const { rows } = await sql<PartyAmountRow>`
      select pp.party_id as "partyId", p.id as "pledgeId",
             p.doc::jsonb #>> '{amount,currency}' as currency,
             (p.doc::jsonb #>> '{amount,value}')::double precision as value,
             (p.doc::jsonb #>> '{amount,delivered}')::double precision as delivered
        from pledge_parties pp join pledges p on p.id = pp.pledge_id
       where pp.role = 'pledger' and pp.progress is not null`.execute(this.db);
    return rows;
  }

  async listTrash(): Promise<PledgeRecord[]> {
    return (await this.read.all(q.trashQuery(this.db))).map(q.recordOf);
  }

  async history(id: string): Promise<HistoryEvent[]> {
    return (await this.read.all(q.historyQuery(this.db, id))).map(historyEvent);
  }

  async recentHistory(pledgeIds: readonly string[], limit: number, before?: string): Promise<HistoryEvent[]> {
    if (!pledgeIds.length || limit <= 0) return [];
    // One parameter for any number of ids (a feed may name thousands), as SQLite's json_each.
    const ids = sql<string>`(select jsonb_array_elements_text(${JSON.stringify([...new Set(pledgeIds)])}::jsonb))`;
    let query = this.db.selectFrom('history').selectAll().where('pledge_id', 'in', ids);
    if (before !== undefined) query = query.where('at', '<', before);
    return (await this.read.all(query.orderBy('at', 'desc').orderBy('id', 'desc').limit(limit))).map(historyEvent);
  }

  async listParties(): Promise<Party[]> {
    return (await this.read.all(q.allParties(this.db))).map(q.partyOf);
  }

  async getParties(ids: readonly string[]): Promise<Party[]> {
    if (!ids.length) return [];
    return (await this.read.all(q.partiesById(this.db, ids))).map(q.partyOf);
  }

  async createParty(party: Party): Promise<CreateResult> {
    return this.write(async (trx) =>
      (await trx.run(q.insertParty(this.db, party))) ? { status: 'ok' } : { status: 'exists' },
    );
  }

  async listViews(): Promise<SavedView[]> {
    return (await this.read.all(q.allViews(this.db))).map(q.viewOf);
  }

  async getView(slug: string): Promise<SavedView | null> {
    const row = await this.read.first(q.viewBySlug(this.db, slug));
    return row ? q.viewOf(row) : null;
  }

  async createView(view: SavedView): Promise<CreateResult> {
    const changed = await this.write((trx) => trx.run(q.insertView(this.db, view)));
    return changed ? { status: 'ok' } : { status: 'exists' };
  }

  async renameView(slug: string, name: string, updatedAt: string): Promise<SavedView | null> {
    const changed = await this.write((trx) => trx.run(q.renameViewQuery(this.db, slug, name, updatedAt)));
    return changed ? this.getView(slug) : null;
  }

  async deleteView(slug: string): Promise<boolean> {
    return (await this.write((trx) => trx.run(q.deleteViewQuery(this.db, slug)))) > 0;
  }

  async isEmpty(): Promise<boolean> {
    return q.isEmptyRow(await this.read.first(q.emptinessQuery(this.db)));
  }

  async seedIfEmpty(data: SeedData): Promise<boolean> {
    return this.write(async (trx) => {
      if (!q.isEmptyRow(await trx.first(q.emptinessQuery(this.db)))) return false;
      // Bulk load as SqlStore does: fill the tables, then build the list indexes once (DDL is
      // transactional here too). Indexes that back a constraint (primary keys) stay.
      const { rows: indexes } = await sql<{ name: string; definition: string }>`
        select i.indexname as name, i.indexdef as definition from pg_indexes i
         where i.schemaname = current_schema()
           and i.tablename in ('pledges', 'pledge_parties', 'pledge_tags', 'history')
           and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`.execute(trx.on);
      for (const index of indexes) await sql`drop index ${sql.id(index.name)}`.execute(trx.on);
      for (const batch of q.chunks(data.parties, INSERT_BATCH))
        await trx.run(this.db.insertInto('parties').values(batch.map(q.partyRow)));
      await trx.runAll(
        q.insertPledges(
          this.db,
          data.pledges.map((p) => p.record),
          INSERT_BATCH,
        ),
      );
      await trx.runAll(
        q.insertEvents(
          this.db,
          data.pledges.map((p) => p.event),
          INSERT_BATCH,
        ),
      );
      for (const index of indexes) await sql.raw(index.definition).execute(trx.on);
      return true;
    });
  }

  /** The database, for the accounts kept beside the pledges (src/server/accounts). */
  get database(): Kysely<Database> {
    return this.db;
  }

  /** Ends the pool (or PGlite) once the queries it is running are done. */
  async close(): Promise<void> {
    await this.db.destroy();
  }

  async dataVersion(): Promise<number> {
    return Number((await this.read.first(q.dataVersionQuery(this.db)))?.version ?? 0);
  }

  async clockInterval(nowMs: number): Promise<ClockInterval> {
    const { before, after } = q.boundaryQueries(this.db, nowMs);
    const at = async (query: (typeof before)[number]) => (await this.read.first(query))?.at;
    const [b, a] = await Promise.all([Promise.all(before.map(at)), Promise.all(after.map(at))]);
    return q.intervalOf(b, a);
  }

  /**
   * A write in one transaction that bumps the data version first (see the top of the file);
   * this instance's caches are dropped whatever the outcome.
   */
  private async write<T>(fn: (trx: Runner) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction().execute(async (trx) => {
        const runner = new Runner(trx);
        await runner.run(q.bumpDataVersion(this.db));
        return fn(runner);
      });
    } finally {
      this.forget();
    }
  }

  private forget(): void {
    this.counts.clear();
    this.asOfKept = null;
    this.cachedAt = null;
  }

  /** Drops the caches when any instance wrote since they were filled. */
  private async forgetIfChanged(): Promise<void> {
    const version = await this.dataVersion();
    if (version !== this.cachedAt) {
      this.forget();
      this.cachedAt = version;
    }
  }

  private async countParts(plan: ListPlan): Promise<number[]> {
    const counting = q.countQueries(this.db, plan);
    if ('perPart' in counting)
      return Promise.all(counting.perPart.map(async (query) => Number((await this.read.first(query))?.n ?? 0)));
    const row = await this.read.first(counting.onePass);
    return plan.parts.map((_, i) => Number(row?.[`n${i}`] ?? 0));
  }
}
