// The mocked backend as client tests use it: MSW in Node, the real API over a memory store.
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  extractResponseSchema,
  healthResponseSchema,
  partiesResponseSchema,
  pledgePageSchema,
  pledgeSchema,
  type Pledge,
} from '@shared/contract';
import { openTestApi } from '@server/testing/apiHarness';
import { mockServer, resetMockStore } from './node';

const BASE = 'http://localhost';

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetMockStore());
afterEach(() => mockServer.resetHandlers());
afterAll(() => mockServer.close());

async function patchTitle(title: string, version = 1): Promise<Response> {
  return fetch(`${BASE}/api/pledges/zelensky-meets-putin`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', 'If-Match': `"${version}"` },
    body: JSON.stringify({ title }),
  });
}

describe('the mocked backend', () => {
  it('answers with the seeded pledges, in the shape of the contract', async () => {
    const res = await fetch(`${BASE}/api/pledges`);
    expect(res.status).toBe(200);
    const page = pledgePageSchema.parse(await res.json());
    expect(page.total).toBe(4);
    expect(page.items[0]!.id).toBe('security-guarantees-in-writing');
  });

  it('keeps the record like the real API: trash, restore, revert, party record and merge', async () => {
    const url = `${BASE}/api/pledges/zelensky-meets-putin`;
    expect((await patchTitle('Meet Putin in person')).status).toBe(200);
    const deleted = await fetch(url, { method: 'DELETE', headers: { 'If-Match': '"2"' } });
    expect(deleted.status).toBe(200);
    expect((await fetch(url)).status).toBe(410);
    expect(pledgePageSchema.parse(await (await fetch(`${BASE}/api/pledges`)).json()).total).toBe(3);
    expect(((await (await fetch(`${BASE}/api/trash`)).json()) as { items: Pledge[] }).items.map((p) => p.id)).toEqual([
      'zelensky-meets-putin',
    ]);
    expect((await fetch(`${url}/restore`, { method: 'POST', headers: { 'If-Match': '"3"' } })).status).toBe(200);
    const reverted = await fetch(`${url}/revert`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'If-Match': '"4"' },
      body: JSON.stringify({ toVersion: 1 }),
    });
    expect(pledgeSchema.parse(await reverted.json())).toMatchObject({
      version: 5,
      title: 'Meet Vladimir Putin face to face to end the war',
    });
    const merged = await fetch(`${BASE}/api/parties/vladimir-putin/merge`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ into: 'russia' }),
    });
    expect(merged.status).toBe(200);
    const stats = (await (await fetch(`${BASE}/api/parties/stats`)).json()) as {
      items: { id: string; record: { received: number } }[];
    };
    expect(stats.items.find((p) => p.id === 'russia')!.record.received).toBe(1);
  });

  it('behaves like the real API: writes, versions, 412 on a stale change', async () => {
    const ok = await patchTitle('Meet Putin in person');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('ETag')).toBe('"2"');
    expect(pledgeSchema.parse(await ok.json()).title).toBe('Meet Putin in person');
    expect((await patchTitle('Stale', 1)).status).toBe(412);
  });

  it('starts each test from a fresh, seeded store', async () => {
    const res = await fetch(`${BASE}/api/pledges/zelensky-meets-putin`);
    expect(((await res.json()) as Pledge).version).toBe(1);
  });

  it('answers POST /api/extract exactly as the Node server over SQLite does', async () => {
    const text = readFileSync(new URL('../server/seed/article-white-house-summit.txt', import.meta.url), 'utf8');
    const body = { text, publishedOn: '2025-08-18', timeZone: 'America/New_York' };
    const res = await fetch(`${BASE}/api/extract`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(200);
    const mocked = extractResponseSchema.parse(await res.json());
    const server = await openTestApi();
    try {
      const real = await server.call('POST', '/api/extract', { body });
      expect(mocked).toEqual(real.body);
    } finally {
      await server.close();
    }
    expect(mocked.candidates.some((c) => c.deadline?.latest === '2025-08-28')).toBe(true);
  });

  it('adds a party, with its aliases, as the real API does', async () => {
    const res = await fetch(`${BASE}/api/parties`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'NATO', kind: 'organisation', aliases: ['the Alliance'] }),
    });
    expect(res.status).toBe(201);
    const list = partiesResponseSchema.parse(await (await fetch(`${BASE}/api/parties`)).json());
    expect(list.items.find((p) => p.id === 'nato')?.aliases).toEqual(['the Alliance']);
    expect(list.items.find((p) => p.id === 'ukraine')?.aliases).toEqual(['Kyiv', 'Ukrainian']);
  });

  it('lets a test override one route to inject a failure, the rest still answering', async () => {
    mockServer.use(
      http.patch('*/api/pledges/:id', () =>
        HttpResponse.json({ error: { code: 'internal', message: 'Injected' } }, { status: 500 }),
      ),
    );
    expect((await patchTitle('Anything')).status).toBe(500);
    expect((await fetch(`${BASE}/api/pledges/zelensky-meets-putin`)).status).toBe(200);
  });

  it('pins the clock, or starts empty, when asked', async () => {
    await resetMockStore({ now: Date.parse('2025-08-26T12:00:00Z') });
    const health = healthResponseSchema.parse(await (await fetch(`${BASE}/api/health`)).json());
    expect(health).toEqual({ status: 'ok', store: 'memory', now: '2025-08-26T12:00:00.000Z' });
    const page = pledgePageSchema.parse(await (await fetch(`${BASE}/api/pledges?state=due`)).json());
    expect(page.items.map((p) => p.id)).toEqual(['security-guarantees-in-writing']);

    const empty = await resetMockStore({ data: null });
    expect(await empty.store.isEmpty()).toBe(true);
    expect(pledgePageSchema.parse(await (await fetch(`${BASE}/api/pledges`)).json()).total).toBe(0);
  });

  it('answers a page served under a sub-path, as a static demo is', async () => {
    const res = await fetch(`${BASE}/some/demo/api/pledges/ukraine-buys-us-weapons`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as Pledge).id).toBe('ukraine-buys-us-weapons');
  });
});

