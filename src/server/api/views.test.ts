// Saved views over HTTP, in-process against SQLite: save (a short slug, the canonical query),
// list, get, rename, delete, the refusals in the one error shape, and the OpenAPI entries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  savedViewSchema,
  VIEW_SLUG_ALPHABET,
  viewsResponseSchema,
  type ErrorBody,
  type SavedView,
} from '@shared/contract';
import { openTestApi, TEST_NOW, type TestApi } from '../testing/apiHarness';

const code = (body: unknown) => (body as ErrorBody).error.code;
const issuePaths = (body: unknown) => ((body as ErrorBody).error.issues ?? []).map((i) => i.path);

describe('/api/views', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await openTestApi();
  });
  afterAll(() => api.close());

  it('starts with no views', async () => {
    const res = await api.call('GET', '/api/views');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ items: [] });
  });

  it('saves a view with a short unambiguous slug and the canonical query, and lists and opens it', async () => {
    const res = await api.call<SavedView>('POST', '/api/views', {
      body: { name: '  Overdue for Ukraine ', query: 'sort=deadline&state=overdue,due&party=ukraine' },
    });
    expect(res.status).toBe(201);
    const view = savedViewSchema.parse(res.body);
    expect(view.slug).toMatch(new RegExp(`^[${VIEW_SLUG_ALPHABET}]{7}$`));
    expect(view).toMatchObject({
      name: 'Overdue for Ukraine',
      query: 'state=due%2Coverdue&party=ukraine&sort=deadline',
    });
    expect(view.createdAt).toBe(new Date(TEST_NOW).toISOString());
    expect(res.headers.get('location')).toBe(`/api/views/${view.slug}`);

    const one = await api.call<SavedView>('GET', `/api/views/${view.slug}`);
    expect(one.status).toBe(200);
    expect(one.body).toEqual(view);
    const list = await api.call<{ items: SavedView[] }>('GET', '/api/views');
    expect(viewsResponseSchema.parse(list.body).items.map((v) => v.slug)).toContain(view.slug);
  });

  it('gives each view its own slug, and keeps the unfiltered view as an empty query', async () => {
    const slugs = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const res = await api.call<SavedView>('POST', '/api/views', { body: { name: `All ${i}`, query: '' } });
      expect(res.status).toBe(201);
      expect(res.body.query).toBe('');
      slugs.add(res.body.slug);
    }
    expect(slugs.size).toBe(20);
  });

  it('renames a view, keeping its slug and query and moving updatedAt', async () => {
    const created = (
      await api.call<SavedView>('POST', '/api/views', { body: { name: 'Before', query: 'verdict=broken' } })
    ).body;
    api.setNow(TEST_NOW + 60_000);
    const res = await api.call<SavedView>('PATCH', `/api/views/${created.slug}`, { body: { name: 'After' } });
    api.setNow(TEST_NOW);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ...created, name: 'After', updatedAt: new Date(TEST_NOW + 60_000).toISOString() });
    expect((await api.call<SavedView>('GET', `/api/views/${created.slug}`)).body.name).toBe('After');
  });

  it('deletes a view with 204; then it is a 404 everywhere', async () => {
    const created = (await api.call<SavedView>('POST', '/api/views', { body: { name: 'Gone soon', query: 'q=grain' } }))
      .body;
    const res = await api.call('DELETE', `/api/views/${created.slug}`);
    expect(res.status).toBe(204);
    expect(res.body).toBeUndefined();
    for (const [method, body] of [['GET'], ['DELETE'], ['PATCH', { name: 'x' }]] as const) {
      const again = await api.call(method, `/api/views/${created.slug}`, body ? { body } : {});
      expect(again.status, method).toBe(404);
      expect(code(again.body)).toBe('not_found');
      expect((again.body as ErrorBody).error.message).toMatch(/saved view/);
    }
    expect((await api.call('GET', '/api/views/NOT-A-SLUG!')).status).toBe(404);
  });

  it('refuses a query the filter parser has any problem with, naming the field', async () => {
    for (const query of [
      'state=overdue&bogus=1',
      'verdict=maybe',
      'role=pledger',
      'from=2025-13-01',
      '?state=due',
      'limit=5',
      'x'.repeat(2001),
    ]) {
      const res = await api.call('POST', '/api/views', { body: { name: 'Bad', query } });
      expect(res.status, query).toBe(400);
      expect(code(res.body)).toBe('invalid_input');
      expect(issuePaths(res.body)).toContain('query');
    }
  });

  it('refuses bad names and unknown fields with 400', async () => {
    for (const body of [
      { name: '', query: '' },
      { name: '   ', query: '' },
      { name: 'x'.repeat(81), query: '' },
      { name: 'a\nb', query: '' },
      { query: '' },
      { name: 'ok', query: '', extra: 1 },
    ]) {
      const res = await api.call('POST', '/api/views', { body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(code(res.body)).toBe('invalid_input');
    }
    const created = (await api.call<SavedView>('POST', '/api/views', { body: { name: 'Keep', query: '' } })).body;
    const res = await api.call('PATCH', `/api/views/${created.slug}`, { body: { name: '', query: 'state=due' } });
    expect(res.status).toBe(400);
    expect(issuePaths(res.body).sort()).toEqual(['name', 'query']);
  });

  it('answers 413, 415 and malformed JSON like every other write', async () => {
    const big = await api.call('POST', '/api/views', { body: { name: 'Big', query: 'q=' + 'a'.repeat(70 * 1024) } });
    expect(big.status).toBe(413);
    expect(code(big.body)).toBe('payload_too_large');
    const text = await api.call('POST', '/api/views', {
      rawBody: 'name=x',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(text.status).toBe(415);
    expect(code(text.body)).toBe('unsupported_media_type');
    const broken = await api.call('POST', '/api/views', {
      rawBody: '{"name":',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(broken.status).toBe(400);
    expect(code(broken.body)).toBe('invalid_input');
    const put = await api.call('PUT', '/api/views');
    expect(put.status).toBe(405);
  });

  it('keeps views across a restart', async () => {
    const created = (await api.call<SavedView>('POST', '/api/views', { body: { name: 'Durable', query: 'tag=grain' } }))
      .body;
    await api.restart();
    expect((await api.call<SavedView>('GET', `/api/views/${created.slug}`)).body).toEqual(created);
  });

  it('is described in the OpenAPI document', async () => {
    const res = await api.call<{ paths: Record<string, Record<string, { responses: Record<string, unknown> }>> }>(
      'GET',
      '/api/openapi.json',
    );
    expect(Object.keys(res.body.paths['/api/views']!).sort()).toEqual(['get', 'post']);
    expect(Object.keys(res.body.paths['/api/views/{slug}']!).sort()).toEqual(['delete', 'get', 'patch']);
    expect(Object.keys(res.body.paths['/api/views']!.post!.responses).sort()).toEqual([
      '201',
      '400',
      '401',
      '403',
      '413',
      '415',
      '429',
      '500',
    ]);
    expect(Object.keys(res.body.paths['/api/views/{slug}']!.delete!.responses).sort()).toEqual([
      '204',
      '401',
      '403',
      '404',
      '429',
      '500',
    ]);
  });
});
