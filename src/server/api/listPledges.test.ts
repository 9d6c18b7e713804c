// GET /api/pledges: filters, order, paging by cursor, and the derived deadline state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_LIMIT, pledgePageSchema, type Pledge, type PledgePage } from '@shared/contract';
import { openTestApi, TEST_NOW, type TestApi } from '../testing/apiHarness';
import { generatedPledges, seedDataOf } from '../testing/generatedPledges';

describe('GET /api/pledges over the seeded summit pledges', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await openTestApi();
  });
  afterAll(() => api.close());

  it('lists them overdue first, then those without a deadline, each with its deadline state', async () => {
    const res = await api.call<PledgePage>('GET', '/api/pledges');
    expect(res.status).toBe(200);
    expect(pledgePageSchema.parse(res.body)).toEqual(res.body);
    expect(res.body.items.map((p) => [p.id, p.deadlineState])).toEqual([
      ['security-guarantees-in-writing', 'overdue'],
      ['ukraine-buys-us-weapons', 'none'],
      ['us-help-on-security', 'none'],
      ['zelensky-meets-putin', 'none'],
    ]);
    expect(res.body).toMatchObject({ total: 4, nextCursor: null });
  });

  it('derives the deadline state from the clock at the time of the response', async () => {
    const stateAt = async (iso: string) => {
      api.setNow(Date.parse(iso));
      const res = await api.call<PledgePage>('GET', '/api/pledges?state=upcoming,due,overdue');
      return res.body.items.map((p) => p.deadlineState);
    };
    // The window is 25–28 Aug in New York: it opens at 04:00Z on the 25th, closes at 04:00Z on the 29th.
    expect(await stateAt('2025-08-25T03:59:59.999Z')).toEqual(['upcoming']);
    expect(await stateAt('2025-08-25T04:00:00Z')).toEqual(['due']);
    expect(await stateAt('2025-08-29T03:59:59.999Z')).toEqual(['due']);
    expect(await stateAt('2025-08-29T04:00:00Z')).toEqual(['overdue']);
    api.setNow(TEST_NOW);
  });

  it('filters by verdict, state, party and words, and counts what matches', async () => {
    const ids = async (query: string) => {
      const res = await api.call<PledgePage>('GET', `/api/pledges?${query}`);
      expect(res.status).toBe(200);
      return { ids: res.body.items.map((p) => p.id), total: res.body.total };
    };
    expect(await ids('state=overdue')).toEqual({ ids: ['security-guarantees-in-writing'], total: 1 });
    expect(await ids('state=none&party=ukraine')).toEqual({
      ids: ['ukraine-buys-us-weapons', 'us-help-on-security'],
      total: 2,
    });
    expect(await ids('party=european-allies')).toEqual({ ids: ['security-guarantees-in-writing'], total: 1 });
    expect(await ids('q=WEAPONRY')).toEqual({ ids: ['ukraine-buys-us-weapons'], total: 1 });
    expect(await ids('q=first+line')).toEqual({ ids: ['us-help-on-security'], total: 1 });
    expect(await ids('verdict=fulfilled')).toEqual({ ids: [], total: 0 });
    expect(await ids('verdict=fulfilled&verdict=open&state=overdue')).toEqual({
      ids: ['security-guarantees-in-writing'],
      total: 1,
    });
    expect(await ids('party=nobody')).toEqual({ ids: [], total: 0 });
  });

  it('filters by tag, one or several (any of them), and counts what matches', async () => {
    const ids = async (query: string) => {
      const res = await api.call<PledgePage>('GET', `/api/pledges?${query}`);
      expect(res.status, query).toBe(200);
      return { ids: res.body.items.map((p) => p.id), total: res.body.total };
    };
    expect(await ids('tag=security-guarantees')).toEqual({
      ids: ['security-guarantees-in-writing', 'us-help-on-security'],
      total: 2,
    });
    expect(await ids('tag=arms,peace-talks')).toEqual({
      ids: ['ukraine-buys-us-weapons', 'zelensky-meets-putin'],
      total: 2,
    });
    expect(await ids('tag=peace-talks&tag=arms')).toEqual(await ids('tag=arms,peace-talks'));
    expect(await ids('tag=security-guarantees&state=none&sort=title')).toEqual({
      ids: ['us-help-on-security'],
      total: 1,
    });
    expect(await ids('tag=nothing')).toEqual({ ids: [], total: 0 });
  });

  it('filters by the role a party takes: pledger, beneficiary, or either (the default)', async () => {
    const ids = async (query: string) =>
      (await api.call<PledgePage>('GET', `/api/pledges?${query}`)).body.items.map((p) => p.id);
    expect(await ids('party=united-states&role=pledger')).toEqual([
      'security-guarantees-in-writing',
      'us-help-on-security',
    ]);
    expect(await ids('party=united-states&role=beneficiary')).toEqual(['ukraine-buys-us-weapons']);
    expect(await ids('party=united-states&role=either')).toEqual([
      'security-guarantees-in-writing',
      'ukraine-buys-us-weapons',
      'us-help-on-security',
    ]);
    expect(await ids('party=united-states&role=guarantor')).toEqual([]);
    // With a search, the party is a membership test on the pledges table: the role still holds.
    expect(await ids('party=ukraine&role=beneficiary&q=security')).toEqual([
      'security-guarantees-in-writing',
      'us-help-on-security',
    ]);
    expect(await ids('party=ukraine&role=pledger&q=weapons')).toEqual(['ukraine-buys-us-weapons']);
  });

  it('filters by a deadline window overlapping [from, to], either end open', async () => {
    const ids = async (query: string) =>
      (await api.call<PledgePage>('GET', `/api/pledges?${query}`)).body.items.map((p) => p.id);
    // The guarantees window is 25–28 Aug 2025.
    const inWindow = ['security-guarantees-in-writing'];
    expect(await ids('from=2025-08-01&to=2025-08-31')).toEqual(inWindow);
    expect(await ids('from=2025-08-28&to=2025-09-30')).toEqual(inWindow);
    expect(await ids('from=2025-08-01&to=2025-08-25')).toEqual(inWindow);
    expect(await ids('from=2025-08-26&to=2025-08-26')).toEqual(inWindow);
    expect(await ids('from=2025-08-29')).toEqual([]);
    expect(await ids('to=2025-08-24')).toEqual([]);
    expect(await ids('to=2025-08-25&sort=-deadline')).toEqual(inWindow);
    expect(await ids('from=2025-09-01&to=2025-09-30')).toEqual([]);
  });

  it('refuses bad tags, roles and ranges with 400, one issue per parameter', async () => {
    const issues = async (query: string) => {
      const res = await api.call<{ error: { code: string; issues: { path: string; message: string }[] } }>(
        'GET',
        `/api/pledges?${query}`,
      );
      expect(res.status, query).toBe(400);
      expect(res.body.error.code).toBe('invalid_input');
      return res.body.error.issues;
    };
    expect((await issues('tag=Not%20A%20Tag')).map((i) => i.path)).toEqual(['tag']);
    expect(await issues(`tag=${Array.from({ length: 11 }, (_, i) => `t${i}`).join(',')}`)).toEqual([
      { path: 'tag', message: 'At most 10 tags at once' },
    ]);
    expect(await issues('role=pledger')).toEqual([
      { path: 'role', message: 'A role only applies together with a party' },
    ]);
    expect((await issues('party=ukraine&role=donor')).map((i) => i.path)).toEqual(['role']);
    expect((await issues('from=2025-02-30')).map((i) => i.path)).toEqual(['from']);
    expect((await issues('to=1%20Sep%202025')).map((i) => i.path)).toEqual(['to']);
    expect((await issues('from=2025-09-30&to=2025-09-01')).map((i) => i.path)).toEqual(['from', 'to']);
    expect((await issues(`q=${'x'.repeat(201)}`)).map((i) => i.path)).toEqual(['q']);
    const hostile = await issues(`state=%3Cscript%3E&q=${'x'.repeat(500)}&zzz=1`);
    expect(hostile.map((i) => i.path).sort()).toEqual(['q', 'state', 'zzz']);
    expect(JSON.stringify(hostile)).not.toContain('x'.repeat(60));
  });

  it('refuses unknown or invalid parameters, naming each one', async () => {
    const res = await api.call(
      'GET',
      `/api/pledges?verdict=kept&state=late,soon&sort=random&limit=${MAX_LIMIT + 1}&colour=red&party=Not%20A%20Slug`,
    );
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: 'invalid_input' } });
    const paths = (res.body as { error: { issues: { path: string }[] } }).error.issues.map((i) => i.path).sort();
    expect(paths).toEqual(['colour', 'limit', 'party', 'sort', 'state', 'verdict']);
    for (const limit of ['0', '-1', '1.5', 'ten']) {
      expect((await api.call('GET', `/api/pledges?limit=${limit}`)).status).toBe(400);
    }
    expect((await api.call('GET', `/api/pledges?limit=${MAX_LIMIT}`)).status).toBe(200);
  });
});

