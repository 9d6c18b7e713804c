// Public reads answered from what the data version says: validators and 304s for everyone who may
// read, shared-cache headers and the instance's answer cache only for anonymous readers of a
// public tracker, nothing of the kind for what is personal or written, and every answer fresh
// after a write, made here or through another store on the same SQLite file (another instance).
// Requests go through serverFetch, in process, so the headers are the ones a client sees.
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { API_PATHS, type Pledge, type PledgePage } from '@shared/contract';
import { answerCache, type SizedAnswerCache } from '../../answerCache';
import { serverFetch } from '../../securityHeaders';
import { openSqlStore, type SqlStore } from '../../store/sql/sqlStore';
import { FULFILLED, NEW_PLEDGE, openAccountsApi, SEED_PLEDGE, type AccountsApi } from '../../testing/accountsHarness';
import { headerAccess } from '../../testing/headerAccess';
import { createApi } from '../createApi';
import { PUBLIC_FEED_CACHE_CONTROL, PUBLIC_READ_CACHE_CONTROL } from './answerMiddleware';

const BASE = 'http://localhost';
const PUBLIC_READS = [
  API_PATHS.pledges,
  `${API_PATHS.pledges}?state=overdue&limit=5`,
  API_PATHS.pledge(SEED_PLEDGE),
  API_PATHS.history(SEED_PLEDGE),
  API_PATHS.trash,
  API_PATHS.parties,
  API_PATHS.partyStats,
  API_PATHS.views,
  API_PATHS.pledgesIcs,
  API_PATHS.pledgesAtom,
  API_PATHS.pledgesCsv,
];
const FEEDS: string[] = [API_PATHS.pledgesIcs, API_PATHS.pledgesAtom, API_PATHS.pledgesCsv];
const PERSONAL = [API_PATHS.session, API_PATHS.settings, API_PATHS.tokens];

