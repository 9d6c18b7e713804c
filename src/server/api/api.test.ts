// The API as a whole: health, parties, history, the error shape on every kind of failure, the
// OpenAPI document, and data surviving a restart.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  errorBodySchema,
  healthResponseSchema,
  partiesResponseSchema,
  type HistoryEvent,
  type Pledge,
} from '@shared/contract';
import { openTestApi, TEST_NOW, type TestApi } from '../testing/apiHarness';
import { SUMMIT_PARTIES } from '../seed/whiteHouseSummit';
import type { PledgeStore } from '../store/types';

describe('the API', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await openTestApi();
  });
  afterAll(() => api.close());

  it('says it is up, on which store, and what time it is', async () => {
    const res = await api.call('GET', '/api/health');
    expect(res.status).toBe(200);
    expect(healthResponseSchema.parse(res.body)).toEqual({
      status: 'ok',
      store: 'sqlite',
      now: new Date(TEST_NOW).toISOString(),
    });
  });

  it('lists the parties by name', async () => {
    const res = await api.call('GET', '/api/parties');
    const names = partiesResponseSchema.parse(res.body).items.map((p) => p.name);
    expect(names).toEqual(SUMMIT_PARTIES.map((p) => p.name).sort());
  });

  it('answers 404 in the error shape for unknown pledges and unknown API paths', async () => {
    for (const url of [
      '/api/pledges/no-such-pledge',
      '/api/pledges/Not_An_Id',
      '/api/pledges/no-such-pledge/history',
      '/api/nothing',
      '/api',
      '/api/pledges/a/b/c',
    ]) {
      const res = await api.call('GET', url);
      expect(res.status, url).toBe(404);
      expect(errorBodySchema.parse(res.body).error.code, url).toBe('not_found');
    }
  });

  it('answers 405 with Allow to a method a path does not take, and OPTIONS with Allow', async () => {
    for (const [method, url, allow] of [
      ['PUT', '/api/pledges/security-guarantees-in-writing', 'GET, PATCH, DELETE, HEAD, OPTIONS'],
      ['GET', '/api/pledges/x/revert', 'POST, HEAD, OPTIONS'],
      ['DELETE', '/api/parties/x', 'PATCH, HEAD, OPTIONS'],
      ['POST', '/api/trash', 'GET, HEAD, OPTIONS'],
      ['PUT', '/api/pledges', 'GET, POST, HEAD, OPTIONS'],
      ['DELETE', '/api/parties', 'GET, POST, HEAD, OPTIONS'],
      ['PATCH', '/api/pledges/x/history', 'GET, HEAD, OPTIONS'],
      ['GET', '/api/extract', 'POST, HEAD, OPTIONS'],
    ] as const) {
      const res = await api.call(method, url);
      expect(res.status, `${method} ${url}`).toBe(405);
      expect(res.headers.get('Allow')).toBe(allow);
      expect(errorBodySchema.parse(res.body).error.code).toBe('method_not_allowed');
    }
    const options = await api.app.request('/api/pledges', { method: 'OPTIONS' });
    expect(options.status).toBe(204);
    expect(options.headers.get('Allow')).toBe('GET, POST, HEAD, OPTIONS');
  });

  it('answers HEAD like GET, without a body', async () => {
    const res = await api.app.request('/api/pledges/security-guarantees-in-writing', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('ETag')).toMatch(/^"1\/[0-9a-z]+"$/);
    expect(await res.text()).toBe('');
  });

  it('tells caches not to keep API answers', async () => {
    for (const url of ['/api/pledges', '/api/nothing', '/api/health']) {
      expect((await api.app.request(url)).headers.get('Cache-Control')).toBe('no-store');
    }
  });

  it('describes itself in an OpenAPI 3.1 document generated from the contract', async () => {
    const res = await api.call<{
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
      components: { schemas: Record<string, unknown> };
    }>('GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    const operations = Object.entries(res.body.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(operations.sort()).toEqual([
      'DELETE /api/pledges/{id}',
      'DELETE /api/views/{slug}',
      'GET /api/health',
      'GET /api/parties',
      'GET /api/parties/stats',
      'GET /api/pledges',
      'GET /api/pledges.atom',
      'GET /api/pledges.csv',
      'GET /api/pledges.ics',
      'GET /api/pledges/{id}',
      'GET /api/pledges/{id}/history',
      'GET /api/ready',
      'GET /api/session',
      'GET /api/trash',
      'GET /api/views',
      'GET /api/views/{slug}',
      'PATCH /api/parties/{id}',
      'PATCH /api/pledges/{id}',
      'PATCH /api/views/{slug}',
      'POST /api/extract',
      'POST /api/parties',
      'POST /api/parties/{id}/merge',
      'POST /api/pledges',
      'POST /api/pledges/{id}/restore',
      'POST /api/pledges/{id}/revert',
      'POST /api/views',
    ]);
    expect(Object.keys(res.body.components.schemas)).toEqual(
      expect.arrayContaining([
        'Pledge',
        'NewPledge',
        'PledgePatch',
        'PledgePage',
        'Error',
        'HistoryEvent',
        'DeadlineWindow',
      ]),
    );
    const patch = res.body.paths['/api/pledges/{id}']!.patch as {
      responses: Record<string, unknown>;
      parameters: { name: string; in: string }[];
    };
    // The access guard's answers come from its own rule table: a write may be 401, 403 or 429.
    expect(Object.keys(patch.responses).sort()).toEqual([
      '200',
      '400',
      '401',
      '403',
      '404',
      '410',
      '412',
      '413',
      '415',
      '428',
      '429',
      '500',
    ]);
    const paths = res.body.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>;
    expect(Object.keys(paths['/api/pledges']!.get!.responses)).toContain('401');
    expect(Object.keys(paths['/api/pledges']!.get!.responses)).not.toContain('403');
    expect(Object.keys(paths['/api/health']!.get!.responses)).not.toContain('401');
    expect(patch.parameters.map((p) => `${p.in}:${p.name}`)).toEqual(
      expect.arrayContaining(['path:id', 'header:if-match', 'header:authorization']),
    );
    // A 410 says who moved the pledge to the trash and when, in the one error shape.
    const gone = (patch.responses['410'] as { description: string }).description;
    expect(gone).toMatch(/`trashed` says who moved it there and when/);
    const error = res.body.components.schemas['Error'] as {
      properties: { error: { properties: Record<string, { $ref?: string }> } };
    };
    expect(error.properties.error.properties['trashed']).toEqual({ $ref: '#/components/schemas/TrashedBy' });
    expect(res.body.components.schemas['TrashedBy']).toMatchObject({ required: ['by', 'at'] });
  });
});

