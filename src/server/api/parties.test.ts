// Parties: aliases in the list, POST /api/parties (ids, refusals in the one error shape), and an
// existing database migrated to aliases without losing what people wrote.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partiesResponseSchema, partySchema, type ErrorBody, type Party } from '@shared/contract';
import { seedIfEmpty } from '../seed/seed';
import { migrate } from '../store/sql/migrate';
import { MIGRATIONS } from '../store/sql/migrations';
import type { Database } from '../store/sql/schema';
import { openSqlStore } from '../store/sql/sqlStore';
import { openTestApi, TEST_NOW, type TestApi } from '../testing/apiHarness';

function issues(body: unknown) {
  return (body as ErrorBody).error.issues ?? [];
}

describe('GET /api/parties', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await openTestApi();
  });
  afterAll(() => api.close());

  it('lists the seeded parties with their aliases and whom persons represent', async () => {
    const res = await api.call<{ items: Party[] }>('GET', '/api/parties');
    expect(res.status).toBe(200);
    expect(partiesResponseSchema.parse(res.body)).toEqual(res.body);
    const byId = new Map(res.body.items.map((p) => [p.id, p]));
    expect(byId.get('united-states')?.aliases).toEqual([
      'the United States',
      'U.S.',
      'US',
      'USA',
      'Washington',
      'American',
      'America',
    ]);
    expect(byId.get('ukraine')?.aliases).toEqual(['Kyiv', 'Ukrainian']);
    expect(byId.get('russia')?.aliases).toEqual(['Moscow', 'Kremlin', 'Russian']);
    expect(byId.get('european-allies')?.aliases).toContain('European nations');
    expect(byId.get('volodymyr-zelensky')).toMatchObject({ aliases: ['Zelensky'], represents: 'ukraine' });
    expect(byId.get('donald-trump')).toMatchObject({ aliases: ['Trump'], represents: 'united-states' });
  });
});

describe('POST /api/parties', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await openTestApi();
  });
  afterAll(() => api.close());

  it('creates a party with an id made from its name, listed afterwards, usable in a pledge', async () => {
    const res = await api.call<Party>('POST', '/api/parties', {
      body: { name: 'Rüstem Umërov', kind: 'person', aliases: ['Umerov'], represents: 'ukraine' },
    });
    expect(res.status).toBe(201);
    expect(partySchema.parse(res.body)).toEqual({
      id: 'rustem-umerov',
      name: 'Rüstem Umërov',
      kind: 'person',
      aliases: ['Umerov'],
      represents: 'ukraine',
    });
    const list = await api.call<{ items: Party[] }>('GET', '/api/parties');
    expect(list.body.items.find((p) => p.id === 'rustem-umerov')?.aliases).toEqual(['Umerov']);
    const pledge = await api.call('POST', '/api/pledges', {
      body: {
        title: 'Visit Washington',
        pledgers: ['rustem-umerov'],
        beneficiaries: ['united-states'],
        announcedOn: '2025-08-20',
        timeZone: 'Europe/Kyiv',
      },
    });
    expect(pledge.status).toBe(201);
  });

  it('takes a given id, with aliases defaulting to none', async () => {
    const res = await api.call<Party>('POST', '/api/parties', {
      body: { id: 'g7', name: 'Group of Seven', kind: 'group' },
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ id: 'g7', name: 'Group of Seven', kind: 'group', aliases: [] });
  });

  it('refuses a taken id with 400 and an issue, leaving the party as it was', async () => {
    const made = await api.call('POST', '/api/parties', { body: { name: 'Ukraine', kind: 'state' } });
    expect(made.status).toBe(400);
    expect(made.body).toMatchObject({ error: { code: 'invalid_input' } });
    expect(issues(made.body)).toEqual([{ path: 'name', message: expect.stringContaining('"ukraine" is taken') }]);
    const given = await api.call('POST', '/api/parties', { body: { id: 'ukraine', name: 'Another', kind: 'state' } });
    expect(issues(given.body).map((i) => i.path)).toEqual(['id']);
    const list = await api.call<{ items: Party[] }>('GET', '/api/parties');
    expect(list.body.items.find((p) => p.id === 'ukraine')).toMatchObject({
      name: 'Ukraine',
      aliases: ['Kyiv', 'Ukrainian'],
    });
  });

  it('refuses bad bodies field by field', async () => {
    const res = await api.call('POST', '/api/parties', {
      body: { name: ' ', kind: 'planet', aliases: ['a', 'A'], represents: 'nobody-at-all', colour: 'red' },
    });
    expect(res.status).toBe(400);
    expect(
      issues(res.body)
        .map((i) => i.path)
        .sort(),
    ).toEqual(['aliases', 'colour', 'kind', 'name']);
    const unknownState = await api.call('POST', '/api/parties', {
      body: { name: 'Envoy', kind: 'person', represents: 'atlantis' },
    });
    expect(issues(unknownState.body)).toEqual([{ path: 'represents', message: 'No party has the id "atlantis"' }]);
    const noLatin = await api.call('POST', '/api/parties', { body: { name: 'Ελλάδα', kind: 'state' } });
    expect(issues(noLatin.body).map((i) => i.path)).toEqual(['id']);
  });

  it('answers 415 to a body that is not JSON and 413 to one too large', async () => {
    const text = await api.call('POST', '/api/parties', {
      rawBody: 'name=x',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(text.status).toBe(415);
    const big = await api.call('POST', '/api/parties', { body: { name: 'x'.repeat(70_000), kind: 'group' } });
    expect(big.status).toBe(413);
  });

  it('is in the OpenAPI document', async () => {
    const doc = await api.call<{ paths: Record<string, Record<string, unknown>> }>('GET', '/api/openapi.json');
    expect(Object.keys(doc.body.paths['/api/parties'] ?? {}).sort()).toEqual(['get', 'post']);
  });
});

