// GET /api/pledges?asOf=: a view as it stood at the end of a day, rebuilt from history.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { etagFor, type Pledge, type PledgePage } from '@shared/contract';
import { openTestApi, TEST_NOW, type TestApi } from '../testing/apiHarness';

const GUARANTEES = 'security-guarantees-in-writing';

describe('GET /api/pledges as of a day', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await openTestApi();
    // Seeded "now" (1 Sep 2025, 12:00Z); then, two weeks later, the deadline moves and, later
    // still, the guarantees are marked partially fulfilled.
    api.setNow(Date.parse('2025-09-15T14:00:00Z'));
    const moved = await api.call<Pledge>('PATCH', `/api/pledges/${GUARANTEES}`, {
      body: { deadline: { latest: '2025-09-30', text: 'by the end of September' } },
      headers: { 'If-Match': etagFor(1), 'X-Actor': 'Editor' },
    });
    expect(moved.status).toBe(200);
    api.setNow(Date.parse('2025-10-03T09:00:00Z'));
    const kept = await api.call<Pledge>('PATCH', `/api/pledges/${GUARANTEES}`, {
      body: {
        verdict: 'partially_fulfilled',
        resolvedOn: '2025-10-02',
        evidence: [{ url: 'https://example.org/framework', note: 'A framework, not a treaty' }],
      },
      headers: { 'If-Match': etagFor(2), 'X-Actor': 'Editor' },
    });
    expect(kept.status).toBe(200);
    api.setNow(Date.parse('2025-11-01T12:00:00Z'));
  });
  afterAll(() => api.close());

  const guarantees = async (query: string) => {
    const res = await api.call<PledgePage>('GET', `/api/pledges?${query}`);
    expect(res.status, query).toBe(200);
    return res.body.items.find((p) => p.id === GUARANTEES);
  };

  it('shows the guarantees due on 26 Aug 2025 and overdue on 1 Sep 2025, with the deadline they had then', async () => {
    expect(await guarantees('asOf=2025-08-26')).toMatchObject({
      deadlineState: 'due',
      verdict: 'open',
      version: 1,
      deadline: { latest: '2025-08-28' },
    });
    expect(await guarantees('asOf=2025-09-01')).toMatchObject({
      deadlineState: 'overdue',
      verdict: 'open',
      version: 1,
    });
    expect(await guarantees('asOf=2025-09-20')).toMatchObject({
      deadlineState: 'due',
      version: 2,
      deadline: { latest: '2025-09-30' },
    });
    // It happened on 2 Oct, but the record learnt it on 3 Oct: on 2 Oct the record still said open.
    expect(await guarantees('asOf=2025-10-02')).toMatchObject({
      deadlineState: 'overdue',
      verdict: 'open',
      version: 2,
    });
    expect(await guarantees('asOf=2025-10-03')).toMatchObject({
      deadlineState: 'late',
      verdict: 'partially_fulfilled',
      resolvedOn: '2025-10-02',
      version: 3,
    });
    // Today's view is today's record.
    expect(await guarantees('')).toMatchObject({ deadlineState: 'late', version: 3 });
  });

  it('filters and orders by the states of that day: "what was overdue on 1 September 2025" is a link', async () => {
    const page = (await api.call<PledgePage>('GET', '/api/pledges?asOf=2025-09-01&state=overdue')).body;
    expect(page.items.map((p) => p.id)).toEqual([GUARANTEES]);
    expect(page.total).toBe(1);
    expect(
      (await api.call<PledgePage>('GET', '/api/pledges?asOf=2025-09-01&state=overdue&party=ukraine&role=beneficiary'))
        .body.total,
    ).toBe(1);
    expect((await api.call<PledgePage>('GET', '/api/pledges?state=overdue')).body.total).toBe(0);
    expect((await api.call<PledgePage>('GET', '/api/pledges?asOf=2025-08-17')).body).toEqual({
      items: [],
      nextCursor: null,
      total: 0,
    });
  });

  it('pages an as-of view by cursor, and refuses a cursor of another day', async () => {
    const first = (await api.call<PledgePage>('GET', '/api/pledges?asOf=2025-09-01&limit=3')).body;
    expect(first.items).toHaveLength(3);
    expect(first.nextCursor).not.toBeNull();
    const second = (
      await api.call<PledgePage>('GET', `/api/pledges?asOf=2025-09-01&limit=3&cursor=${first.nextCursor}`)
    ).body;
    expect(second.items).toHaveLength(1);
    expect([...first.items, ...second.items].map((p) => p.id).sort()).toHaveLength(
      new Set([...first.items, ...second.items].map((p) => p.id)).size,
    );
    expect((await api.call('GET', `/api/pledges?asOf=2025-09-02&limit=3&cursor=${first.nextCursor}`)).status).toBe(400);
  });

  it('refuses a day that has not begun anywhere, and a date that is not one', async () => {
    api.setNow(TEST_NOW); // 1 Sep 2025 12:00Z: already 2 Sep in UTC+14, not yet 3 Sep
    expect((await api.call('GET', '/api/pledges?asOf=2025-09-02')).status).toBe(200);
    const future = await api.call<{ error: { issues: { path: string; message: string }[] } }>(
      'GET',
      '/api/pledges?asOf=2025-09-03',
    );
    expect(future.status).toBe(400);
    expect(future.body.error.issues).toEqual([
      { path: 'asOf', message: 'asOf is a day that has already begun: 2025-09-02 at the latest' },
    ]);
    expect((await api.call('GET', '/api/pledges?asOf=2025-02-29')).status).toBe(400);
    api.setNow(Date.parse('2025-11-01T12:00:00Z'));
  });

  it('takes the presentation parameters of a page URL and ignores them', async () => {
    const plain = (await api.call<PledgePage>('GET', '/api/pledges?asOf=2025-09-01')).body;
    const drawn = await api.call<PledgePage>('GET', '/api/pledges?asOf=2025-09-01&view=timeline&zoom=month');
    expect(drawn.status).toBe(200);
    expect(drawn.body).toEqual(plain);
    expect((await api.call('GET', '/api/pledges?view=gantt')).status).toBe(400);
  });

  it('gives feeds of the view as it stood: the calendar has the old window, the changes stop at that day', async () => {
    const ics = await api.app.request('/api/pledges.ics?asOf=2025-09-01&state=overdue');
    expect(ics.status).toBe(200);
    const text = await ics.text();
    expect(text).toContain('DTSTART;VALUE=DATE:20250825');
    expect(text).toContain('DTEND;VALUE=DATE:20250829');
    const atomThen = await (await api.app.request('/api/pledges.atom?asOf=2025-09-20')).text();
    const atomNow = await (await api.app.request('/api/pledges.atom')).text();
    expect(atomNow).toContain('Verdict');
    expect(atomThen).toContain('Deadline');
    expect(atomThen).not.toContain('Verdict');
  });
});