describe('an unexpected failure', () => {
  it('answers 500 in the error shape, logs the error, and never shows its details', async () => {
    const logged: unknown[] = [];
    const failing = (store: PledgeStore): PledgeStore =>
      Object.assign(Object.create(store) as PledgeStore, {
        list: () => Promise.reject(new Error('disk on fire at /var/secret/path')),
      });
    const api = await openTestApi({ wrap: failing, logError: (error) => logged.push(error) });
    const res = await api.app.request('/api/pledges');
    const text = await res.text();
    expect(res.status).toBe(500);
    expect(errorBodySchema.parse(JSON.parse(text)).error.code).toBe('internal');
    expect(text).not.toMatch(/disk on fire|secret|at \w+ \(|\.ts:/);
    expect(logged).toHaveLength(1);
    expect((logged[0] as Error).message).toMatch(/disk on fire/);
    await api.close();
  });

  it('is logged to the console by default', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const api = await openTestApi({
      wrap: (store) =>
        Object.assign(Object.create(store) as PledgeStore, { listParties: () => Promise.reject(new Error('boom')) }),
    });
    expect((await api.app.request('/api/parties')).status).toBe(500);
    expect(spy).toHaveBeenCalledWith(expect.objectContaining({ message: 'boom' }));
    spy.mockReset();
    await api.close();
  });
});

describe('a restart', () => {
  it('keeps changes and their history, and does not seed again', async () => {
    const api = await openTestApi();
    const patched = await api.call<Pledge>('PATCH', '/api/pledges/ukraine-buys-us-weapons', {
      body: { deliveries: [{ on: '2025-08-30', value: 1_500_000_000 }] },
      headers: { 'If-Match': '"1"', 'X-Actor': 'Analyst' },
    });
    expect(patched.status).toBe(200);
    await api.restart();
    expect((await api.call<Pledge>('GET', '/api/pledges/ukraine-buys-us-weapons')).body).toEqual(patched.body);
    const history = (await api.call<{ items: HistoryEvent[] }>('GET', '/api/pledges/ukraine-buys-us-weapons/history'))
      .body.items;
    expect(history.map((e) => [e.kind, e.actor])).toEqual([
      ['created', 'Seed'],
      ['updated', 'Analyst'],
    ]);
    expect((await api.call<{ total: number }>('GET', '/api/pledges')).body.total).toBe(4);
    await api.close();
  });
});
