// POST and PATCH: validation, the ETag / If-Match flow, history written with the change, and
// requests that are refused leaving everything as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  historyResponseSchema,
  pledgeSchema,
  versionFromIfMatch,
  type ErrorBody,
  type HistoryEvent,
  type Pledge,
} from '@shared/contract';
import { openTestApi, TEST_NOW, type TestApi } from '../testing/apiHarness';

const ID = 'security-guarantees-in-writing';
const URL_ = `/api/pledges/${ID}`;
const JSON_TYPE = { 'Content-Type': 'application/json' };

const newPledge = {
  title: 'Deliver air defence systems',
  quote: 'We will deliver them this autumn',
  pledgers: ['united-states'],
  beneficiaries: ['ukraine'],
  announcedOn: '2025-08-20',
  timeZone: 'Europe/Kyiv',
  deadline: { latest: '2025-11-30', text: 'this autumn' },
  tags: ['air-defence'],
  sources: [{ title: 'Press briefing', url: 'https://example.org/briefing', publishedOn: '2025-08-20' }],
};

const fulfilled = {
  verdict: 'fulfilled',
  resolvedOn: '2025-08-27',
  evidence: [{ url: 'https://example.org/signed', note: 'The text was signed' }],
};

function issuePaths(body: unknown): string[] {
  return ((body as ErrorBody).error.issues ?? []).map((i) => i.path);
}

