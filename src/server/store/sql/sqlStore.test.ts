import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { describeStoreConformance } from '@server/testing/storeConformance';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';
import type { Database } from './schema';
import { pledgeRows } from './rows';
import { openSqlStore, type SqlStore } from './sqlStore';
import { MemoryStore } from '../memory/memoryStore';
import { generatedPledges, seedDataOf, TEST_PARTIES } from '@server/testing/generatedPledges';
import type { PledgeRecord } from '@shared/contract';
import { upgradeRecord } from '@shared/domain';

/** A record as versions before 006 stored it: no deliveries, slips, original deadline or trash. */
function before006(record: PledgeRecord) {
  const { deliveries: _d, originalDeadline: _o, deadlineSlips: _s, deletedAt: _t, ...rest } = record;
  return rest;
}

/** The rows versions before 006 wrote for a record (without the columns 006 adds). */
function rowsBefore006(record: PledgeRecord) {
  const old = before006(record);
  const { pledge, parties, tags } = pledgeRows(upgradeRecord(old));
  const strip = <T extends object>(row: T) => {
    const {
      deadline_slips: _s,
      progress: _p,
      progress_state: _q,
      deleted_at: _t,
      ...rest
    } = row as T & { deleted_at?: unknown; deadline_slips?: unknown; progress?: unknown; progress_state?: unknown };
    return rest;
  };
  return {
    pledge: { ...strip(pledge), doc: JSON.stringify(old) },
    parties: parties.map(strip),
    tags: tags.map(strip),
    upgraded: upgradeRecord(old),
  };
}

