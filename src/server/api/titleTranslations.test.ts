// A pledge's title in two languages, over the real API and a SQLite file: written with the
// pledge or added later, refused in the title's own language, found by search in either, kept
// in the history and set back by a revert.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryEvent, Pledge } from '@shared/contract';
import { openTestApi, type TestApi } from '../testing/apiHarness';
import { newPledgeId } from './changes';

const body = {
  title: 'Гарантії безпеки для України — на папері',
  titleLanguage: 'uk',
  titleTranslations: { en: 'Security guarantees for Ukraine, in writing' },
  quote: 'гарантії мають бути письмово оформлені протягом наступних семи–десяти днів',
  pledgers: ['united-states'],
  beneficiaries: ['ukraine'],
  announcedOn: '2025-08-18',
  timeZone: 'Europe/Kyiv',
};

describe('a title in two languages', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await openTestApi();
  });
  afterAll(() => api.close());

  it('is recorded with the pledge, under an id made of the Ukrainian words in Latin letters', async () => {
    const res = await api.call<Pledge>('POST', '/api/pledges', { body });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.titleLanguage).toBe('uk');
    expect(res.body.titleTranslations).toEqual({ en: 'Security guarantees for Ukraine, in writing' });
    expect(res.body.id).toMatch(/^harantii-bezpeky-dlia-ukrainy-na-paperi-[a-z0-9]+$/);
    const again = await api.call<Pledge>('GET', `/api/pledges/${res.body.id}`);
    expect(again.body.titleTranslations).toEqual(res.body.titleTranslations);
  });

  it('is found by a search in either language', async () => {
    const created = (await api.call<Pledge>('POST', '/api/pledges', { body })).body;
    for (const q of ['гарантії папері', 'IN WRITING security', 'ГАРАНТІЇ']) {
      const res = await api.call<{ items: Pledge[] }>('GET', `/api/pledges?q=${encodeURIComponent(q)}&limit=200`);
      expect(
        res.body.items.map((p) => p.id),
        q,
      ).toContain(created.id);
    }
  });

  it('refuses a translation in the title’s own language, naming it, and stores nothing', async () => {
    const before = (await api.call<{ total: number }>('GET', '/api/pledges?limit=1')).body.total;
    const res = await api.call<{ error: { code: string; issues: { path: string; message: string }[] } }>(
      'POST',
      '/api/pledges',
      { body: { ...body, titleTranslations: { uk: 'Та сама мова' } } },
    );
    expect(res.status).toBe(400);
    expect(res.body.error.issues).toEqual([
      {
        path: 'titleTranslations.uk',
        message:
          "The title itself is in Ukrainian: give its translation in another language, or change the title's language",
      },
    ]);
    expect((await api.call<{ total: number }>('GET', '/api/pledges?limit=1')).body.total).toBe(before);
    const unknown = await api.call('POST', '/api/pledges', { body: { ...body, titleTranslations: { de: 'Nein' } } });
    expect(unknown.status).toBe(400);
    const language = await api.call('POST', '/api/pledges', { body: { ...body, titleLanguage: 'de' } });
    expect(language.status).toBe(400);
  });

  it('is added, changed and cleared by a PATCH, each change in the history, and set back by a revert', async () => {
    const seeded = (await api.call<Pledge>('GET', '/api/pledges/security-guarantees-in-writing')).body;
    expect(seeded.titleLanguage).toBe('en');
    const created = (await api.call<Pledge>('POST', '/api/pledges', { body: { ...body, titleTranslations: {} } })).body;
    expect(created.titleTranslations).toEqual({});
    const patch = (version: number, change: Record<string, unknown>) =>
      api.call<Pledge>('PATCH', `/api/pledges/${created.id}`, {
        body: change,
        headers: { 'If-Match': `"${version}"` },
      });
    const added = await patch(1, { titleTranslations: { en: 'Guarantees on paper' } });
    expect(added.status, JSON.stringify(added.body)).toBe(200);
    expect(added.body.titleTranslations).toEqual({ en: 'Guarantees on paper' });
    // Switching the title's language with the translation still in it is refused.
    const clash = await patch(2, { titleLanguage: 'en' });
    expect(clash.status).toBe(400);
    // An empty translation is none.
    const cleared = await patch(2, { titleTranslations: { en: '   ' } });
    expect(cleared.body.titleTranslations).toEqual({});
    const history = (await api.call<{ items: HistoryEvent[] }>('GET', `/api/pledges/${created.id}/history`)).body.items;
    const changes = history.flatMap((e) => e.changes.filter((c) => c.field === 'titleTranslations'));
    expect(changes).toEqual(
      expect.arrayContaining([
        { field: 'titleTranslations', from: {}, to: { en: 'Guarantees on paper' } },
        { field: 'titleTranslations', from: { en: 'Guarantees on paper' }, to: {} },
      ]),
    );
    const reverted = await api.call<Pledge>('POST', `/api/pledges/${created.id}/revert`, {
      body: { toVersion: 2 },
      headers: { 'If-Match': '"3"' },
    });
    expect(reverted.status, JSON.stringify(reverted.body)).toBe(200);
    expect(reverted.body.titleTranslations).toEqual({ en: 'Guarantees on paper' });
  });
});

describe('newPledgeId', () => {
  it('makes readable ids from English and Ukrainian titles alike', () => {
    expect(newPledgeId('Put the guarantees in writing')).toMatch(/^put-the-guarantees-in-writing-[a-z0-9]{6}$/);
    expect(newPledgeId('Зустрітися з Путіним віч-на-віч')).toMatch(/^zustritysia-z-putinym-vich-na-vich-[a-z0-9]{6}$/);
    expect(newPledgeId('「约定」')).toMatch(/^pledge-[a-z0-9]{6}$/);
  });
});