describe('GET /api/pledges paging over 300 pledges', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await openTestApi({ seed: false });
    await api.store.seedIfEmpty(seedDataOf(generatedPledges(300)));
  });
  afterAll(() => api.close());

  async function walk(query: string, limit: number): Promise<{ pages: Pledge[][]; total: number }> {
    const pages: Pledge[][] = [];
    let cursor: string | null = null;
    let total = -1;
    do {
      const res: { status: number; body: PledgePage } = await api.call<PledgePage>(
        'GET',
        `/api/pledges?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(res.status).toBe(200);
      pages.push(res.body.items);
      total = res.body.total;
      cursor = res.body.nextCursor;
    } while (cursor);
    return { pages, total };
  }

  it('defaults to 50 a page and follows nextCursor to the end, every pledge once, in order', async () => {
    const first = await api.call<PledgePage>('GET', '/api/pledges');
    expect(first.body.items).toHaveLength(50);
    // The generated pledges in the trash are never listed.
    expect(first.body.total).toBe(generatedPledges(300).filter((r) => !r.deletedAt).length);
    const all = await api.call<PledgePage>('GET', '/api/pledges?limit=200');
    const rest = await api.call<PledgePage>('GET', `/api/pledges?limit=200&cursor=${all.body.nextCursor}`);
    const everything = [...all.body.items, ...rest.body.items].map((p) => p.id);
    for (const [query, limit] of [
      ['sort=status', 7],
      ['sort=-deadline', 64],
      ['sort=title&state=none,overdue', 9],
      ['party=party-2', 11],
      ['tag=grain,arms', 13],
      ['party=party-1&role=beneficiary&sort=-updated', 5],
      ['from=2025-08-01&to=2025-09-30', 17],
      ['sort=-progress&progress=partial,complete', 3],
      ['sort=slips&slipped=true&party=party-3', 4],
    ] as const) {
      const { pages, total } = await walk(query, limit);
      const ids = pages.flat().map((p) => p.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toHaveLength(total);
      expect(pages.slice(0, -1).every((page) => page.length === limit)).toBe(true);
      if (query === 'sort=status') expect(ids).toEqual(everything);
    }
  });

  it('refuses a cursor from another view, and one it never gave out', async () => {
    const page = await api.call<PledgePage>('GET', '/api/pledges?state=overdue&limit=5');
    const cursor = page.body.nextCursor!;
    expect((await api.call('GET', `/api/pledges?state=overdue&limit=9&cursor=${cursor}`)).status).toBe(200);
    for (const url of [
      `/api/pledges?state=due&cursor=${cursor}`,
      `/api/pledges?state=overdue&tag=grain&cursor=${cursor}`,
      `/api/pledges?state=overdue&from=2025-01-01&cursor=${cursor}`,
      `/api/pledges?state=overdue&sort=title&cursor=${cursor}`,
      '/api/pledges?cursor=bm9wZQ',
      '/api/pledges?cursor=%2F%2F',
    ]) {
      const res = await api.call<{ error: { issues: { path: string }[] } }>('GET', url);
      expect(res.status, url).toBe(400);
      expect(res.body.error.issues.map((i) => i.path)).toEqual(['cursor']);
    }
  });
});