describe('migration 002_party_aliases', () => {
  it('backfills the aliases of seeded parties that have none, and leaves everything else alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pledge-migrate-'));
    const path = join(dir, 'old.db');
    try {
      // A database as the previous release made it: only 001, seeded, then edited by people.
      const sqlite = new BetterSqlite3(path);
      const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
      await migrate(db, MIGRATIONS.slice(0, 1));
      const old = new BetterSqlite3(path);
      const insert = old.prepare('insert into parties (id, name, kind) values (?, ?, ?)');
      for (const [id, name, kind] of [
        ['united-states', 'United States', 'state'],
        ['ukraine', 'Ukraine', 'state'],
        ['volodymyr-zelensky', 'Volodymyr Zelensky', 'person'],
        // Someone renamed this seeded party: it is theirs now, no aliases are guessed for it.
        ['russia', 'Russian Federation', 'state'],
        ['un', 'United Nations', 'organisation'],
      ]) {
        insert.run(id, name, kind);
      }
      old.close();
      await db.destroy();

      const store = await openSqlStore({ path });
      expect(await seedIfEmpty(store, TEST_NOW)).toBe(false);
      const byId = new Map((await store.listParties()).map((p) => [p.id, p]));
      expect(byId.get('united-states')?.aliases).toContain('Washington');
      expect(byId.get('ukraine')?.aliases).toEqual(['Kyiv', 'Ukrainian']);
      expect(byId.get('volodymyr-zelensky')).toEqual({
        id: 'volodymyr-zelensky',
        name: 'Volodymyr Zelensky',
        kind: 'person',
        aliases: ['Zelensky'],
        represents: 'ukraine',
        // 013_party_name_languages, which runs after it, gives the seeded parties their Ukrainian names.
        nameTranslations: { uk: 'Володимир Зеленський' },
      });
      expect(byId.get('russia')).toEqual({ id: 'russia', name: 'Russian Federation', kind: 'state', aliases: [] });
      expect(byId.get('un')).toEqual({ id: 'un', name: 'United Nations', kind: 'organisation', aliases: [] });
      await store.close();

      // Opening it again changes nothing: the migration ran once.
      const again = await openSqlStore({ path });
      expect((await again.getParties(['ukraine']))[0]?.aliases).toEqual(['Kyiv', 'Ukrainian']);
      await again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
