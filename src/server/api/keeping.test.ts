// Keeping the record through the API: editing every field, deliveries and progress, slips, the
// trash, reverting, and the parties' record, renames and merges. Every refusal leaves the data
// exactly as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  errorBodySchema,
  historyResponseSchema,
  pledgeSchema,
  type ErrorBody,
  type HistoryEvent,
  type Pledge,
  type PledgePage,
} from '@shared/contract';
import { apiSnapshot } from '../testing/apiSnapshot';
import { openTestApi, type TestApi } from '../testing/apiHarness';

const GUARANTEES = '/api/pledges/security-guarantees-in-writing';
const WEAPONS = '/api/pledges/ukraine-buys-us-weapons';

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi();
});
afterAll(() => api.close());

async function get(url: string): Promise<Pledge> {
  const res = await api.call<Pledge>('GET', url);
  expect(res.status, url).toBe(200);
  return pledgeSchema.parse(res.body);
}

async function history(url: string): Promise<HistoryEvent[]> {
  return historyResponseSchema.parse((await api.call('GET', `${url}/history`)).body).items;
}

async function patch(url: string, body: unknown, version?: number) {
  const v = version ?? (await get(url)).version;
  return api.call<Pledge>('PATCH', url, { body, headers: { 'If-Match': `"${v}"`, 'X-Actor': 'Editor' } });
}

/** A refusal in the one error shape, with these issue paths, that changed nothing. */
async function refused(request: () => Promise<{ status: number; body: unknown }>, status: number, paths?: string[]) {
  const before = await apiSnapshot(api);
  const res = await request();
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  const body = errorBodySchema.parse(res.body);
  if (paths) expect((body.error.issues ?? []).map((i) => i.path)).toEqual(paths);
  expect(await apiSnapshot(api)).toBe(before);
  return body as ErrorBody;
}

async function ids(query: string): Promise<string[]> {
  const res = await api.call<PledgePage>('GET', `/api/pledges?${query}`);
  expect(res.status, query).toBe(200);
  return res.body.items.map((p) => p.id);
}

describe('editing every field', () => {
  it('changes parties, dates, zone and sources, with each old and new value in history', async () => {
    const before = await get(GUARANTEES);
    const res = await patch(GUARANTEES, {
      pledgers: ['united-states'],
      beneficiaries: ['ukraine', 'european-allies'],
      guarantors: ['emmanuel-macron'],
      announcedOn: '2025-08-19',
      timeZone: 'Europe/Kyiv',
      sources: [{ title: 'Readout', url: 'https://example.org/readout', publishedOn: '2025-08-19' }],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      pledgers: [{ id: 'united-states', name: 'United States' }],
      beneficiaries: [{ id: 'ukraine', name: 'Ukraine' }, { id: 'european-allies' }],
      guarantors: [{ id: 'emmanuel-macron', name: 'Emmanuel Macron' }],
      announcedOn: '2025-08-19',
      timeZone: 'Europe/Kyiv',
      version: before.version + 1,
    });
    const last = (await history(GUARANTEES)).at(-1)!;
    expect(last).toMatchObject({ kind: 'updated', actor: 'Editor', version: before.version + 1 });
    expect(last.changes.map((c) => c.field)).toEqual([
      'pledgers',
      'beneficiaries',
      'guarantors',
      'announcedOn',
      'timeZone',
      'sources',
    ]);
    expect(last.changes[0]).toEqual({ field: 'pledgers', from: before.pledgers, to: res.body.pledgers });
    // The party views follow.
    expect(await ids('party=emmanuel-macron&role=guarantor')).toContain('security-guarantees-in-writing');
  });

  it('refuses unknown parties, a party in two roles, bad dates, zones and links, and changes nothing', async () => {
    await refused(() => patch(GUARANTEES, { pledgers: ['nobody'], guarantors: ['ukraine'] }), 400, [
      'pledgers.0',
      'guarantors.0',
    ]);
    await refused(() => patch(GUARANTEES, { pledgers: [] }), 400, ['pledgers']);
    await refused(() => patch(GUARANTEES, { announcedOn: '2025-02-30', timeZone: 'Mars/Olympus' }), 400, [
      'announcedOn',
      'timeZone',
    ]);
    await refused(() => patch(GUARANTEES, { sources: [{ title: 'x', url: 'javascript:alert(1)' }] }), 400, [
      'sources.0.url',
    ]);
    await refused(() => patch(GUARANTEES, { announcedOn: '2025-12-01' }), 400, ['deadline.latest']);
  });

  it('adds, edits and removes evidence with its title and date, each change in history', async () => {
    const item = { url: 'https://example.org/statement', title: 'Joint statement', date: '2025-08-27', note: 'Signed' };
    const added = await patch(GUARANTEES, { evidence: [item] });
    expect(added.status).toBe(200);
    expect(added.body.evidence).toEqual([
      { ...item, noteLanguage: 'en', noteTranslations: {}, addedAt: expect.any(String) },
    ]);
    const edited = await patch(GUARANTEES, { evidence: [{ ...item, title: 'Joint statement (final)' }] });
    expect(edited.body.evidence[0]!.title).toBe('Joint statement (final)');
    const removed = await patch(GUARANTEES, { evidence: [] });
    expect(removed.body.evidence).toEqual([]);
    const evidenceEvents = (await history(GUARANTEES)).filter((e) => e.changes.some((c) => c.field === 'evidence'));
    expect(
      evidenceEvents.slice(-3).map((e) => (e.changes.find((c) => c.field === 'evidence')!.to as unknown[]).length),
    ).toEqual([1, 1, 0]);
    await refused(() => patch(GUARANTEES, { evidence: [{ ...item, date: '27 Aug' }] }), 400, ['evidence.0.date']);
  });
});

