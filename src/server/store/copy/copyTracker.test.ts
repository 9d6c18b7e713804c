// Copying a tracker between SQLite and PostgreSQL (PGlite in every run; a real server when one
// answers, as the PostgreSQL store's own tests decide): the record comes back identical, a target
// holding anything is refused untouched, and a copy that fails half-way leaves the target empty.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { PledgeRecord } from '@shared/contract';
import { diffPledges } from '@shared/domain';
import { generatedPledges, seedDataOf } from '@server/testing/generatedPledges';
import {
  fileDatabase,
  pgliteKysely,
  postgresServer,
  postgresServerReason,
  usePglite,
} from '@server/testing/postgresTargets';
import { PgStore } from '../postgres/pgStore';
import type { Database } from '../sql/schema';
import { openSqlStore, type SqlStore } from '../sql/sqlStore';
import type { PledgeStore } from '../types';
import { openSource, openTarget, parseLocation } from './copySides';
import { CopyRefused, copyTracker, type CopySide } from './copyTracker';
import { differences, summarize } from './recordSummary';
import { COPIED_TABLES } from './tables';

// PGlite is WebAssembly on a machine shared with other test files: minutes, not seconds, at worst.
const SLOW = { timeout: 240_000 };
const NOW = Date.parse('2025-09-01T12:00:00Z');

usePglite();

type Store = PledgeStore & { database: Kysely<Database> };

const opened: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
});

const side = (store: Store, name: string): CopySide => ({
  kind: store.kind === 'sqlite' ? 'sqlite' : 'postgres',
  db: store.database,
  name,
});

async function emptySqlite(): Promise<SqlStore> {
  const store = await openSqlStore({ path: ':memory:' });
  opened.push(store);
  return store;
}

async function emptyPglite(): Promise<PgStore> {
  const store = await PgStore.open(pgliteKysely());
  opened.push(store);
  return store;
}

/** A tracker with something in every table a copy takes, and in some it leaves behind. */
async function filledSqlite(): Promise<SqlStore> {
  const store = await emptySqlite();
  const records = generatedPledges(240);
  await store.seedIfEmpty(seedDataOf(records));
  // History past creation: an edit, then a revert (its detail column set).
  const first = records[0]!;
  const edited: PledgeRecord = { ...first, title: 'Edited «title»', version: 2, updatedAt: '2025-09-02T08:00:00.000Z' };
  const edit = {
    pledgeId: first.id,
    at: edited.updatedAt,
    actor: 'Ann',
    version: 2,
    changes: diffPledges(first, edited),
  };
  expect((await store.update(first.id, 1, edited, { ...edit, kind: 'updated' })).status).toBe('ok');
  const reverted = { ...first, version: 3, updatedAt: '2025-09-03T08:00:00.000Z' };
  const revert = { pledgeId: first.id, at: reverted.updatedAt, actor: 'Bo', version: 3, revertedTo: 1 };
  expect(
    (await store.update(first.id, 2, reverted, { ...revert, kind: 'reverted', changes: diffPledges(edited, reverted) }))
      .status,
  ).toBe('ok');
  await store.updateParty({ id: 'party-1', name: 'Renamed party', kind: 'person', aliases: ['P1'] });
  await store.createView({
    slug: 'abc123',
    name: 'Overdue grain',
    query: 'state=overdue&tag=grain',
    createdAt: '2025-09-01T00:00:00.000Z',
    updatedAt: '2025-09-01T00:00:00.000Z',
  });
  const db = store.database;
  await db
    .insertInto('users')
    .values([
      {
        id: 'u1',
        name: 'Owner',
        email: 'owner@example.org',
        role: 'admin',
        password_hash: 'scrypt$x',
        created_at: '2025-08-01T00:00:00.000Z',
      },
      {
        id: 'u2',
        name: 'Ed',
        email: null,
        role: 'editor',
        password_hash: null,
        created_at: '2025-08-02T00:00:00.000Z',
      },
    ])
    .execute();
  await db
    .insertInto('sessions')
    .values({ id_hash: 'h1', user_id: 'u1', created_at: NOW, expires_at: NOW + 1e9, last_seen_at: NOW })
    .execute();
  await db
    .insertInto('one_time_links')
    .values({
      id: 'l1',
      token_hash: 't1',
      kind: 'invite',
      role: 'editor',
      user_id: null,
      note: 'for Ed',
      created_by: 'Owner',
      created_by_id: 'u1',
      created_at: NOW,
      expires_at: NOW + 1e6,
      used_at: null,
    })
    .execute();
  await db
    .insertInto('email_changes')
    .values({ user_id: 'u2', email: 'ed@example.org', token_hash: 'e1', requested_at: NOW, expires_at: NOW + 1e6 })
    .execute();
  await db
    .insertInto('api_tokens')
    .values({
      id: 'k1',
      user_id: 'u1',
      name: 'CI',
      token_hash: 'k1h',
      scope: 'read',
      created_at: NOW,
      last_used_at: NOW + 5,
    })
    .execute();
  await db.insertInto('settings').values({ key: 'visibility', value: 'private' }).execute();
  // Left behind by a copy: limits start afresh.
  await db.insertInto('rate_buckets').values({ key: 'write:u1', tokens: 3.5, at: NOW, granted: 1 }).execute();
  return store;
}

