// GET /api/pledges: filters, order, paging by cursor, and the derived deadline state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_LIMIT, pledgePageSchema, type Pledge, type PledgePage } from '../../shared/contract';
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
    expect(await ids('state=none&party=ukraine')).toEqual({ ids: ['ukraine-buys-us-weapons', 'us-help-on-security'], total: 2 });
    expect(await ids('party=european-allies')).toEqual({ ids: ['security-guarantees-in-writing'], total: 1 });
    expect(await ids('q=WEAPONRY')).toEqual({ ids: ['ukraine-buys-us-weapons'], total: 1 });
    expect(await ids('q=first+line')).toEqual({ ids: ['us-help-on-security'], total: 1 });
    expect(await ids('verdict=fulfilled')).toEqual({ ids: [], total: 0 });
    expect(await ids('verdict=fulfilled&verdict=open&state=overdue')).toEqual({ ids: ['security-guarantees-in-writing'], total: 1 });
    expect(await ids('party=nobody')).toEqual({ ids: [], total: 0 });
  });

  it('refuses unknown or invalid parameters, naming each one', async () => {
    const res = await api.call('GET', `/api/pledges?verdict=kept&state=late,soon&sort=random&limit=${MAX_LIMIT + 1}&colour=red&party=Not%20A%20Slug`);
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
      const res: { status: number; body: PledgePage } = await api.call<PledgePage>('GET', `/api/pledges?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
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
    expect(first.body.total).toBe(300);
    const all = await api.call<PledgePage>('GET', '/api/pledges?limit=200');
    const rest = await api.call<PledgePage>('GET', `/api/pledges?limit=200&cursor=${all.body.nextCursor}`);
    const everything = [...all.body.items, ...rest.body.items].map((p) => p.id);
    for (const [query, limit] of [['sort=status', 7], ['sort=-deadline', 64], ['sort=title&state=none,overdue', 9], ['party=party-2', 11]] as const) {
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
    for (const url of [`/api/pledges?state=due&cursor=${cursor}`, `/api/pledges?state=overdue&sort=title&cursor=${cursor}`, '/api/pledges?cursor=bm9wZQ', '/api/pledges?cursor=%2F%2F']) {
      const res = await api.call<{ error: { issues: { path: string }[] } }>('GET', url);
      expect(res.status, url).toBe(400);
      expect(res.body.error.issues.map((i) => i.path)).toEqual(['cursor']);
    }
  });
});