describe('deliveries and progress', () => {
  it('records deliveries with server-made ids; delivered is their sum; progress lists follow', async () => {
    const res = await patch(WEAPONS, {
      deliveries: [
        { on: '2025-08-25', value: 30e9, note: 'First tranche', url: 'https://example.org/t1' },
        { on: '2025-08-30', value: 15e9 },
      ],
    });
    expect(res.status).toBe(200);
    const [first, second] = res.body.deliveries;
    expect(first).toEqual({
      id: expect.stringMatching(/^d-[a-z0-9]+$/),
      on: '2025-08-25',
      value: 30e9,
      note: 'First tranche',
      noteLanguage: 'en',
      noteTranslations: {},
      url: 'https://example.org/t1',
    });
    expect(second!.id).not.toBe(first!.id);
    expect(res.body.amount).toEqual({ value: 90e9, currency: 'USD', delivered: 45e9 });
    expect((await history(WEAPONS)).at(-1)!.changes.map((c) => c.field)).toEqual(['amount', 'deliveries']);
    expect(await ids('progress=partial')).toEqual(['ukraine-buys-us-weapons']);
    expect(await ids('progress=none,complete')).toEqual([]);
    expect((await ids('sort=-progress'))[0]).toBe('ukraine-buys-us-weapons');
    // Pledges without an amount come last either way.
    expect((await ids('sort=progress'))[0]).toBe('ukraine-buys-us-weapons');

    // Edit one by id, remove the other, add one: the ids that stay are kept.
    const edited = await patch(WEAPONS, {
      deliveries: [
        { ...first!, value: 90e9 },
        { on: '2025-08-31', value: 1e9 },
      ],
    });
    expect(edited.status).toBe(200);
    expect(edited.body.deliveries[0]!.id).toBe(first!.id);
    expect(edited.body.amount!.delivered).toBe(91e9);
    expect(await ids('progress=complete')).toEqual(['ukraine-buys-us-weapons']);
    // Echoing the amount back as it is, delivered included, is fine.
    const echoed = await patch(WEAPONS, { amount: edited.body.amount, title: 'Ukraine buys U.S. weapons' });
    expect(echoed.status).toBe(200);
  });

  it('refuses a hand-set delivered, an unknown delivery id, deliveries without an amount, and impossible dates', async () => {
    const current = await get(WEAPONS);
    await refused(() => patch(WEAPONS, { amount: { value: 90e9, currency: 'USD', delivered: 5 } }), 400, [
      'amount.delivered',
    ]);
    await refused(() => patch(WEAPONS, { deliveries: [{ id: 'd-nosuch', on: '2025-08-25', value: 1 }] }), 400, [
      'deliveries.0.id',
    ]);
    await refused(() => patch(WEAPONS, { amount: null }), 400, ['deliveries']);
    await refused(
      () =>
        patch(WEAPONS, {
          deliveries: [
            { on: '2025-08-01', value: 1 },
            { on: '2025-09-30', value: 1 },
          ],
        }),
      400,
      ['deliveries.0.on', 'deliveries.1.on'],
    );
    await refused(
      () =>
        patch(WEAPONS, {
          deliveries: [
            { on: '2025-08-25', value: -1 },
            { on: '2025-08-25', value: 1, url: 'ftp://x' },
          ],
        }),
      400,
      ['deliveries.0.value', 'deliveries.1.url'],
    );
    await refused(() => patch(WEAPONS, { amount: { value: 80e9, currency: 'EUR' } }), 400, ['amount.currency']);
    const twice = current.deliveries[0]!;
    await refused(() => patch(WEAPONS, { deliveries: [twice, twice] }), 400, ['deliveries']);
    await refused(
      () =>
        api.call('POST', '/api/pledges', {
          body: {
            title: 'x',
            pledgers: ['ukraine'],
            announcedOn: '2025-08-18',
            timeZone: 'UTC',
            deliveries: [{ on: '2025-08-20', value: 1 }],
          },
        }),
      400,
      ['deliveries'],
    );
  });
});

