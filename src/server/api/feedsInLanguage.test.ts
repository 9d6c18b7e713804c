// Feeds and exports in the reader's language (`?lang=uk`), read back with the same independent
// parsers as feeds.test.ts: the words change, the data, the UIDs and the structure do not.
import ICAL from 'ical.js';
import { XMLParser } from 'fast-xml-parser';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pledge } from '@shared/contract';
import { openTestApi, type TestApi } from '../testing/apiHarness';

const ORIGIN = 'http://pledges.example:8080';
const GUARANTEES = 'security-guarantees-in-writing';

async function get(api: TestApi, path: string) {
  const res = await api.app.request(`${ORIGIN}${path}`);
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, text };
}

function calendar(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  return {
    name: String(component.getFirstPropertyValue('x-wr-calname')),
    events: component.getAllSubcomponents('vevent').map((v) => {
      const event = new ICAL.Event(v);
      return {
        uid: event.uid,
        summary: event.summary,
        description: event.description,
        url: String(v.getFirstPropertyValue('url')),
      };
    }),
  };
}

describe('feeds in Ukrainian', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await openTestApi();
  });
  afterAll(() => api.close());

  it('gives the calendar in Ukrainian: its name, each event’s state, deadline and verdict, links that open in Ukrainian', async () => {
    const [en, uk] = await Promise.all([
      get(api, '/api/pledges.ics?state=overdue'),
      get(api, '/api/pledges.ics?state=overdue&lang=uk'),
    ]);
    expect(uk.status).toBe(200);
    const english = calendar(en.text);
    const ukrainian = calendar(uk.text);
    expect(english.name).toBe('Pledges: overdue');
    expect(ukrainian.name).toBe('Обіцянки: прострочена');
    // The same events, under the same UIDs: a calendar subscribed in either language keeps them.
    expect(ukrainian.events.map((e) => e.uid)).toEqual(english.events.map((e) => e.uid));
    const event = ukrainian.events.find((e) => e.uid === `${GUARANTEES}@pledge-tracker.invalid`)!;
    // The title and the parties in Ukrainian where they have Ukrainian versions.
    expect(english.events.find((e) => e.uid === event.uid)!.summary).toBe(
      'Put the security guarantees for Ukraine in writing (Overdue)',
    );
    expect(event.summary).toBe('Закріпити гарантії безпеки для України на папері (Прострочена)');
    expect(event.description).toContain('Пообіцяли: США, Європейські союзники; кому: Україна');
    expect(event.description).toContain('Строк: до 25–28 серп. 2025 («within the next week to ten days»)');
    expect(event.description).toContain('Стан строку: Прострочена (прострочена на 4 дні)');
    expect(event.description).toContain('Вердикт: Відкрита');
    expect(event.url).toBe(`${ORIGIN}/pledges/${GUARANTEES}?lang=uk`);
  });

  it('names a party’s calendar and feed by the party’s name in their language, not its id', async () => {
    const [en, uk] = await Promise.all([
      get(api, '/api/pledges.ics?party=united-states'),
      get(api, '/api/pledges.ics?party=united-states&role=pledger&lang=uk'),
    ]);
    expect(calendar(en.text).name).toBe('Pledges: party United States');
    expect(calendar(uk.text).name).toBe('Обіцянки: сторона: США (хто обіцяє)');
    const atom = await get(api, '/api/pledges.atom?party=ukraine&lang=uk');
    expect(new XMLParser().parse(atom.text).feed.title).toBe('Зміни · Обіцянки: сторона: Україна · Трекер обіцянок');
    // A party that does not exist is named by the id the link gave.
    expect(calendar((await get(api, '/api/pledges.ics?party=atlantis')).text).name).toBe('Pledges: party atlantis');
  });

  it('gives the Atom feed in Ukrainian, marked xml:lang="uk", its links in Ukrainian', async () => {
    const res = await get(api, '/api/pledges.atom?lang=uk');
    expect(res.status).toBe(200);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(res.text).feed;
    expect(feed['@_xml:lang']).toBe('uk');
    expect(feed.title).toBe('Зміни · Обіцянки · Трекер обіцянок');
    const links = [feed.link].flat().map((l: Record<string, string>) => l['@_href']);
    expect(links).toContain(`${ORIGIN}/api/pledges.atom?lang=uk`);
    expect(links).toContain(`${ORIGIN}/?lang=uk`);
    const entries = [new XMLParser().parse(res.text).feed.entry].flat() as { title: string }[];
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.some((e) => e.title.startsWith('Нова обіцянка: '))).toBe(true);
  });

  it('names changes in Ukrainian: a verdict and a moved deadline', async () => {
    const created = await api.call<Pledge>('POST', '/api/pledges', {
      body: {
        title: 'Deliver the air-defence systems',
        quote: '',
        pledgers: ['united-states'],
        beneficiaries: ['ukraine'],
        announcedOn: '2025-08-20',
        timeZone: 'Europe/Kyiv',
        deadline: { latest: '2025-10-01', text: 'by October' },
        tags: ['air-defence'],
      },
      headers: { 'X-Actor': 'Ana Reporter' },
    });
    expect(created.status).toBe(201);
    const moved = await api.call<Pledge>('PATCH', `/api/pledges/${created.body.id}`, {
      body: { deadline: { latest: '2025-11-15', text: 'by mid-November' } },
      headers: { 'If-Match': `"${created.body.version}"`, 'X-Actor': 'Ben Editor' },
    });
    expect(moved.status).toBe(200);
    const res = await get(api, '/api/pledges.atom?tag=air-defence&lang=uk');
    const entries = [new XMLParser().parse(res.text).feed.entry].flat() as { title: string; summary: string }[];
    expect(entries.map((e) => e.title)).toEqual([
      'Строк перенесено: не пізніше 1 жовт. 2025 → не пізніше 15 лист. 2025 — Deliver the air-defence systems',
      'Нова обіцянка: Deliver the air-defence systems',
    ]);
    expect(entries[1]!.summary).toBe('Ana Reporter: обіцянку «Deliver the air-defence systems» записано.');
  });

  it('gives the CSV file a Ukrainian header row and Ukrainian verdicts, with the same rows of data', async () => {
    const [en, uk] = await Promise.all([get(api, '/api/pledges.csv'), get(api, '/api/pledges.csv?lang=uk')]);
    const english = Papa.parse<Record<string, string>>(en.text.slice(1), { header: true, skipEmptyLines: true });
    const ukrainian = Papa.parse<Record<string, string>>(uk.text.slice(1), { header: true, skipEmptyLines: true });
    expect(ukrainian.meta.fields).toEqual([
      'id',
      'назва',
      'хто пообіцяв',
      'кому',
      'оголошено',
      'часовий пояс',
      'строк, найраніше',
      'строк, найпізніше',
      'строк словами',
      'стан строку',
      'вердикт',
      'дата рішення',
      'сума',
      'валюта',
      'надано',
      'теги',
      'посилання',
    ]);
    expect(ukrainian.data.map((row) => row.id)).toEqual(english.data.map((row) => row.id));
    const row = ukrainian.data.find((r) => r.id === GUARANTEES)!;
    expect(row['вердикт']).toBe('Відкрита');
    expect(row['назва']).toBe('Закріпити гарантії безпеки для України на папері');
    expect(row['хто пообіцяв']).toBe('США; Європейські союзники');
    expect(row['кому']).toBe('Україна');
    expect(english.data.find((r) => r.id === GUARANTEES)!['pledgers']).toBe('United States; European allies');
    expect(row['стан строку']).toBe('overdue');
    expect(row['посилання']).toBe(`${ORIGIN}/pledges/${GUARANTEES}?lang=uk`);
  });

  it('refuses a language it does not speak, or two, with the one error shape, naming the parameter', async () => {
    for (const query of ['lang=fr', 'lang=uk&lang=en', 'lang=']) {
      for (const feed of ['ics', 'atom', 'csv']) {
        const res = await api.call<{ error: { code: string; issues: { path: string; message: string }[] } }>(
          'GET',
          `/api/pledges.${feed}?state=overdue&${query}`,
        );
        expect(res.status, `${feed}?${query}`).toBe(400);
        expect(res.body.error.code).toBe('invalid_input');
        expect(res.body.error.issues).toEqual([{ path: 'lang', message: '"lang" must be one of en, uk, given once' }]);
      }
    }
  });

  it('answers English and Ukrainian under different validators, and each revalidates to 304', async () => {
    const [en, uk] = await Promise.all([get(api, '/api/pledges.ics'), get(api, '/api/pledges.ics?lang=uk')]);
    const tags = [en.headers.get('etag'), uk.headers.get('etag')];
    expect(tags[0]).toBeTruthy();
    expect(tags[0]).not.toBe(tags[1]);
    const again = await api.app.request(`${ORIGIN}/api/pledges.ics?lang=uk`, {
      headers: { 'If-None-Match': tags[1]! },
    });
    expect(again.status).toBe(304);
  });
});