describe('a demo kept in a browser before parties had aliases and Ukrainian names', () => {
  it('gets the aliases and names of the seeded parties it still holds as seeded, nothing else', async () => {
    const { createMockBackend } = await import('./backend');
    const fresh = await createMockBackend({ now: 0 });
    const old = fresh.store.snapshot();
    const plain = (refs: { id: string; name: string }[]) => refs.map(({ id, name }) => ({ id, name }));
    const stripped = {
      ...old,
      parties: old.parties.map(({ aliases: _aliases, represents: _represents, nameTranslations: _names, ...party }) =>
        party.id === 'russia' ? { ...party, name: 'Russian Federation' } : party,
      ),
      pledges: old.pledges.map((r) => ({
        ...r,
        pledgers: plain(r.pledgers),
        beneficiaries: plain(r.beneficiaries),
        guarantors: plain(r.guarantors),
      })),
    };
    const restored = await createMockBackend({ now: 0, restore: JSON.parse(JSON.stringify(stripped)) });
    const byId = new Map((await restored.store.listParties()).map((p) => [p.id, p]));
    expect(byId.get('ukraine')?.aliases).toEqual(['Kyiv', 'Ukrainian']);
    expect(byId.get('volodymyr-zelensky')).toMatchObject({ aliases: ['Zelensky'], represents: 'ukraine' });
    expect(byId.get('russia')).toEqual({ id: 'russia', name: 'Russian Federation', kind: 'state', aliases: [] });
    // And their Ukrainian names, in the pledges naming them too, as migration 013 gives them.
    expect(byId.get('ukraine')?.nameTranslations).toEqual({ uk: 'Україна' });
    const guarantees = await restored.store.get('security-guarantees-in-writing');
    expect(guarantees?.beneficiaries).toEqual([
      { id: 'ukraine', name: 'Ukraine', nameTranslations: { uk: 'Україна' } },
    ]);
    expect((await restored.store.list({ sort: 'status', offset: 0, limit: 10 }, 0)).total).toBe(4);
  });
});