describe('a moved deadline', () => {
  it('counts a slip when the last day moves later, keeps the original deadline, and lists sort and filter by it', async () => {
    const id = 'us-help-on-security';
    const url = `/api/pledges/${id}`;
    const first = await patch(url, { deadline: { latest: '2025-09-10', text: 'by 10 September' } });
    expect(first.body).toMatchObject({ deadlineSlips: 0, originalDeadline: null });
    const later = await patch(url, { deadline: { latest: '2025-09-20', text: 'by 20 September' } });
    expect(later.body.deadlineSlips).toBe(1);
    const earlier = await patch(url, { deadline: { latest: '2025-09-15', text: 'by 15 September' } });
    expect(earlier.body.deadlineSlips).toBe(1);
    const again = await patch(url, { deadline: { latest: '2025-10-01', text: 'by October' } });
    expect(again.body).toMatchObject({ deadlineSlips: 2, originalDeadline: null });
    expect((await history(url)).at(-1)!.changes).toEqual([
      {
        field: 'deadline',
        from: { latest: '2025-09-15', text: 'by 15 September' },
        to: { latest: '2025-10-01', text: 'by October' },
      },
      { field: 'deadlineSlips', from: 1, to: 2 },
    ]);
    expect(await ids('slipped=true')).toContain(id);
    expect(await ids('slipped=false')).not.toContain(id);
    expect((await ids('sort=-slips'))[0]).toBe(id);
    // Clients cannot set what the server keeps.
    await refused(() => patch(url, { deadlineSlips: 0 }), 400, ['deadlineSlips']);
    await refused(() => patch(url, { originalDeadline: null, deletedAt: null }), 400, [
      'originalDeadline',
      'deletedAt',
    ]);
  });
});

