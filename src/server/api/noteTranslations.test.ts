// The notes of a pledge's deliveries and evidence in two languages, over the real API and a
// SQLite file: written with the note or added later, refused in the note's own language, kept in
// the history and set back by a revert; a note stored before notes had languages reads as English.
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryEvent, Pledge } from '@shared/contract';
import { openTestApi, type TestApi } from '../testing/apiHarness';

type Refusal = { error: { issues: { path: string; message: string }[] } };

const body = {
  title: 'Пакет протиповітряної оборони',
  titleLanguage: 'uk',
  pledgers: ['united-states'],
  beneficiaries: ['ukraine'],
  announcedOn: '2025-08-18',
  timeZone: 'Europe/Kyiv',
  amount: { value: 1000, currency: 'USD' },
};

const evidence = {
  url: 'https://example.org/statement',
  note: 'Перші системи передано',
  noteLanguage: 'uk',
  noteTranslations: { en: 'The first systems were handed over' },
};

describe('notes in two languages', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await openTestApi();
  });
  afterAll(() => api.close());

  const create = async (extra: Record<string, unknown> = {}) => {
    const res = await api.call<Pledge>('POST', '/api/pledges', { body: { ...body, ...extra } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  };
  const patch = (pledge: Pick<Pledge, 'id'>, version: number, change: Record<string, unknown>) =>
    api.call<Pledge>('PATCH', `/api/pledges/${pledge.id}`, {
      body: change,
      headers: { 'If-Match': `"${version}"`, 'X-Actor': 'Editor' },
    });

  it('keeps a delivery’s note with its language and translation, and a note sent without them as English', async () => {
    const created = await create({
      deliveries: [
        {
          on: '2025-08-20',
          value: 100,
          note: 'Перша партія',
          noteLanguage: 'uk',
          noteTranslations: { en: 'First lot' },
        },
        { on: '2025-08-21', value: 50, note: 'Second lot' },
        { on: '2025-08-22', value: 25, note: 'Third lot', noteTranslations: { uk: '   ' } },
      ],
    });
    const again = (await api.call<Pledge>('GET', `/api/pledges/${created.id}`)).body;
    expect(again.deliveries.map(({ id: _id, ...d }) => d)).toEqual([
      { on: '2025-08-20', value: 100, note: 'Перша партія', noteLanguage: 'uk', noteTranslations: { en: 'First lot' } },
      { on: '2025-08-21', value: 50, note: 'Second lot', noteLanguage: 'en', noteTranslations: {} },
      // An empty translation is none.
      { on: '2025-08-22', value: 25, note: 'Third lot', noteLanguage: 'en', noteTranslations: {} },
    ]);
  });

  it('refuses a translation in the note’s own language, or of no note, naming the field, and stores nothing', async () => {
    const before = (await api.call<{ total: number }>('GET', '/api/pledges?limit=1')).body.total;
    const delivery = { on: '2025-08-20', value: 100, note: 'Перша партія', noteLanguage: 'uk' };
    const own = await api.call<Refusal>('POST', '/api/pledges', {
      body: { ...body, deliveries: [{ ...delivery, noteTranslations: { uk: 'Та сама мова' } }] },
    });
    expect(own.status).toBe(400);
    expect(own.body.error.issues).toEqual([
      {
        path: 'deliveries.0.noteTranslations.uk',
        message:
          "The note itself is in Ukrainian: give its translation in another language, or change the note's language",
      },
    ]);
    const unknown = await api.call('POST', '/api/pledges', {
      body: { ...body, deliveries: [{ ...delivery, noteTranslations: { de: 'Erste' } }] },
    });
    expect(unknown.status).toBe(400);
    const language = await api.call('POST', '/api/pledges', {
      body: { ...body, deliveries: [{ ...delivery, noteLanguage: 'de' }] },
    });
    expect(language.status).toBe(400);
    expect((await api.call<{ total: number }>('GET', '/api/pledges?limit=1')).body.total).toBe(before);

    const created = await create();
    const onEvidence = await patch(created, 1, { evidence: [{ ...evidence, noteTranslations: { uk: 'Те саме' } }] });
    expect(onEvidence.status).toBe(400);
    expect((onEvidence.body as unknown as Refusal).error.issues.map((i) => i.path)).toEqual([
      'evidence.0.noteTranslations.uk',
    ]);
    const ofNothing = await patch(created, 1, { evidence: [{ ...evidence, note: '' }] });
    expect(ofNothing.status).toBe(400);
    expect((ofNothing.body as unknown as Refusal).error.issues).toEqual([
      {
        path: 'evidence.0.note',
        message: 'A translation needs the note it translates: write the note in its own language too',
      },
    ]);
    expect((await api.call<Pledge>('GET', `/api/pledges/${created.id}`)).body.version).toBe(1);
  });

  it('records a change of an evidence note’s translation in the history, keeps when the evidence was added, and reverts it', async () => {
    const created = await create();
    const added = await patch(created, 1, { evidence: [{ ...evidence, noteTranslations: {} }] });
    expect(added.status, JSON.stringify(added.body)).toBe(200);
    const addedAt = added.body.evidence[0]!.addedAt;

    api.setNow(Date.parse('2025-09-02T12:00:00Z'));
    try {
      const translated = await patch(created, 2, { evidence: [evidence] });
      expect(translated.status, JSON.stringify(translated.body)).toBe(200);
      expect(translated.body.evidence).toEqual([{ ...evidence, addedAt }]);
      // Sending the same again is no change at all.
      const same = await patch(created, 3, { evidence: [evidence] });
      expect(same.body.version).toBe(3);
    } finally {
      api.setNow(Date.parse('2025-09-01T12:00:00Z'));
    }

    const history = (await api.call<{ items: HistoryEvent[] }>('GET', `/api/pledges/${created.id}/history`)).body.items;
    expect(history.find((e) => e.version === 3)?.changes).toEqual([
      { field: 'evidence', from: [{ ...evidence, noteTranslations: {}, addedAt }], to: [{ ...evidence, addedAt }] },
    ]);
    const reverted = await api.call<Pledge>('POST', `/api/pledges/${created.id}/revert`, {
      body: { toVersion: 2 },
      headers: { 'If-Match': '"3"' },
    });
    expect(reverted.status, JSON.stringify(reverted.body)).toBe(200);
    expect(reverted.body.evidence).toEqual([{ ...evidence, noteTranslations: {}, addedAt }]);
  });

  it('records a change of a delivery note’s translation in the history, and reverts it', async () => {
    const created = await create({
      deliveries: [{ on: '2025-08-20', value: 100, note: 'Перша партія', noteLanguage: 'uk' }],
    });
    const [delivery] = created.deliveries;
    const translated = await patch(created, 1, {
      deliveries: [{ ...delivery, noteTranslations: { en: 'First lot' } }],
    });
    expect(translated.status, JSON.stringify(translated.body)).toBe(200);
    expect(translated.body.deliveries).toEqual([{ ...delivery, noteTranslations: { en: 'First lot' } }]);
    expect(translated.body.amount?.delivered).toBe(100);
    const history = (await api.call<{ items: HistoryEvent[] }>('GET', `/api/pledges/${created.id}/history`)).body.items;
    expect(history.find((e) => e.version === 2)?.changes).toEqual([
      { field: 'deliveries', from: [delivery], to: translated.body.deliveries },
    ]);
    const reverted = await api.call<Pledge>('POST', `/api/pledges/${created.id}/revert`, {
      body: { toVersion: 1 },
      headers: { 'If-Match': '"2"' },
    });
    expect(reverted.body.deliveries).toEqual([delivery]);
  });

  it('reads a note stored before notes had languages as English, and takes it back unchanged', async () => {
    const created = await create({ deliveries: [{ on: '2025-08-20', value: 100, note: 'First lot' }] });
    const withEvidence = (await patch(created, 1, { evidence: [{ url: evidence.url, note: 'Handed over' }] })).body;
    // The document as a version before notes had languages wrote it.
    const old = {
      ...withEvidence,
      evidence: withEvidence.evidence.map(({ noteLanguage: _l, noteTranslations: _t, ...e }) => e),
      deliveries: withEvidence.deliveries.map(({ noteLanguage: _l, noteTranslations: _t, ...d }) => d),
    };
    const { deadlineState: _d, ...doc } = old;
    const sqlite = new BetterSqlite3(api.path);
    sqlite.prepare('update pledges set doc = ? where id = ?').run(JSON.stringify(doc), created.id);
    sqlite.close();

    const read = (await api.call<Pledge>('GET', `/api/pledges/${created.id}`)).body;
    expect(read.evidence[0]).toMatchObject({ note: 'Handed over', noteLanguage: 'en', noteTranslations: {} });
    expect(read.deliveries[0]).toMatchObject({ note: 'First lot', noteLanguage: 'en', noteTranslations: {} });
    // An editor sending the lists back as read changes nothing.
    const resent = await patch(created, 2, {
      evidence: read.evidence.map(({ addedAt: _a, ...e }) => e),
      deliveries: read.deliveries,
    });
    expect(resent.status, JSON.stringify(resent.body)).toBe(200);
    expect(resent.body.version).toBe(2);
  });
});
