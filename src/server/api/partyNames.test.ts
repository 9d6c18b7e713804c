// A party's name in both languages through the API, against a real SQLite file: added and renamed
// in either, refused in one shape when a translation is in the name's own language, copied into
// every pledge naming the party, kept by a merge (as aliases), and given to the seeded parties of
// a database made before names had languages (migration 013).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partySchema, type ErrorBody, type Party, type PartyMergeResult, type Pledge } from '@shared/contract';
import { summitRecords, SUMMIT_PARTIES } from '../seed/whiteHouseSummit';
import { migrate } from '../store/sql/migrate';
import { MIGRATIONS } from '../store/sql/migrations';
import { pledgeRows } from '../store/sql/rows';
import type { Database } from '../store/sql/schema';
import { openSqlStore } from '../store/sql/sqlStore';
import { openTestApi, TEST_NOW, type TestApi } from '../testing/apiHarness';

const WRITE = { 'X-Actor': 'Editor' };
const GUARANTEES = 'security-guarantees-in-writing';

function issuePaths(body: unknown): string[] {
  return ((body as ErrorBody).error.issues ?? []).map((i) => i.path);
}

describe('a party’s name in both languages', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await openTestApi();
  });
  afterAll(() => api.close());

  it('lists the seeded parties with their Ukrainian names', async () => {
    const res = await api.call<{ items: Party[] }>('GET', '/api/parties');
    const ukraine = res.body.items.find((p) => p.id === 'ukraine');
    expect(ukraine).toMatchObject({ name: 'Ukraine', nameTranslations: { uk: 'Україна' } });
    expect(ukraine?.nameLanguage).toBeUndefined();
  });

  it('adds a party named in Ukrainian, its id made of the English name, else of Latin letters', async () => {
    const withEnglish = await api.call<Party>('POST', '/api/parties', {
      body: {
        name: 'Рада ЄС',
        nameLanguage: 'uk',
        nameTranslations: { en: 'Council of the EU' },
        kind: 'organisation',
      },
      headers: WRITE,
    });
    expect(withEnglish.status).toBe(201);
    expect(partySchema.parse(withEnglish.body)).toEqual(withEnglish.body);
    expect(withEnglish.body).toEqual({
      id: 'council-of-the-eu',
      name: 'Рада ЄС',
      nameLanguage: 'uk',
      nameTranslations: { en: 'Council of the EU' },
      kind: 'organisation',
      aliases: [],
    });
    const ukrainianOnly = await api.call<Party>('POST', '/api/parties', {
      body: { name: 'Верховна Рада', nameLanguage: 'uk', nameTranslations: { en: '' }, kind: 'organisation' },
      headers: WRITE,
    });
    expect(ukrainianOnly.status).toBe(201);
    // An empty translation is none: nothing of it is kept.
    expect(ukrainianOnly.body).toEqual({
      id: 'verkhovna-rada',
      name: 'Верховна Рада',
      nameLanguage: 'uk',
      kind: 'organisation',
      aliases: [],
    });
  });

  it('refuses a translation in the name’s own language, in the one error shape, and adds nothing', async () => {
    const before = (await api.call<{ items: Party[] }>('GET', '/api/parties')).body.items.length;
    const res = await api.call('POST', '/api/parties', {
      body: { name: 'Kyiv City Council', nameTranslations: { en: 'Kyiv council' }, kind: 'organisation' },
      headers: WRITE,
    });
    expect(res.status).toBe(400);
    expect(issuePaths(res.body)).toEqual(['nameTranslations.en']);
    expect((res.body as ErrorBody).error.issues?.[0]?.message).toMatch(/name itself is in English/);
    const unknownLanguage = await api.call('POST', '/api/parties', {
      body: { name: 'Kyiv City Council', nameTranslations: { de: 'Kiewer Stadtrat' }, kind: 'organisation' },
      headers: WRITE,
    });
    expect(unknownLanguage.status).toBe(400);
    const after = (await api.call<{ items: Party[] }>('GET', '/api/parties')).body.items.length;
    expect(after).toBe(before);

    const patch = await api.call('PATCH', '/api/parties/ukraine', {
      body: { nameLanguage: 'uk' },
      headers: WRITE,
    });
    // Ukraine's name would be in Ukrainian with a Ukrainian translation beside it.
    expect(patch.status).toBe(400);
    expect(issuePaths(patch.body)).toEqual(['nameTranslations.uk']);
    const ukraine = (await api.call<{ items: Party[] }>('GET', '/api/parties')).body.items.find(
      (p) => p.id === 'ukraine',
    );
    expect(ukraine?.nameLanguage).toBeUndefined();
  });

  it('renames in either language, and every pledge naming the party shows both names at once', async () => {
    const res = await api.call<Party>('PATCH', '/api/parties/united-states', {
      body: { nameTranslations: { uk: 'Сполучені Штати Америки' } },
      headers: WRITE,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'United States', nameTranslations: { uk: 'Сполучені Штати Америки' } });
    const pledge = await api.call<Pledge>('GET', `/api/pledges/${GUARANTEES}`);
    expect(pledge.body.pledgers.find((p) => p.id === 'united-states')).toEqual({
      id: 'united-states',
      name: 'United States',
      nameTranslations: { uk: 'Сполучені Штати Америки' },
    });
    // The version does not move: a reference's names are a copy for display.
    expect(pledge.body.version).toBe(1);

    // The name becomes Ukrainian, the English one its translation.
    const swapped = await api.call<Party>('PATCH', '/api/parties/united-states', {
      body: { name: 'США', nameLanguage: 'uk', nameTranslations: { en: 'United States' } },
      headers: WRITE,
    });
    expect(swapped.status).toBe(200);
    const again = await api.call<Pledge>('GET', `/api/pledges/${GUARANTEES}`);
    expect(again.body.pledgers.find((p) => p.id === 'united-states')).toEqual({
      id: 'united-states',
      name: 'США',
      nameLanguage: 'uk',
      nameTranslations: { en: 'United States' },
    });
  });

  it('names a new pledge’s parties with both names', async () => {
    const res = await api.call<Pledge>('POST', '/api/pledges', {
      body: {
        title: 'Ukraine hosts a donors’ conference',
        pledgers: ['ukraine'],
        announcedOn: '2025-09-01',
        timeZone: 'Europe/Kyiv',
      },
      headers: WRITE,
    });
    expect(res.status).toBe(201);
    expect(res.body.pledgers).toEqual([{ id: 'ukraine', name: 'Ukraine', nameTranslations: { uk: 'Україна' } }]);
  });

  it('merges: the target keeps its names, the merged party’s names in both languages become aliases', async () => {
    await api.call('POST', '/api/parties', {
      body: {
        id: 'kremlin',
        name: 'Kremlin administration',
        nameTranslations: { uk: 'Адміністрація Кремля' },
        kind: 'organisation',
      },
      headers: WRITE,
    });
    const res = await api.call<PartyMergeResult>('POST', '/api/parties/kremlin/merge', {
      body: { into: 'russia' },
      headers: WRITE,
    });
    expect(res.status).toBe(200);
    expect(res.body.party).toMatchObject({ name: 'Russia', nameTranslations: { uk: 'Росія' } });
    expect(res.body.party.aliases).toEqual(expect.arrayContaining(['Kremlin administration', 'Адміністрація Кремля']));
  });
});