describe('the trash', () => {
  const url = '/api/pledges/zelensky-meets-putin';

  it('needs If-Match, refuses a stale one with the current ETag, and changes nothing', async () => {
    const current = await get(url);
    await refused(() => api.call('DELETE', url), 428);
    const stale = await refused(() => api.call('DELETE', url, { headers: { 'If-Match': '"99"' } }), 412);
    expect(stale.error.code).toBe('precondition_failed');
    const res = await api.call('DELETE', url, { headers: { 'If-Match': '"99"' } });
    expect(res.headers.get('ETag')).toBe(`"${current.version}"`);
    await refused(() => api.call('DELETE', url, { headers: { 'If-Match': 'W/"abc"' } }), 412);
    await refused(() => api.call('DELETE', '/api/pledges/nothing-here', { headers: { 'If-Match': '"1"' } }), 404);
    await refused(() => api.call('POST', `${url}/restore`, { headers: { 'If-Match': `"${current.version}"` } }), 400);
  });

  it('deletes softly: 410 on read, out of every list, feed and as-of view, in the trash, history kept; restores it', async () => {
    const current = await get(url);
    const totalBefore = (await api.call<PledgePage>('GET', '/api/pledges')).body.total;
    const deleted = await api.call<Pledge>('DELETE', url, {
      headers: { 'If-Match': `"${current.version}"`, 'X-Actor': 'Editor' },
    });
    expect(deleted.status).toBe(200);
    expect(deleted.body.deletedAt).toEqual(expect.any(String));
    expect(deleted.headers.get('ETag')).toBe(`"${current.version + 1}"`);

    const read = await api.call<ErrorBody>('GET', url);
    expect(read.status).toBe(410);
    expect(errorBodySchema.parse(read.body).error.code).toBe('gone');
    expect((await api.call<PledgePage>('GET', '/api/pledges')).body.total).toBe(totalBefore - 1);
    for (const query of ['', 'party=volodymyr-zelensky', 'q=putin', 'asOf=2025-08-20', 'sort=-slips', 'verdict=open'])
      expect(await ids(query), query).not.toContain('zelensky-meets-putin');
    for (const feed of ['/api/pledges.csv', '/api/pledges.ics', '/api/pledges.atom']) {
      const text = await (await api.app.request(feed)).text();
      expect(text, feed).not.toContain('zelensky-meets-putin');
    }
    const stats = (await api.call<{ items: { id: string; record: { made: number } }[] }>('GET', '/api/parties/stats'))
      .body.items;
    expect(stats.find((p) => p.id === 'volodymyr-zelensky')!.record.made).toBe(0);
    const trash = (await api.call<{ items: Pledge[] }>('GET', '/api/trash')).body.items;
    expect(trash.map((p) => p.id)).toEqual(['zelensky-meets-putin']);
    expect((await history(url)).at(-1)).toMatchObject({
      kind: 'deleted',
      actor: 'Editor',
      changes: [{ field: 'deletedAt', from: null, to: deleted.body.deletedAt }],
    });

    // Every refusal says who moved it to the trash and when, so a refused save can say so.
    const trashed = { by: 'Editor', at: deleted.body.deletedAt };
    expect(errorBodySchema.parse(read.body).error.trashed).toEqual(trashed);
    expect((await refused(() => patch(url, { title: 'x' }, current.version + 1), 410)).error).toMatchObject({
      code: 'gone',
      message: expect.stringContaining('moved there by Editor'),
      trashed,
    });
    const again = await refused(
      () => api.call('DELETE', url, { headers: { 'If-Match': `"${current.version + 1}"` } }),
      410,
    );
    expect(again.error.trashed).toEqual(trashed);
    const revert = await refused(
      () =>
        api.call('POST', `${url}/revert`, {
          body: { toVersion: 1 },
          headers: { 'If-Match': `"${current.version + 1}"` },
        }),
      410,
    );
    expect(revert.error.trashed).toEqual(trashed);
    await refused(() => api.call('POST', `${url}/restore`, { headers: { 'If-Match': `"${current.version}"` } }), 412);

    const restored = await api.call<Pledge>('POST', `${url}/restore`, {
      headers: { 'If-Match': `"${current.version + 1}"` },
    });
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({ deletedAt: null, version: current.version + 2 });
    expect(await get(url)).toEqual(restored.body);
    expect(await ids('party=volodymyr-zelensky')).toContain('zelensky-meets-putin');
    expect((await api.call<{ items: Pledge[] }>('GET', '/api/trash')).body.items).toEqual([]);
    expect((await history(url)).slice(-2).map((e) => e.kind)).toEqual(['deleted', 'restored']);
  });
});