describe('POST /api/pledges', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await openTestApi();
  });
  afterAll(() => api.close());

  it('reads a percent-encoded X-Actor, so names in any script reach the history', async () => {
    const res = await api.call<Pledge>('POST', '/api/pledges', {
      body: newPledge,
      headers: { 'X-Actor': encodeURIComponent('Олена Коваль') },
    });
    expect(res.status).toBe(201);
    const history = await api.call<{ items: { actor: string }[] }>(
      'GET',
      `/api/pledges/${(res.body as Pledge).id}/history`,
    );
    expect(history.body.items[0]!.actor).toBe('Олена Коваль');
  });

  it('creates an open pledge: 201, Location, ETag, and a "created" event by the actor', async () => {
    const res = await api.call<Pledge>('POST', '/api/pledges', {
      body: newPledge,
      headers: { 'X-Actor': '  Olena K.  ' },
    });
    expect(res.status).toBe(201);
    const pledge = pledgeSchema.parse(res.body);
    expect(pledge).toMatchObject({
      title: newPledge.title,
      pledgers: [{ id: 'united-states', name: 'United States' }],
      beneficiaries: [{ id: 'ukraine', name: 'Ukraine' }],
      guarantors: [],
      verdict: 'open',
      resolvedOn: null,
      evidence: [],
      amount: null,
      version: 1,
      createdAt: new Date(TEST_NOW).toISOString(),
      deadlineState: 'due',
    });
    expect(pledge.id).toMatch(/^deliver-air-defence-systems-[a-z0-9]{6}$/);
    expect(res.headers.get('Location')).toBe(`/api/pledges/${pledge.id}`);
    expect(res.headers.get('ETag')).toBe('"1"');
    expect((await api.call('GET', res.headers.get('Location')!)).body).toEqual(pledge);
    const history = await api.call<{ items: HistoryEvent[] }>('GET', `/api/pledges/${pledge.id}/history`);
    expect(history.body.items).toMatchObject([{ kind: 'created', version: 1, actor: 'Olena K.', changes: [] }]);
  });

  it('records the signed-in editor as the actor', async () => {
    const res = await api.call<Pledge>('POST', '/api/pledges', { body: { ...newPledge, title: 'Another one' } });
    const history = await api.call<{ items: HistoryEvent[] }>('GET', `/api/pledges/${res.body.id}/history`);
    expect(history.body.items[0]!.actor).toBe('Test editor');
  });

  it('refuses invalid pledges field by field, and creates nothing', async () => {
    const before = (await api.call<{ total: number }>('GET', '/api/pledges')).body.total;
    const cases: [unknown, string[]][] = [
      [{ ...newPledge, title: '' }, ['title']],
      [{ ...newPledge, title: 'x'.repeat(201) }, ['title']],
      [{ ...newPledge, colour: 'red' }, ['colour']],
      [{ ...newPledge, announcedOn: '2025-02-30' }, ['announcedOn']],
      [{ ...newPledge, timeZone: 'Mars/Olympus' }, ['timeZone']],
      [{ ...newPledge, deadline: { earliest: '2025-12-01', latest: '2025-11-30', text: 'x' } }, ['deadline.earliest']],
      [{ ...newPledge, deadline: { latest: '2025-08-01', text: 'before it was said' } }, ['deadline.latest']],
      [{ ...newPledge, sources: [{ title: 'Bad link', url: 'javascript:alert(1)' }] }, ['sources.0.url']],
      [{ ...newPledge, pledgers: [] }, ['pledgers']],
      [{ ...newPledge, pledgers: ['atlantis'] }, ['pledgers.0']],
      [{ ...newPledge, beneficiaries: ['united-states'] }, ['beneficiaries.0']],
      [{ ...newPledge, verdict: 'fulfilled' }, ['verdict']],
      [[], ['']],
    ];
    for (const [body, paths] of cases) {
      const res = await api.call('POST', '/api/pledges', { body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((res.body as ErrorBody).error.code).toBe('invalid_input');
      expect(issuePaths(res.body), JSON.stringify(body)).toEqual(paths);
    }
    expect((await api.call<{ total: number }>('GET', '/api/pledges')).body.total).toBe(before);
  });

  it('answers 415 to a body that is not JSON, 400 to broken JSON, 413 to one over 64 KB', async () => {
    const text = await api.call('POST', '/api/pledges', {
      rawBody: JSON.stringify(newPledge),
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(text).toMatchObject({ status: 415, body: { error: { code: 'unsupported_media_type' } } });
    const form = await api.call('POST', '/api/pledges', {
      rawBody: 'title=x',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status).toBe(415);
    const untyped = await api.call('POST', '/api/pledges', { rawBody: JSON.stringify(newPledge) });
    expect(untyped.status).toBe(415);
    const broken = await api.call('POST', '/api/pledges', { rawBody: '{"title": ', headers: JSON_TYPE });
    expect(broken).toMatchObject({ status: 400, body: { error: { code: 'invalid_input' } } });
    const empty = await api.call('POST', '/api/pledges', { rawBody: '', headers: JSON_TYPE });
    expect(empty.status).toBe(400);
    const huge = await api.call('POST', '/api/pledges', { body: { ...newPledge, quote: 'x'.repeat(70_000) } });
    expect(huge).toMatchObject({ status: 413, body: { error: { code: 'payload_too_large' } } });
  });
});

describe('PATCH /api/pledges/:id', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await openTestApi();
  });
  afterAll(() => api.close());

  const patch = (body: unknown, headers: Record<string, string> = {}, url = URL_) =>
    api.call<Pledge>('PATCH', url, { body, headers });
  const snapshot = async () => ({
    pledge: (await api.call('GET', URL_)).body,
    history: (await api.call('GET', `${URL_}/history`)).body,
  });

  it('gives each pledge an ETag that names its version, which If-Match takes back', async () => {
    const res = await api.call<Pledge>('GET', URL_);
    expect(res.headers.get('ETag')).toMatch(/^"1\/[0-9a-z]+"$/);
    expect(versionFromIfMatch(res.headers.get('ETag'))).toBe(1);
    expect(res.body.version).toBe(1);
  });

  it('requires If-Match (428), and refuses one that names no version (412)', async () => {
    const before = await snapshot();
    expect(await patch(fulfilled)).toMatchObject({ status: 428, body: { error: { code: 'precondition_required' } } });
    expect((await patch(fulfilled, { 'If-Match': '*' })).status).toBe(428);
    expect(await patch(fulfilled, { 'If-Match': 'version one' })).toMatchObject({
      status: 412,
      body: { error: { code: 'precondition_failed' } },
    });
    expect(await snapshot()).toEqual(before);
  });

  it('answers 404 for a pledge that does not exist', async () => {
    expect(await patch(fulfilled, { 'If-Match': '"1"' }, '/api/pledges/no-such-pledge')).toMatchObject({
      status: 404,
      body: { error: { code: 'not_found' } },
    });
  });

  it('refuses invalid changes field by field, leaving the pledge and its history as they were', async () => {
    const before = await snapshot();
    const cases: [unknown, string[]][] = [
      [{}, ['']],
      [{ colour: 'red' }, ['colour']],
      [{ version: 9 }, ['version']],
      [{ title: '' }, ['title']],
      [{ verdict: 'kept' }, ['verdict']],
      [{ verdict: 'fulfilled' }, ['resolvedOn', 'evidence']],
      [{ ...fulfilled, resolvedOn: '2025-08-10' }, ['resolvedOn']],
      [{ ...fulfilled, resolvedOn: '2025-09-02' }, ['resolvedOn']],
      [{ ...fulfilled, evidence: [{ url: 'ftp://example.org/x', note: '' }] }, ['evidence.0.url']],
      [
        { ...fulfilled, evidence: [{ url: 'https://example.org', note: '', addedAt: '2025-01-01T00:00:00Z' }] },
        ['evidence.0.addedAt'],
      ],
      [{ resolvedOn: '2025-08-27' }, ['resolvedOn']],
      [{ deadline: { earliest: '2025-08-30', latest: '2025-08-28', text: 'x' } }, ['deadline.earliest']],
    ];
    for (const [body, paths] of cases) {
      const res = await patch(body, { 'If-Match': '"1"' });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(issuePaths(res.body), JSON.stringify(body)).toEqual(paths);
    }
    expect(
      (
        await api.call('PATCH', URL_, {
          rawBody: 'verdict=fulfilled',
          headers: { 'If-Match': '"1"', 'Content-Type': 'text/plain' },
        })
      ).status,
    ).toBe(415);
    expect((await api.call('PATCH', URL_, { rawBody: '{', headers: { 'If-Match': '"1"', ...JSON_TYPE } })).status).toBe(
      400,
    );
    expect((await patch({ quote: 'x'.repeat(70_000) }, { 'If-Match': '"1"' })).status).toBe(413);
    expect(await snapshot()).toEqual(before);
  });

  it('marks a verdict: new version and ETag, the derived state follows, history records who changed what', async () => {
    const res = await patch(fulfilled, { 'If-Match': '"1"', 'X-Actor': 'Desk editor' });
    expect(res.status).toBe(200);
    expect(res.headers.get('ETag')).toBe('"2"');
    expect(pledgeSchema.parse(res.body)).toMatchObject({
      version: 2,
      verdict: 'fulfilled',
      resolvedOn: '2025-08-27',
      deadlineState: 'met',
      updatedAt: new Date(TEST_NOW).toISOString(),
      evidence: [
        { url: 'https://example.org/signed', note: 'The text was signed', addedAt: new Date(TEST_NOW).toISOString() },
      ],
    });
    expect((await api.call('GET', URL_)).body).toEqual(res.body);
    const history = historyResponseSchema.parse((await api.call('GET', `${URL_}/history`)).body).items;
    expect(history.map((e) => [e.kind, e.version, e.actor])).toEqual([
      ['created', 1, 'Seed'],
      ['updated', 2, 'Desk editor'],
    ]);
    expect(history[1]!.changes.map((c) => c.field)).toEqual(['verdict', 'resolvedOn', 'evidence']);
    expect(history[1]!.changes[0]).toEqual({ field: 'verdict', from: 'open', to: 'fulfilled' });
  });

  it('answers 412 to a change made against an old version, and changes nothing', async () => {
    const before = await snapshot();
    const res = await patch({ title: 'Overwritten' }, { 'If-Match': '"1"' });
    expect(res).toMatchObject({ status: 412, body: { error: { code: 'precondition_failed' } } });
    expect(res.headers.get('ETag')).toBe('"2"');
    expect(await snapshot()).toEqual(before);
  });

  it('lets only one of two simultaneous changes from the same version through', async () => {
    const [a, b] = await Promise.all([
      patch({ title: 'First writer' }, { 'If-Match': '"2"' }),
      patch({ title: 'Second writer' }, { 'If-Match': '"2"' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 412]);
    const history = (await api.call<{ items: HistoryEvent[] }>('GET', `${URL_}/history`)).body.items;
    expect(history.map((e) => e.version)).toEqual([1, 2, 3]);
  });

  it('answers a change that changes nothing with the pledge as it is: no new version, no event', async () => {
    const current = (await api.call<Pledge>('GET', URL_)).body;
    const res = await patch({ title: current.title, verdict: current.verdict }, { 'If-Match': `"${current.version}"` });
    expect(res.status).toBe(200);
    expect(res.headers.get('ETag')).toBe(`"${current.version}"`);
    expect(res.body).toEqual(current);
    expect((await api.call<{ items: HistoryEvent[] }>('GET', `${URL_}/history`)).body.items).toHaveLength(
      current.version,
    );
  });

  it('keeps the date of evidence it already had, stamps new evidence now', async () => {
    const current = (await api.call<Pledge>('GET', URL_)).body;
    const firstAddedAt = current.evidence[0]!.addedAt;
    api.setNow(TEST_NOW + 3_600_000);
    const res = await patch(
      {
        evidence: [
          { url: 'https://example.org/signed', note: 'The text was signed', title: 'Now with a title' },
          { url: 'https://example.org/second', note: 'A second source' },
        ],
      },
      { 'If-Match': `"${current.version}"` },
    );
    api.setNow(TEST_NOW);
    expect(res.status).toBe(200);
    expect(res.body.evidence).toEqual([
      {
        url: 'https://example.org/signed',
        note: 'The text was signed',
        title: 'Now with a title',
        noteLanguage: 'en',
        noteTranslations: {},
        addedAt: firstAddedAt,
      },
      {
        url: 'https://example.org/second',
        note: 'A second source',
        noteLanguage: 'en',
        noteTranslations: {},
        addedAt: new Date(TEST_NOW + 3_600_000).toISOString(),
      },
    ]);
  });

  it('reopens a pledge, and records a moved deadline as history', async () => {
    let current = (await api.call<Pledge>('GET', URL_)).body;
    const reopened = await patch(
      { verdict: 'open', resolvedOn: null, evidence: [] },
      { 'If-Match': `"${current.version}"` },
    );
    expect(reopened.body).toMatchObject({ verdict: 'open', deadlineState: 'overdue', evidence: [] });
    current = reopened.body;
    const moved = await patch(
      { deadline: { earliest: '2025-08-25', latest: '2025-09-15', text: 'moved to mid-September' } },
      { 'If-Match': `"${current.version}"` },
    );
    expect(moved.body.deadlineState).toBe('due');
    const last = (await api.call<{ items: HistoryEvent[] }>('GET', `${URL_}/history`)).body.items.at(-1)!;
    expect(last.changes).toEqual([
      {
        field: 'deadline',
        from: { earliest: '2025-08-25', latest: '2025-08-28', text: 'within the next week to ten days' },
        to: { earliest: '2025-08-25', latest: '2025-09-15', text: 'moved to mid-September' },
      },
      // Moved later: a slip, counted by the server and kept in history with it.
      { field: 'deadlineSlips', from: 0, to: 1 },
    ]);
    expect(moved.body).toMatchObject({
      deadlineSlips: 1,
      originalDeadline: { earliest: '2025-08-25', latest: '2025-08-28', text: 'within the next week to ten days' },
    });
  });

  it('judges a verdict given after the window as late', async () => {
    const id = 'zelensky-meets-putin';
    const res = await api.call<Pledge>('PATCH', `/api/pledges/${id}`, {
      body: { deadline: { latest: '2025-08-20', text: 'within days' }, ...fulfilled, resolvedOn: '2025-08-30' },
      headers: { 'If-Match': '"1"' },
    });
    expect(res.body).toMatchObject({ deadlineState: 'late', version: 2 });
  });
});
