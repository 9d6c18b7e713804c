// GET /api/pledges.ics, .atom and .csv, read back with independent parsers (ical.js,
// fast-xml-parser, papaparse) over the real API and a SQLite store.
import ICAL from 'ical.js';
import { XMLParser } from 'fast-xml-parser';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pledge } from '@shared/contract';
import { openTestApi, type TestApi } from '../testing/apiHarness';
import { CSV_COLUMNS } from './feeds/csv';
import { foldLine } from './feeds/ical';

const ORIGIN = 'http://pledges.example:8080';
const GUARANTEES = 'security-guarantees-in-writing';

async function get(api: TestApi, path: string) {
  const res = await api.app.request(`${ORIGIN}${path}`);
  // Decoded keeping a byte order mark, which Response.text() would drop.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, text };
}

function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      startIsDate: event.startDate.isDate,
      end: event.endDate.toString(),
      url: String(v.getFirstPropertyValue('url')),
      sequence: Number(v.getFirstPropertyValue('sequence')),
    };
  });
}

const base = {
  quote: '',
  pledgers: ['united-states'],
  beneficiaries: ['ukraine'],
  announcedOn: '2025-08-20',
  timeZone: 'Europe/Kyiv',
};

async function create(api: TestApi, body: Record<string, unknown>): Promise<Pledge> {
  const res = await api.call<Pledge>('POST', '/api/pledges', {
    body: { ...base, ...body },
    headers: { 'X-Actor': 'Ana Reporter' },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

async function patch(
  api: TestApi,
  id: string,
  version: number,
  body: Record<string, unknown>,
  actor = 'Ben Editor',
): Promise<Pledge> {
  const res = await api.call<Pledge>('PATCH', `/api/pledges/${id}`, {
    body,
    headers: { 'If-Match': `"${version}"`, 'X-Actor': actor },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

function expectWellFormedIcs(text: string) {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
}

describe('GET /api/pledges.ics', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await openTestApi();
  });
  afterAll(() => api.close());

  it('gives one all-day event per deadline window, the end exclusive, with the state, verdict and an absolute link', async () => {
    const res = await get(api, '/api/pledges.ics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expectWellFormedIcs(res.text);
    // The other seeded pledges have no deadline, so no event.
    expect(events(res.text)).toEqual([
      {
        uid: `${GUARANTEES}@pledge-tracker.invalid`,
        summary: 'Put the security guarantees for Ukraine in writing (Overdue)',
        description: expect.stringContaining(`${ORIGIN}/pledges/${GUARANTEES}`),
        start: '2025-08-25',
        startIsDate: true,
        end: '2025-08-29',
        url: `${ORIGIN}/pledges/${GUARANTEES}`,
        sequence: 0,
      },
    ]);
    const [event] = events(res.text);
    expect(event!.description).toContain('Deadline: due 25–28 Aug 2025 (“within the next week to ten days”)');
    expect(event!.description).toContain('Deadline state: Overdue (overdue by 4 days)');
    expect(event!.description).toContain('Verdict: Open');
    expect(res.text).toContain('DTSTART;VALUE=DATE:20250825\r\nDTEND;VALUE=DATE:20250829\r\n');
  });

  it('escapes commas, semicolons, backslashes and newlines, and folds long lines without splitting characters', async () => {
    const title = 'Deliver; then report, at once \\ «Слава Україні» — ünïcödé '.repeat(2).trim();
    const pledge = await create(api, {
      title,
      deadline: { latest: '2025-12-31', text: 'by the end\nof the year, "at the latest"' },
    });
    const res = await get(api, '/api/pledges.ics');
    expectWellFormedIcs(res.text);
    const event = events(res.text).find((e) => e.uid === `${pledge.id}@pledge-tracker.invalid`)!;
    // A "due by" window is open from the announcement on.
    expect(event.summary).toBe(`${title} (Due)`);
    expect(event.description).toContain('(“by the end\nof the year, "at the latest"”)');
    // "Due by": the latest day only.
    expect([event.start, event.end]).toEqual(['2025-12-31', '2026-01-01']);
    expect(res.text).toContain('Deliver\\; then report\\, at once \\\\');
    expect(res.text).toMatch(/\r\n [^\r\n]/);
  });

  it('folds at 75 octets exactly', () => {
    const folded = foldLine(`SUMMARY:${'é'.repeat(100)}`);
    const lines = folded.split('\r\n');
    expect(lines.every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(`SUMMARY:${'é'.repeat(100)}`);
  });

  it('keeps each UID across requests and edits, so calendars update instead of duplicating', async () => {
    const pledge = await create(api, {
      title: 'Moving target',
      deadline: { earliest: '2025-10-01', latest: '2025-10-10', text: 'early October' },
    });
    const uidOf = async () =>
      events((await get(api, '/api/pledges.ics')).text).find((e) => e.summary.startsWith('Moving target'))!;
    const first = await uidOf();
    expect((await uidOf()).uid).toBe(first.uid);
    await patch(api, pledge.id, pledge.version, {
      deadline: { earliest: '2025-10-05', latest: '2025-10-20', text: 'mid October' },
    });
    const after = await uidOf();
    expect(after).toMatchObject({ uid: first.uid, start: '2025-10-05', end: '2025-10-21', sequence: 1 });
  });

  it("applies the view's filters, and refuses bad parameters with the list's 400", async () => {
    const overdue = events((await get(api, '/api/pledges.ics?state=overdue')).text);
    expect(overdue.map((e) => e.uid)).toEqual([`${GUARANTEES}@pledge-tracker.invalid`]);
    expect(events((await get(api, '/api/pledges.ics?verdict=fulfilled')).text)).toEqual([]);
    // The list's newer filters come for free, and name the calendar.
    const ranged = (await get(api, '/api/pledges.ics?from=2025-08-27&to=2025-08-27&tag=security-guarantees')).text;
    expect(ranged.replaceAll('\r\n ', '')).toContain(
      'X-WR-CALNAME:Pledges: tag security-guarantees · deadline 2025-08-27 to 2025-08-27',
    );
    expect(events(ranged).map((e) => e.uid)).toEqual([`${GUARANTEES}@pledge-tracker.invalid`]);
    expect(events((await get(api, '/api/pledges.ics?from=2025-09-01')).text).map((e) => e.uid)).not.toContain(
      `${GUARANTEES}@pledge-tracker.invalid`,
    );
    const bad = await get(api, '/api/pledges.ics?state=soon&colour=red&limit=10');
    expect(bad.status).toBe(400);
    const body = JSON.parse(bad.text) as { error: { code: string; issues: { path: string }[] } };
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.issues.map((i) => i.path).sort()).toEqual(['colour', 'limit', 'state']);
    const list = await api.call('GET', '/api/pledges?state=soon');
    expect(list.status).toBe(400);
    expect(JSON.parse(bad.text).error.issues.find((i: { path: string }) => i.path === 'state')).toEqual(
      (list.body as { error: { issues: unknown[] } }).error.issues[0],
    );
  });

  it('is in the OpenAPI document, with the CSV and the Atom feed', async () => {
    const doc = (
      await api.call<{ paths: Record<string, { get?: { responses: Record<string, { content?: object }> } }> }>(
        'GET',
        '/api/openapi.json',
      )
    ).body;
    expect(Object.keys(doc.paths['/api/pledges.ics']!.get!.responses['200']!.content!)).toEqual(['text/calendar']);
    expect(Object.keys(doc.paths['/api/pledges.atom']!.get!.responses['200']!.content!)).toEqual([
      'application/atom+xml',
    ]);
    expect(Object.keys(doc.paths['/api/pledges.csv']!.get!.responses['200']!.content!)).toEqual(['text/csv']);
  });
});

describe('GET /api/pledges.csv', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await openTestApi();
  });
  afterAll(() => api.close());

  function parse(text: string): Record<string, string>[] {
    expect(text.startsWith('\uFEFF')).toBe(true);
    const result = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(result.errors).toEqual([]);
    expect(result.meta.fields).toEqual([...CSV_COLUMNS]);
    return result.data;
  }

  it('is a UTF-8 attachment with a header row and CRLF line ends', async () => {
    const res = await get(api, '/api/pledges.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="pledges-2025-09-01.csv"');
    expect(res.text.replaceAll('\r\n', '')).not.toContain('\n');
    const rows = parse(res.text);
    expect(rows.map((r) => r.id)).toEqual([
      GUARANTEES,
      'ukraine-buys-us-weapons',
      'us-help-on-security',
      'zelensky-meets-putin',
    ]);
    expect(rows[0]).toMatchObject({
      title: 'Put the security guarantees for Ukraine in writing',
      'deadline earliest': '2025-08-25',
      'deadline latest': '2025-08-28',
      'deadline words': 'within the next week to ten days',
      'deadline state': 'overdue',
      verdict: 'Open',
      link: `${ORIGIN}/pledges/${GUARANTEES}`,
    });
    expect(rows[1]).toMatchObject({ amount: '90000000000', currency: 'USD', delivered: '0' });
  });

  it('neutralises cells a spreadsheet would run as formulas, and round-trips quotes, commas and newlines', async () => {
    const hostile = ['=HYPERLINK("http://x")', '+1', '-1', '@SUM(A1:A2)', '\tTabbed'];
    for (const title of hostile) await create(api, { title: `${title}`, tags: ['hostile'] });
    const awkward = 'Say "yes", then\nsay no; done';
    await create(api, { title: awkward, tags: ['hostile'] });
    const rows = parse((await get(api, '/api/pledges.csv?q=hostile&sort=announced')).text);
    const titles = rows.map((r) => r.title);
    // textSchema trims the tab away; the rest keep their first character behind an apostrophe.
    expect(titles).toEqual(expect.arrayContaining(['\'=HYPERLINK("http://x")', "'+1", "'-1", "'@SUM(A1:A2)", awkward]));
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("applies the view's filters", async () => {
    const rows = parse((await get(api, '/api/pledges.csv?state=overdue')).text);
    expect(rows.map((r) => [r.id, r['deadline state']])).toEqual([[GUARANTEES, 'overdue']]);
    expect((await get(api, '/api/pledges.csv?cursor=abc')).status).toBe(400);
  });
});

describe('GET /api/pledges.atom', () => {
  let api: TestApi;
  const xml = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    isArray: (name) => name === 'entry' || name === 'link',
  });
  type Entry = {
    id: string;
    title: { '#text': string };
    updated: string;
    author: { name: string };
    link: { '@href': string }[];
    summary: { '#text': string };
  };
  beforeAll(async () => {
    api = await openTestApi();
  });
  afterAll(() => api.close());

  async function feed(query = '') {
    const res = await get(api, `/api/pledges.atom${query}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const doc = xml.parse(res.text) as {
      feed: {
        id: string;
        title: string;
        updated: string;
        link: { '@rel': string; '@href': string }[];
        entry?: Entry[];
      };
    };
    return doc.feed;
  }

  it('lists new pledges, verdicts and moved deadlines of the view, newest first, in words', async () => {
    const seeded = await feed();
    expect(seeded.entry).toHaveLength(4);
    expect(seeded.entry![0]!.title['#text']).toMatch(/^New pledge: /);

    const kept = await create(api, {
      title: 'Ship <grain> & "oil"',
      deadline: { latest: '2025-09-30', text: 'by the end of September' },
    });
    api.setNow(Date.parse('2025-09-02T10:00:00Z'));
    await patch(api, kept.id, 1, { deadline: { latest: '2025-10-15', text: 'mid October' } }, 'Ben Editor');
    api.setNow(Date.parse('2025-09-03T10:00:00Z'));
    await patch(
      api,
      kept.id,
      2,
      {
        verdict: 'fulfilled',
        resolvedOn: '2025-09-03',
        evidence: [{ url: 'https://example.org/shipped', note: 'Shipped' }],
      },
      'Cleo Checker',
    );
    api.setNow(Date.parse('2025-09-04T10:00:00Z'));
    await patch(api, kept.id, 3, { tags: ['grain'] }, 'Dan');

    const doc = await feed();
    expect(doc.link.find((l) => l['@rel'] === 'self')!['@href']).toBe(`${ORIGIN}/api/pledges.atom`);
    expect(doc.updated).toBe('2025-09-04T10:00:00.000Z');
    const entries = doc.entry!;
    const updated = entries.map((e) => e.updated);
    expect(updated).toEqual([...updated].sort().reverse());
    expect(entries.slice(0, 4).map((e) => [e.title['#text'], e.author.name])).toEqual([
      ['Edited tags — Ship <grain> & "oil"', 'Dan'],
      ['Verdict: Open → Fulfilled — Ship <grain> & "oil"', 'Cleo Checker'],
      ['Deadline moved: due by 30 Sep 2025 → due by 15 Oct 2025 — Ship <grain> & "oil"', 'Ben Editor'],
      ['New pledge: Ship <grain> & "oil"', 'Ana Reporter'],
    ]);
    expect(entries[1]!.link[0]!['@href']).toBe(`${ORIGIN}/pledges/${kept.id}`);
    expect(entries[1]!.summary['#text']).toContain('Verdict: Open → Fulfilled');
    expect(entries[1]!.id).toBe(`tag:pledge-tracker.invalid,2025:pledges/${kept.id}/v3`);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    api.setNow(Date.parse('2025-09-01T12:00:00Z'));
  });

  it('only carries the pledges of the view', async () => {
    const doc = await feed('?state=overdue');
    expect(doc.entry!.map((e) => e.title['#text'])).toEqual([
      'New pledge: Put the security guarantees for Ukraine in writing',
    ]);
    expect(doc.link.find((l) => l['@rel'] === 'self')!['@href']).toBe(`${ORIGIN}/api/pledges.atom?state=overdue`);
    expect((await get(api, '/api/pledges.atom?verdict=maybe')).status).toBe(400);
  });
});

describe('Atom entry titles for keeping the record', () => {
  const base = { id: 1, pledgeId: 'p', at: '2025-09-01T00:00:00Z', actor: 'A', version: 3, changes: [] };
  it('say what happened: trash, restore, revert, merge', async () => {
    const { entryTitle } = await import('./feeds/atom');
    expect(entryTitle({ ...base, kind: 'deleted' }, 'T')).toBe('Put in the trash: T');
    expect(entryTitle({ ...base, kind: 'restored' }, 'T')).toBe('Restored from the trash: T');
    expect(entryTitle({ ...base, kind: 'reverted', revertedTo: 1 }, 'T')).toBe('Set back to version 1 — T');
    expect(entryTitle({ ...base, kind: 'merged', merged: { from: 'usa', into: 'united-states' } }, 'T')).toBe(
      'Parties merged: usa is now united-states — T',
    );
  });
});