describe('migration 013_party_name_languages', () => {
  it('gives the seeded parties still as seeded their Ukrainian names, in the pledges too, and nothing else', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pledge-migrate-013-'));
    const path = join(dir, 'old.db');
    try {
      // A database as the previous release made it: migrated to 012, seeded, then edited by people.
      const sqlite = new BetterSqlite3(path);
      const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
      await migrate(
        db,
        MIGRATIONS.filter((m) => m.name < '013'),
      );
      const insert = sqlite.prepare('insert into parties (id, name, kind, aliases, represents) values (?, ?, ?, ?, ?)');
      for (const party of SUMMIT_PARTIES) {
        // Someone renamed this seeded party: it is theirs now, no Ukrainian name is guessed for it.
        const name = party.id === 'russia' ? 'Russian Federation' : party.name;
        insert.run(party.id, name, party.kind, JSON.stringify(party.aliases), party.represents ?? null);
      }
      const plain = (refs: Pledge['pledgers']) => refs.map(({ id, name }) => ({ id, name }));
      for (const record of summitRecords(new Date(TEST_NOW).toISOString())) {
        const old = {
          ...record,
          pledgers: plain(record.pledgers),
          beneficiaries: plain(record.beneficiaries),
          guarantors: plain(record.guarantors),
        };
        const { pledge, parties, tags } = pledgeRows(old);
        await db.insertInto('pledges').values(pledge).execute();
        if (parties.length) await db.insertInto('pledge_parties').values(parties).execute();
        if (tags.length) await db.insertInto('pledge_tags').values(tags).execute();
      }
      await db.destroy();

      const store = await openSqlStore({ path });
      const byId = new Map((await store.listParties()).map((p) => [p.id, p]));
      expect(byId.get('ukraine')?.nameTranslations).toEqual({ uk: 'Україна' });
      expect(byId.get('volodymyr-zelensky')?.nameTranslations).toEqual({ uk: 'Володимир Зеленський' });
      expect(byId.get('russia')).toEqual({
        id: 'russia',
        name: 'Russian Federation',
        kind: 'state',
        aliases: SUMMIT_PARTIES.find((p) => p.id === 'russia')!.aliases,
      });
      const guarantees = (await store.get(GUARANTEES))!;
      expect(guarantees.pledgers.find((p) => p.id === 'united-states')).toEqual({
        id: 'united-states',
        name: 'United States',
        nameTranslations: { uk: 'США' },
      });
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