const sorted = <T>(rows: T[]) =>
  rows
    .map((row) => JSON.stringify(row))
    .sort()
    .map((json) => JSON.parse(json) as T);

/** Everything a store answers about its record, and the accounts' rows. */
async function answers(store: Store) {
  const lists = [];
  for (const sort of ['status', 'deadline', '-updated', 'title', '-progress'] as const) {
    const all = await store.list({ sort, offset: 0, limit: 1000 }, NOW);
    const grain = await store.list({ sort, tag: ['grain'], party: 'party-1', offset: 3, limit: 20 }, NOW);
    lists.push(all, grain);
  }
  const ids = (await store.list({ sort: 'title', offset: 0, limit: 1000 }, NOW)).items.map((i) => i.id);
  const trash = await store.listTrash();
  const history = [];
  for (const id of [...ids, ...trash.map((r) => r.id)]) history.push(await store.history(id));
  const accounts: Record<string, unknown[]> = {};
  for (const { table, key } of COPIED_TABLES.filter(
    (t) => !['pledges', 'pledge_parties', 'pledge_tags', 'history'].includes(t.table),
  ))
    accounts[table] = (
      await sql`select * from ${sql.table(table)} order by ${sql.join(key.map((k) => sql.ref(k)))}`.execute(
        store.database,
      )
    ).rows;
  return {
    lists,
    trash,
    history,
    asOf: await store.list({ sort: 'status', asOf: '2025-09-02', offset: 0, limit: 1000 }, NOW),
    parties: await store.listParties(),
    views: await store.listViews(),
    // Aggregates in no promised order.
    partyCounts: sorted(await store.partyCounts()),
    partyAmounts: sorted(await store.partyAmounts()),
    accounts,
  };
}

async function historyIds(store: Store): Promise<number> {
  const row = await store.database
    .selectFrom('history')
    .select((eb) => eb.fn.max('id').as('max'))
    .executeTakeFirst();
  return Number(row?.max ?? 0);
}

/** A new event after a copy gets the next id (PostgreSQL's sequence was set past the copied ids). */
async function expectNextHistoryId(store: Store): Promise<void> {
  const before = await historyIds(store);
  const record = (await store.get('p-0005'))!;
  const next = { ...record, title: 'After the copy', version: record.version + 1 };
  const event = {
    pledgeId: record.id,
    at: '2025-09-05T00:00:00.000Z',
    actor: 'Cy',
    kind: 'updated' as const,
    version: next.version,
    changes: diffPledges(record, next),
  };
  expect((await store.update(record.id, record.version, next, event)).status).toBe('ok');
  expect((await store.history(record.id)).at(-1)?.id).toBe(before + 1);
}