interface Tracker {
  api: AccountsApi;
  cache: SizedAnswerCache;
  token: string;
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  send(method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<Response>;
}

async function openTracker(visibility: 'public' | 'private'): Promise<Tracker> {
  const cache = answerCache({ maxBytes: 4 * 1024 * 1024 });
  const api = await openAccountsApi({ visibility, answerCache: cache });
  const owner = await api.bootstrapOwner();
  const { token } = await api.createToken(owner, 'read-write', 'answers');
  const site = new Hono().get('*', (c) => c.html('<!doctype html><title>page</title>'));
  const fetcher = serverFetch(api.app, site, { trustProxy: false });
  const send = (method: string, path: string, headers: Record<string, string>, body?: unknown) =>
    fetcher(
      new Request(`${BASE}${path}`, {
        method,
        headers: body === undefined ? headers : { ...headers, 'Content-Type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    );
  return { api, cache, token, send, get: (path, headers = {}) => send('GET', path, headers) };
}

const signedIn = (t: Tracker, extra: Record<string, string> = {}) => ({ Authorization: `Bearer ${t.token}`, ...extra });

describe('a public tracker', () => {
  let t: Tracker;
  beforeAll(async () => {
    t = await openTracker('public');
  });
  afterAll(() => t.api.close());

  it('gives anonymous readers a strong ETag and shared-cache headers, and a 304 for it', async () => {
    for (const path of PUBLIC_READS) {
      const first = await t.get(path);
      expect(first.status, path).toBe(200);
      const etag = first.headers.get('ETag')!;
      expect(etag, path).toMatch(/^"(\d+\/)?[0-9a-z]+"$/);
      const expected = FEEDS.includes(path.split('?')[0]!) ? PUBLIC_FEED_CACHE_CONTROL : PUBLIC_READ_CACHE_CONTROL;
      expect(first.headers.get('Cache-Control'), path).toBe(expected);
      expect(first.headers.get('Vary'), path).toMatch(/Cookie, Authorization/);
      const body = await first.text();

      const again = await t.get(path, { 'If-None-Match': etag });
      expect(again.status, path).toBe(304);
      expect(again.headers.get('ETag')).toBe(etag);
      expect(again.headers.get('Cache-Control')).toBe(expected);
      expect(await again.text()).toBe('');

      // A browser that lost its copy gets the same bytes under the same ETag.
      const third = await t.get(path, { 'If-None-Match': '"someone-else"' });
      expect(third.status).toBe(200);
      expect(third.headers.get('ETag')).toBe(etag);
      expect(await third.text()).toBe(body);
    }
  });

  it('answers an anonymous repeat from the cache, without asking the store', async () => {
    const path = `${API_PATHS.pledges}?limit=3&state=overdue`;
    const first = await (await t.get(path)).text();
    const list = vi.spyOn(t.api.store, 'list');
    try {
      // Same view, parameters in another order: one answer.
      const again = await t.get(`${API_PATHS.pledges}?state=overdue&limit=3`);
      expect(await again.text()).toBe(first);
      expect(list).not.toHaveBeenCalled();
      // A signed-in reader is answered by the store, never from what anonymous readers were given.
      expect((await t.get(path, signedIn(t))).status).toBe(200);
      expect(list).toHaveBeenCalled();
    } finally {
      list.mockRestore();
    }
  });

  it('builds an answer once for anonymous readers who miss it together', async () => {
    const path = `${API_PATHS.pledges}?limit=4&sort=title`;
    const list = vi.spyOn(t.api.store, 'list');
    try {
      const answers = await Promise.all(Array.from({ length: 8 }, () => t.get(path)));
      const bodies = await Promise.all(answers.map((a) => a.text()));
      expect(new Set(bodies).size).toBe(1);
      expect(answers.every((a) => a.status === 200 && a.headers.get('ETag') === answers[0]!.headers.get('ETag'))).toBe(
        true,
      );
      expect(list).toHaveBeenCalledTimes(1);
    } finally {
      list.mockRestore();
    }
  });

  it('gives signed-in readers validators and 304s, but keeps their answers private', async () => {
    const sizeBefore = t.cache.size;
    for (const path of PUBLIC_READS) {
      const first = await t.get(path, signedIn(t));
      expect(first.status, path).toBe(200);
      expect(first.headers.get('Cache-Control'), path).toBe('private, no-cache');
      expect(first.headers.get('Vary'), path).toMatch(/Cookie, Authorization/);
      const etag = first.headers.get('ETag')!;
      expect(etag, path).toMatch(/^"(\d+\/)?[0-9a-z]+"$/);
      await first.arrayBuffer();
      const again = await t.get(path, signedIn(t, { 'If-None-Match': etag }));
      expect(again.status, path).toBe(304);
      expect(again.headers.get('Cache-Control'), path).toBe('private, no-cache');
    }
    // Signed-in answers were never put in the cache.
    expect(t.cache.size).toBe(sizeBefore);
  });

  it('never gives what is personal a validator, a 304 or a place in any cache', async () => {
    for (const path of PERSONAL) {
      for (const headers of [{}, signedIn(t)]) {
        const res = await t.get(path, { ...headers, 'If-None-Match': '"x"' });
        expect(res.headers.get('Cache-Control'), path).toBe('no-store');
        expect(res.headers.get('ETag'), path).toBeNull();
        expect(res.status, path).not.toBe(304);
        await res.arrayBuffer();
      }
    }
  });

  it('keeps the pledge ETag good for If-Match, and answers writes uncached with the bare version', async () => {
    const read = await t.get(API_PATHS.pledge(SEED_PLEDGE));
    const etag = read.headers.get('ETag')!;
    const before = (await read.json()) as Pledge;
    expect(etag.startsWith(`"${before.version}/`)).toBe(true);
    const list = await t.get(API_PATHS.pledges);
    const listEtag = list.headers.get('ETag')!;
    await list.arrayBuffer();

    // Another pledge changing does not make this one's ETag stale for If-Match.
    const other = (await (await t.get(`${API_PATHS.pledges}?limit=2&sort=title`)).json()) as PledgePage;
    const bystander = other.items.find((p) => p.id !== SEED_PLEDGE)!;
    const tagged = await t.send(
      'PATCH',
      API_PATHS.pledge(bystander.id),
      signedIn(t, { 'If-Match': `"${bystander.version}"` }),
      {
        tags: ['answers-test'],
      },
    );
    expect(tagged.status).toBe(200);
    await tagged.arrayBuffer();

    const written = await t.send('PATCH', API_PATHS.pledge(SEED_PLEDGE), signedIn(t, { 'If-Match': etag }), FULFILLED);
    expect(written.status).toBe(200);
    expect(written.headers.get('ETag')).toBe(`"${before.version + 1}"`);
    expect(written.headers.get('Cache-Control')).toBe('no-store');
    await written.arrayBuffer();

    // The old ETags name nothing now: full answers, with the change.
    const fresh = await t.get(API_PATHS.pledge(SEED_PLEDGE), { 'If-None-Match': etag });
    expect(fresh.status).toBe(200);
    expect(((await fresh.json()) as Pledge).verdict).toBe('fulfilled');
    const freshList = await t.get(API_PATHS.pledges, { 'If-None-Match': listEtag });
    expect(freshList.status).toBe(200);
    expect(freshList.headers.get('ETag')).not.toBe(listEtag);
    const page = (await freshList.json()) as PledgePage;
    expect(page.items.find((p) => p.id === SEED_PLEDGE)?.verdict).toBe('fulfilled');

    // A stale If-Match is still a 412 naming the current version.
    const stale = await t.send('PATCH', API_PATHS.pledge(SEED_PLEDGE), signedIn(t, { 'If-Match': etag }), {
      title: 'Too late',
    });
    expect(stale.status).toBe(412);
    expect(stale.headers.get('ETag')).toBe(`"${before.version + 1}"`);
    await stale.arrayBuffer();
  });

  it('is fresh after a write through another store on the same file, as another instance makes it', async () => {
    const path = API_PATHS.pledge(SEED_PLEDGE);
    const first = await t.get(path);
    const etag = first.headers.get('ETag')!;
    const before = (await first.json()) as Pledge;
    const listPath = `${API_PATHS.pledges}?q=${encodeURIComponent('Renamed elsewhere')}`;
    const emptyList = (await (await t.get(listPath)).json()) as PledgePage;
    expect(emptyList.total).toBe(0);

    const elsewhere: SqlStore = await openSqlStore({ path: t.api.path });
    try {
      const other = createApi({
        store: elsewhere,
        now: () => t.api.now,
        access: headerAccess(),
        writesPerMinute: false,
      });
      const res = await other.request(path, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', 'If-Match': `"${before.version}"` },
        body: JSON.stringify({ title: 'Renamed elsewhere' }),
      });
      expect(res.status).toBe(200);
    } finally {
      await elsewhere.close();
    }

    const after = await t.get(path, { 'If-None-Match': etag });
    expect(after.status).toBe(200);
    expect(((await after.json()) as Pledge).title).toBe('Renamed elsewhere');
    const list = (await (await t.get(listPath)).json()) as PledgePage;
    expect(list.items.map((p) => p.id)).toEqual([SEED_PLEDGE]);
  });

  it('changes the ETag of clock-dependent answers when the clock crosses a deadline boundary, only theirs', async () => {
    // A pledge due by the end of November: its window closes ahead.
    const created = await t.send('POST', API_PATHS.pledges, signedIn(t), NEW_PLEDGE);
    expect(created.status).toBe(201);
    await created.arrayBuffer();
    const { until } = await t.api.store.clockInterval(t.api.now);
    expect(Number.isFinite(until)).toBe(true);
    const etagOf = async (path: string) => {
      const res = await t.get(path);
      await res.arrayBuffer();
      return res.headers.get('ETag');
    };
    const paths = [API_PATHS.pledges, API_PATHS.history(SEED_PLEDGE), API_PATHS.parties];
    const before = await Promise.all(paths.map(etagOf));
    t.api.setNow(until);
    const after = await Promise.all(paths.map(etagOf));
    expect(after[0]).not.toBe(before[0]);
    expect(after.slice(1)).toEqual(before.slice(1));
  });
});

describe('a private tracker', () => {
  let t: Tracker;
  beforeAll(async () => {
    t = await openTracker('private');
  });
  afterAll(() => t.api.close());

  it('refuses anonymous readers before any validator, 304 or cached answer', async () => {
    const signed = await t.get(API_PATHS.pledges, signedIn(t));
    const etag = signed.headers.get('ETag')!;
    await signed.arrayBuffer();
    const res = await t.get(API_PATHS.pledges, { 'If-None-Match': etag });
    expect(res.status).toBe(401);
    expect(res.headers.get('ETag')).toBeNull();
    await res.arrayBuffer();
  });

  it('gives its readers validators and 304s, never a public answer nor a cached one', async () => {
    for (const path of PUBLIC_READS) {
      const first = await t.get(path, signedIn(t));
      expect(first.status, path).toBe(200);
      expect(first.headers.get('Cache-Control'), path).toBe('private, no-cache');
      const etag = first.headers.get('ETag')!;
      await first.arrayBuffer();
      const again = await t.get(path, signedIn(t, { 'If-None-Match': etag }));
      expect(again.status, path).toBe(304);
      expect(again.headers.get('Cache-Control'), path).toBe('private, no-cache');
    }
    expect(t.cache.size).toBe(0);
  });
});