const dir = mkdtempSync(join(tmpdir(), 'pledge-sql-store-'));
let files = 0;
const nextPath = () => join(dir, `store-${++files}.db`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeStoreConformance('SqlStore', async (data) => {
  const path = nextPath();
  const store = await openSqlStore({ path });
  if (data) await store.seedIfEmpty(data);
  return {
    store,
    reopen: async () => {
      await store.close();
      return openSqlStore({ path });
    },
  };
});

describe('SqlStore database', () => {
  it('opens in WAL mode with foreign keys on and a busy timeout', async () => {
    const path = nextPath();
    const store = await openSqlStore({ path });
    await store.close();
    const db = new BetterSqlite3(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    // foreign_keys and busy_timeout are per connection: check them on the store's own.
    const probe = await openSqlStore({ path });
    const sqlite = (probe as unknown as { sqlite: BetterSqlite3.Database }).sqlite;
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    await probe.close();
  });

  it('creates the folder of the database file', async () => {
    const store = await openSqlStore({ path: join(dir, 'nested', 'deeper', 'x.db') });
    expect(await store.isEmpty()).toBe(true);
    await store.close();
  });

  it('applies each migration once, and records it', async () => {
    const path = nextPath();
    await (await openSqlStore({ path })).close();
    await (await openSqlStore({ path })).close();
    const db = new BetterSqlite3(path);
    expect(db.prepare('select name from schema_migrations').all()).toEqual(MIGRATIONS.map((m) => ({ name: m.name })));
    db.close();
  });

  it('rolls a failing migration back entirely, schema and record', async () => {
    const sqlite = new BetterSqlite3(nextPath());
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    const failing = {
      name: '999_broken',
      up: async (trx: Kysely<unknown>) => {
        await trx.schema.createTable('half_done').addColumn('id', 'integer').execute();
        await sql`select * from no_such_table`.execute(trx);
      },
    };
    await expect(migrate(db, [...MIGRATIONS, failing])).rejects.toThrow(/no_such_table/);
    const tables = sqlite.prepare(`select name from sqlite_master where type = 'table'`).all() as { name: string }[];
    expect(tables.map((t) => t.name)).toContain('pledges');
    expect(tables.map((t) => t.name)).not.toContain('half_done');
    expect(sqlite.prepare('select name from schema_migrations').all()).toEqual(
      MIGRATIONS.map((m) => ({ name: m.name })),
    );
    await db.destroy();
  });

  it('refuses a database migrated by a newer version of the app', async () => {
    const path = nextPath();
    await (await openSqlStore({ path })).close();
    const sqlite = new BetterSqlite3(path);
    sqlite.prepare(`insert into schema_migrations values ('002_from_the_future', '2030-01-01T00:00:00Z')`).run();
    sqlite.close();
    await expect(openSqlStore({ path })).rejects.toThrow(/newer version/);
  });

  it('fills tags and window starts of pledges stored before 003, so the new filters find them', async () => {
    const records = generatedPledges(60);
    const path = nextPath();
    // A database as 002 left it, seeded, then opened by this version.
    const sqlite = new BetterSqlite3(path);
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    await migrate(
      db,
      MIGRATIONS.filter((m) => m.name < '003'),
    );
    for (const party of TEST_PARTIES)
      sqlite.prepare('insert into parties (id, name, kind) values (?, ?, ?)').run(party.id, party.name, party.kind);
    for (const record of records) {
      const { pledge, parties } = rowsBefore006(record);
      const { deadline_start: _s, ...old } = pledge;
      await db
        .insertInto('pledges')
        .values(old as never)
        .execute();
      for (const { deadline_start: _p, ...row } of parties)
        await db
          .insertInto('pledge_parties')
          .values(row as never)
          .execute();
    }
    await db.destroy();
    const store = await openSqlStore({ path });
    const fresh = new MemoryStore();
    await fresh.seedIfEmpty(seedDataOf(records.map((r) => rowsBefore006(r).upgraded)));
    for (const query of [
      { tag: ['grain'] },
      { tag: ['arms', 'energy'], party: 'party-1' },
      { from: '2025-08-25', to: '2025-09-10' },
      { to: '2025-06-30', party: 'party-2', role: 'beneficiary' as const },
    ]) {
      const full = { ...query, sort: 'status' as const, offset: 0, limit: 500 };
      const ids = async (s: { list: SqlStore['list'] }) =>
        (await s.list(full, Date.parse('2025-09-01T12:00:00Z'))).items.map((i) => i.id);
      const expected = await ids(fresh);
      expect(expected.length, JSON.stringify(query)).toBeGreaterThan(0);
      expect(await ids(store), JSON.stringify(query)).toEqual(expected);
    }
    await store.close();
  });

  it('copies the list columns into the tags of pledges stored before 004, so a one-tag view reads them', async () => {
    const records = generatedPledges(60);
    const path = nextPath();
    // A database as 003 left it, seeded, then opened by this version.
    const sqlite = new BetterSqlite3(path);
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    await migrate(
      db,
      MIGRATIONS.filter((m) => m.name < '004'),
    );
    for (const party of TEST_PARTIES)
      sqlite.prepare('insert into parties (id, name, kind) values (?, ?, ?)').run(party.id, party.name, party.kind);
    for (const record of records) {
      const { pledge, parties, tags } = rowsBefore006(record);
      await db
        .insertInto('pledges')
        .values(pledge as never)
        .execute();
      if (parties.length)
        await db
          .insertInto('pledge_parties')
          .values(parties as never)
          .execute();
      for (const { tag, pledge_id } of tags)
        sqlite.prepare('insert into pledge_tags (tag, pledge_id) values (?, ?)').run(tag, pledge_id);
    }
    await db.destroy();
    const store = await openSqlStore({ path });
    const reopened = (store as unknown as { sqlite: BetterSqlite3.Database }).sqlite;
    const stale = reopened
      .prepare(
        `select count(*) as n from pledge_tags t join pledges p on p.id = t.pledge_id
          where t.verdict is not p.verdict or t.closes_at is not p.closes_at or t.title_key is not p.title_key or t.deadline_start is not p.deadline_start`,
      )
      .get() as { n: number };
    expect(stale.n).toBe(0);
    const fresh = new MemoryStore();
    await fresh.seedIfEmpty(seedDataOf(records.map((r) => rowsBefore006(r).upgraded)));
    for (const query of [
      { tag: ['grain'] },
      { tag: ['energy'], sort: '-announced' as const },
      { tag: ['arms'], from: '2025-08-25' },
    ]) {
      const full = { sort: 'status' as const, ...query, offset: 0, limit: 500 };
      const ids = async (s: { list: SqlStore['list'] }) =>
        (await s.list(full, Date.parse('2025-09-01T12:00:00Z'))).items.map((i) => i.id);
      const expected = await ids(fresh);
      expect(expected.length, JSON.stringify(query)).toBeGreaterThan(0);
      expect(await ids(store), JSON.stringify(query)).toEqual(expected);
    }
    await store.close();
  });

  it('serves the default order from its indexes, never sorting the table', async () => {
    const store = await openSqlStore({ path: nextPath() });
    const sqlite = (store as unknown as { sqlite: BetterSqlite3.Database }).sqlite;
    const plan = (query: string) =>
      (sqlite.prepare(`explain query plan ${query}`).all(Date.now(), Date.now(), 50) as { detail: string }[])
        .map((r) => r.detail)
        .join(' | ');
    const overdue = plan(
      `select doc from pledges where deleted_at is null and verdict = 'open' and closes_at <= ? and opens_at <= ? order by closes_at, id limit ?`,
    );
    expect(overdue).toMatch(/USING INDEX pledges_open_by_close/);
    expect(overdue).not.toMatch(/TEMP B-TREE/);
    const party = plan(
      `select pledge_id from pledge_parties where party_id = 'x' and verdict = 'open' and closes_at <= ? and opens_at <= ? order by closes_at, pledge_id limit ?`,
    );
    expect(party).toMatch(/USING (COVERING )?INDEX pledge_parties_open_by_close/);
    expect(party).not.toMatch(/TEMP B-TREE/);
    const slips = plan(
      `select doc from pledges where deleted_at is null and ? < ? order by deadline_slips desc, id limit ?`,
    );
    expect(slips).toMatch(/USING INDEX pledges_slips_desc/);
    expect(slips).not.toMatch(/TEMP B-TREE/);
    const progress = plan(
      `select pledge_id from pledge_parties where party_id = 'x' and ? < ? order by (progress is null), progress, pledge_id limit ?`,
    );
    expect(progress).toMatch(/USING (COVERING )?INDEX pledge_parties_progress_asc/);
    expect(progress).not.toMatch(/TEMP B-TREE/);
    await store.close();
  });

  it('reads pledges stored before 006 as they were, amounts already delivered kept as one delivery, with their progress listed', async () => {
    const records = generatedPledges(60).map((r, i) =>
      i === 0 ? { ...r, amount: { value: 200, currency: 'USD', delivered: 50 }, deliveries: [] } : r,
    );
    const path = nextPath();
    const sqlite = new BetterSqlite3(path);
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    await migrate(
      db,
      MIGRATIONS.filter((m) => m.name < '006'),
    );
    for (const party of TEST_PARTIES)
      sqlite.prepare('insert into parties (id, name, kind) values (?, ?, ?)').run(party.id, party.name, party.kind);
    for (const record of records) {
      const { pledge, parties, tags } = rowsBefore006(record);
      await db
        .insertInto('pledges')
        .values(pledge as never)
        .execute();
      if (parties.length)
        await db
          .insertInto('pledge_parties')
          .values(parties as never)
          .execute();
      if (tags.length)
        await db
          .insertInto('pledge_tags')
          .values(tags as never)
          .execute();
      await db
        .insertInto('history')
        .values({
          pledge_id: record.id,
          at: record.createdAt,
          actor: 'Old',
          kind: 'created',
          version: 1,
          changes: '[]',
        } as never)
        .execute();
    }
    await db.destroy();
    const store = await openSqlStore({ path });
    const upgraded = records.map((r) => rowsBefore006(r).upgraded);
    expect(upgraded[0]!.deliveries).toEqual([
      {
        id: 'carried-over',
        on:
          upgraded[0]!.updatedAt.slice(0, 10) < upgraded[0]!.announcedOn
            ? upgraded[0]!.announcedOn
            : upgraded[0]!.updatedAt.slice(0, 10),
        value: 50,
        note: 'Delivered before deliveries were recorded one by one',
        noteLanguage: 'en',
        noteTranslations: {},
      },
    ]);
    for (const r of upgraded) expect(await store.get(r.id)).toEqual(r);
    const fresh = new MemoryStore();
    await fresh.seedIfEmpty(seedDataOf(upgraded));
    for (const query of [
      { progress: ['partial' as const] },
      { sort: '-progress' as const, party: 'party-1' },
      { tag: ['grain'], sort: 'progress' as const },
      { slipped: false },
    ]) {
      const full = { sort: 'status' as const, ...query, offset: 0, limit: 500 };
      // Lists answer the documents as stored: notes stored before notes had languages get theirs
      // where they are read (upgradeRecord here, the contract's defaults in the browser).
      const list = async (s: { list: SqlStore['list'] }) =>
        (await s.list(full, Date.parse('2025-09-01T12:00:00Z'))).items.map((i) => [
          i.id,
          upgradeRecord(JSON.parse(i.json) as PledgeRecord),
        ]);
      const expected = await list(fresh);
      expect(expected.length, JSON.stringify(query)).toBeGreaterThan(0);
      expect(await list(store), JSON.stringify(query)).toEqual(expected);
    }
    // Its history takes the new kinds of event.
    const r = upgraded[1]!;
    const deleted = { ...r, deletedAt: '2025-09-02T00:00:00.000Z', version: 2 };
    expect(
      await store.update(r.id, 1, deleted, {
        pledgeId: r.id,
        at: deleted.deletedAt,
        actor: 'T',
        kind: 'deleted',
        version: 2,
        changes: [],
      }),
    ).toEqual({ status: 'ok' });
    expect((await store.history(r.id)).map((e) => e.kind)).toEqual(['created', 'deleted']);
    await store.close();
  });
});