describe('copying a tracker', SLOW, () => {
  it('SQLite → PGlite → SQLite gives the same record: checksums, counts and every answer', async () => {
    const a = await filledSqlite();
    const b = await emptyPglite();
    const c = await emptySqlite();
    const versionA = await a.dataVersion();

    const there = await copyTracker(side(a, 'a'), side(b, 'b'));
    const back = await copyTracker(side(b, 'b'), side(c, 'c'));

    for (const report of [there, back]) expect(differences(report.source, report.target)).toEqual([]);
    expect(back.target.checksum).toBe(there.source.checksum);
    expect(there.source.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
    const counts = Object.fromEntries(there.source.counts.map((c) => [c.table, c.rows]));
    expect(counts).toMatchObject({
      pledges: 240,
      history: 242,
      parties: 6,
      saved_views: 1,
      users: 2,
      sessions: 1,
      one_time_links: 1,
      email_changes: 1,
      api_tokens: 1,
      settings: 1,
    });
    expect(counts.pledge_parties).toBeGreaterThan(240);
    expect(counts.pledge_tags).toBeGreaterThan(0);

    const expected = await answers(a);
    expect(await answers(b)).toEqual(expected);
    expect(await answers(c)).toEqual(expected);

    // The data version moved past the source's on each hop, so caches keyed on it see a change.
    expect(there.dataVersion).toEqual({ source: versionA, target: versionA + 1 });
    expect(await b.dataVersion()).toBe(versionA + 1);
    expect(await c.dataVersion()).toBe(versionA + 2);
    // Limits were left behind.
    expect(await b.database.selectFrom('rate_buckets').selectAll().execute()).toEqual([]);

    await expectNextHistoryId(b);
    await expectNextHistoryId(c);
  });

  it('refuses a target that holds anything, and writes nothing into it', async () => {
    const source = await filledSqlite();
    const pg = await emptyPglite();
    await pg.createParty({ id: 'someone', name: 'Someone', kind: 'state', aliases: [] });
    const sqlite = await emptySqlite();
    await sqlite.database
      .insertInto('rate_buckets')
      .values({ key: 'read:1.2.3.4', tokens: 1, at: NOW, granted: 1 })
      .execute();

    for (const [target, found] of [
      [pg, 'parties: 1 row'],
      [sqlite, 'rate_buckets: 1 row'],
    ] as const) {
      const before = { summary: await summarize(target.database), version: await target.dataVersion() };
      const refused = await copyTracker(side(source, 'a'), side(target, '--to there')).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(CopyRefused);
      expect((refused as Error).message).toBe(
        `--to there is not empty (${found}); the copy writes only into an empty database, and wrote nothing.`,
      );
      expect({ summary: await summarize(target.database), version: await target.dataVersion() }).toEqual(before);
    }
  });

  it('leaves the target empty, indexes and version as they were, when the copy fails half-way', async () => {
    const source = await filledSqlite();
    // A damaged source: an event whose pledge is gone. Pledges copy first; the history then fails.
    await sql`pragma foreign_keys = off`.execute(source.database);
    await source.database
      .insertInto('history')
      .values({
        pledge_id: 'no-such-pledge',
        at: '2025-09-01T00:00:00.000Z',
        actor: 'X',
        kind: 'updated',
        version: 2,
        changes: '[]',
        detail: null,
      })
      .execute();
    const indexCount = async (store: Store) =>
      store.kind === 'sqlite'
        ? (
            await sql<{ n: number }>`select count(*) as n from sqlite_master where type = 'index'`.execute(
              store.database,
            )
          ).rows[0]!.n
        : Number(
            (
              await sql<{
                n: number;
              }>`select count(*) as n from pg_indexes where schemaname = current_schema()`.execute(store.database)
            ).rows[0]!.n,
          );

    for (const target of [await emptyPglite(), await emptySqlite()] as Store[]) {
      const before = { indexes: await indexCount(target), version: await target.dataVersion() };
      const progress: string[] = [];
      const failed = await copyTracker(side(source, 'a'), side(target, 'b'), {
        progress: (t) => progress.push(t.table),
      }).catch((e: unknown) => e);
      expect(failed).toBeInstanceOf(Error);
      expect(failed).not.toBeInstanceOf(CopyRefused);
      // The pledges were written before the failure, inside the transaction that rolled back.
      expect(progress).toEqual(['parties', 'pledges', 'pledge_parties', 'pledge_tags']);
      const { counts } = await summarize(target.database);
      expect(counts.filter((c) => c.rows > 0)).toEqual([]);
      expect({ indexes: await indexCount(target), version: await target.dataVersion() }).toEqual(before);
      expect(await target.isEmpty()).toBe(true);
    }
  });
});

describe('the sides of npm run copy-data', () => {
  it('names a missing file, a file that is no database and a database with no tracker', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copy-data-'));
    const open = (path: string) => openSource(parseLocation(path), `--from ${path}`).catch((e: Error) => e.message);
    expect(await open(join(dir, 'missing.db'))).toBe(`--from ${join(dir, 'missing.db')}: no such file.`);
    writeFileSync(join(dir, 'notes.db'), 'not a database, just some words that are long enough to be read as a header');
    expect(await open(join(dir, 'notes.db'))).toBe(`--from ${join(dir, 'notes.db')} is not an SQLite database.`);
    writeFileSync(join(dir, 'empty.db'), '');
    expect(await open(join(dir, 'empty.db'))).toBe(
      `--from ${join(dir, 'empty.db')} holds no tracker (it has no schema_migrations table).`,
    );
    expect(await open(dir)).toBe(`--from ${dir} is not a file.`);
  });

  it('names a PostgreSQL server that does not answer', async () => {
    const url = 'postgres://postgres:secret@127.0.0.1:1/pledges';
    const message = await openSource(parseLocation(url), '--from postgres://postgres:***@127.0.0.1:1/pledges').catch(
      (e: Error) => e.message,
    );
    expect(message).toMatch(
      /^--from postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:1\/pledges cannot be read \(.*ECONNREFUSED/,
    );
    expect(message).not.toContain('secret');
  });
});

const server = postgresServer();
const database = fileDatabase(server);

describe.skipIf(!server)(`through a PostgreSQL server (${postgresServerReason()})`, SLOW, () => {
  it('copies SQLite → the server → SQLite, opened from its URL as the command does', async () => {
    const a = await filledSqlite();
    const url = await database.schema();
    const target = await openTarget(parseLocation(url), '--to server');
    const there = await copyTracker(side(a, 'a'), target).finally(() => target.close());
    expect(differences(there.source, there.target)).toEqual([]);

    const source = await openSource(parseLocation(url), '--from server');
    const c = await emptySqlite();
    const back = await copyTracker(source, side(c, 'c')).finally(() => source.close());
    expect(differences(back.source, back.target)).toEqual([]);
    expect(back.target.checksum).toBe(there.source.checksum);
    expect(await answers(c)).toEqual(await answers(a));

    const reopened = await openTarget(parseLocation(url), '--to server');
    const refused = await copyTracker(side(a, 'a'), reopened)
      .catch((e: unknown) => e)
      .finally(() => reopened.close());
    expect(refused).toBeInstanceOf(CopyRefused);
  });
});