describe('reverting', () => {
  it('sets the fields back to an earlier version as a new version with a "reverted" event', async () => {
    const url = '/api/pledges/us-help-on-security';
    const current = await get(url);
    const v1 = (await history(url))[0]!;
    expect(v1.version).toBe(1);
    const res = await api.call<Pledge>('POST', `${url}/revert`, {
      body: { toVersion: 2 },
      headers: { 'If-Match': `"${current.version}"`, 'X-Actor': 'Editor' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      version: current.version + 1,
      deadline: { latest: '2025-09-10', text: 'by 10 September' },
      deadlineSlips: current.deadlineSlips,
    });
    const last = (await history(url)).at(-1)!;
    expect(last).toMatchObject({ kind: 'reverted', revertedTo: 2, version: current.version + 1 });
    expect(last.changes.map((c) => c.field)).toEqual(['deadline']);
    // Back to the start: the original deadline too is the first one.
    const start = await api.call<Pledge>('POST', `${url}/revert`, {
      body: { toVersion: 1 },
      headers: { 'If-Match': `"${current.version + 1}"` },
    });
    expect(start.body).toMatchObject({ deadline: null, originalDeadline: null });
    // Forward again to a later deadline: a slip.
    const forward = await api.call<Pledge>('POST', `${url}/revert`, {
      body: { toVersion: current.version },
      headers: { 'If-Match': `"${current.version + 2}"` },
    });
    expect(forward.body).toMatchObject({ deadline: { latest: '2025-10-01' }, deadlineSlips: current.deadlineSlips });
  });

  it('refuses a version that is not an earlier one, a stale If-Match, and bad bodies', async () => {
    const url = '/api/pledges/us-help-on-security';
    const { version } = await get(url);
    const headers = { 'If-Match': `"${version}"` };
    await refused(() => api.call('POST', `${url}/revert`, { body: { toVersion: version }, headers }), 400, [
      'toVersion',
    ]);
    await refused(() => api.call('POST', `${url}/revert`, { body: { toVersion: 0 }, headers }), 400, ['toVersion']);
    await refused(() => api.call('POST', `${url}/revert`, { body: { toVersion: '1' }, headers }), 400, ['toVersion']);
    await refused(() => api.call('POST', `${url}/revert`, { body: { toVersion: 1, also: true }, headers }), 400, [
      'also',
    ]);
    await refused(
      () => api.call('POST', `${url}/revert`, { body: { toVersion: 1 }, headers: { 'If-Match': `"${version - 1}"` } }),
      412,
    );
    await refused(() => api.call('POST', `${url}/revert`, { body: { toVersion: 1 } }), 428);
    await refused(
      () =>
        api.call('POST', `${url}/revert`, {
          rawBody: 'toVersion=1',
          headers: { ...headers, 'Content-Type': 'application/x-www-form-urlencoded' },
        }),
      415,
    );
  });
});

describe('parties', () => {
  it("gives each party's record: made, received, guaranteed, kept, broken, on time, late", async () => {
    const verdict = await patch('/api/pledges/zelensky-meets-putin', {
      verdict: 'broken',
      resolvedOn: '2025-08-30',
      evidence: [{ url: 'https://example.org/no-meeting' }],
    });
    expect(verdict.status).toBe(200);
    const stats = (
      await api.call<{ items: { id: string; name: string; record: Record<string, number> }[] }>(
        'GET',
        '/api/parties/stats',
      )
    ).body.items;
    expect(stats.find((p) => p.id === 'volodymyr-zelensky')!.record).toEqual({
      made: 1,
      received: 0,
      guaranteed: 0,
      kept: 0,
      broken: 1,
      onTime: 0,
      late: 0,
    });
    expect(stats.find((p) => p.id === 'vladimir-putin')!.record).toMatchObject({ made: 0, received: 1 });
    expect(stats.find((p) => p.id === 'emmanuel-macron')!.record).toMatchObject({ guaranteed: 1 });
    expect(stats.map((p) => p.name)).toEqual([...stats.map((p) => p.name)].sort());
    // What each pledged and delivered, one total per currency.
    const amounts = (await api.call<{ items: { id: string; amounts: unknown[] }[] }>('GET', '/api/parties/stats')).body
      .items;
    expect(amounts.find((p) => p.id === 'ukraine')!.amounts).toEqual([
      { currency: 'USD', pledged: 90e9, delivered: 91e9 },
    ]);
    expect(amounts.find((p) => p.id === 'russia')!.amounts).toEqual([]);
  });

  it('renames a party everywhere it is named, and refuses what is not a rename', async () => {
    const res = await api.call('PATCH', '/api/parties/emmanuel-macron', {
      body: { name: 'President Macron', aliases: ['Macron', 'Emmanuel Macron'] },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: 'emmanuel-macron',
      name: 'President Macron',
      kind: 'person',
      aliases: ['Macron', 'Emmanuel Macron'],
    });
    // A new English name leaves the Ukrainian one as it was.
    expect((await get(GUARANTEES)).guarantors).toEqual([
      { id: 'emmanuel-macron', name: 'President Macron', nameTranslations: { uk: 'Емманюель Макрон' } },
    ]);
    await refused(() => api.call('PATCH', '/api/parties/nobody-here', { body: { name: 'X' } }), 404);
    await refused(() => api.call('PATCH', '/api/parties/emmanuel-macron', { body: {} }), 400, ['']);
    await refused(
      () => api.call('PATCH', '/api/parties/emmanuel-macron', { body: { name: '', kind: 'planet', id: 'x' } }),
      400,
    );
    await refused(() => api.call('PATCH', '/api/parties/emmanuel-macron', { body: { aliases: ['a', 'A'] } }), 400, [
      'aliases',
    ]);
    await refused(() => api.call('PATCH', '/api/parties/Not A Slug', { body: { name: 'X' } }), 404);
  });

  it('merges a duplicate: every reference moved, its names kept as aliases, a "merged" event on each pledge, the party gone', async () => {
    const dup = await api.call('POST', '/api/parties', {
      body: { name: 'USA (duplicate)', id: 'usa', kind: 'state', aliases: ['the States'] },
    });
    expect(dup.status).toBe(201);
    const created = await api.call<Pledge>('POST', '/api/pledges', {
      body: {
        title: 'Send more aid',
        pledgers: ['usa'],
        beneficiaries: ['ukraine'],
        guarantors: ['united-states'],
        announcedOn: '2025-08-20',
        timeZone: 'UTC',
      },
    });
    expect(created.status).toBe(201);
    const url = `/api/pledges/${created.body.id}`;
    await refused(() => api.call('POST', '/api/parties/usa/merge', { body: { into: 'usa' } }), 400, ['into']);
    await refused(() => api.call('POST', '/api/parties/usa/merge', { body: { into: 'nobody' } }), 400, ['into']);
    await refused(() => api.call('POST', '/api/parties/nobody/merge', { body: { into: 'usa' } }), 404);
    await refused(() => api.call('POST', '/api/parties/usa/merge', { body: { to: 'united-states' } }), 400);

    const res = await api.call<{ party: { aliases: string[] }; pledges: string[] }>('POST', '/api/parties/usa/merge', {
      body: { into: 'united-states' },
      headers: { 'X-Actor': 'Editor' },
    });
    expect(res.status).toBe(200);
    expect(res.body.pledges).toEqual([created.body.id]);
    expect(res.body.party.aliases).toEqual(expect.arrayContaining(['USA (duplicate)', 'the States', 'U.S.']));
    const merged = await get(url);
    // Named twice now: it keeps the first role.
    expect(merged).toMatchObject({
      pledgers: [{ id: 'united-states', name: 'United States' }],
      guarantors: [],
      version: 2,
    });
    expect((await history(url)).at(-1)).toMatchObject({
      kind: 'merged',
      actor: 'Editor',
      merged: { from: 'usa', into: 'united-states' },
    });
    const parties = (await api.call<{ items: { id: string }[] }>('GET', '/api/parties')).body.items;
    expect(parties.map((p) => p.id)).not.toContain('usa');
    expect(await ids('party=united-states&role=pledger')).toContain(created.body.id);
    expect(await ids('party=usa')).toEqual([]);
    // A version naming the merged party cannot come back.
    await refused(
      () => api.call('POST', `${url}/revert`, { body: { toVersion: 1 }, headers: { 'If-Match': '"2"' } }),
      400,
      ['toVersion'],
    );
  });
});
