// Cache headers as a client sees them, over a real socket: the real Node server (serverFetch over
// @hono/node-server, whose lightweight Response once dropped headers set after a response was
// made). Personal answers are never stored, public reads to anonymous readers may be kept by
// shared caches briefly, other API answers only privately and asked again before reuse, and
// pages are revalidated. Listens on 127.0.0.1 only.
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PATHS } from '@shared/contract';
import { serverFetch } from './securityHeaders';
import { openAccountsApi, type AccountsApi } from './testing/accountsHarness';

describe('cache headers on the wire', () => {
  let api: AccountsApi;
  let server: ServerType;
  let base: string;
  let token: string;

  beforeAll(async () => {
    api = await openAccountsApi();
    const owner = await api.bootstrapOwner();
    token = (await api.createToken(owner, 'read-write', 'cache check')).token;
    // A site that sets its cache header after the page is made, as staticSite does.
    const site = new Hono()
      .use('*', async (c, next) => {
        await next();
        c.res.headers.set('Cache-Control', 'no-cache');
      })
      .get('*', (c) => c.html('<!doctype html><title>page</title>'));
    await new Promise<void>((resolve, reject) => {
      server = serve(
        { fetch: serverFetch(api.app, site, { trustProxy: false }), hostname: '127.0.0.1', port: 0 },
        (info) => {
          base = `http://127.0.0.1:${info.port}`;
          resolve();
        },
      );
      server.once('error', reject);
    });
  });

  afterAll(async () => {
    if (server)
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
    await api?.close();
  });

  const get = (path: string, signedIn: boolean) =>
    fetch(`${base}${path}`, signedIn ? { headers: { Authorization: `Bearer ${token}` } } : {});

  it('never stores what is personal, signed in or not, answers and refusals alike', async () => {
    for (const path of [API_PATHS.session, API_PATHS.users, API_PATHS.tokens, API_PATHS.invites, '/api/settings']) {
      for (const signedIn of [false, true]) {
        const res = await get(path, signedIn);
        expect(res.headers.get('Cache-Control'), `${path} signed in: ${signedIn} (${res.status})`).toBe('no-store');
        await res.arrayBuffer();
      }
    }
  });

  it('lets signed-in reads be kept only privately, revalidated, and varied by who asks', async () => {
    for (const path of [
      API_PATHS.pledges,
      `${API_PATHS.pledges}?state=overdue`,
      API_PATHS.parties,
      API_PATHS.pledge('no-such-pledge'),
      API_PATHS.pledgesIcs,
      API_PATHS.health,
    ]) {
      const res = await get(path, true);
      expect(res.headers.get('Cache-Control'), `${path} (${res.status})`).toBe('private, no-cache');
      expect(res.headers.get('Vary')).toMatch(/Cookie, Authorization/);
      await res.arrayBuffer();
    }
  });

  it('lets shared caches keep public reads answered to anonymous readers, briefly, and nothing else', async () => {
    for (const [path, expected] of [
      [API_PATHS.pledges, 'public, max-age=5, stale-while-revalidate=30'],
      [`${API_PATHS.pledges}?state=overdue`, 'public, max-age=5, stale-while-revalidate=30'],
      [API_PATHS.parties, 'public, max-age=5, stale-while-revalidate=30'],
      [API_PATHS.pledgesIcs, 'public, max-age=60, stale-while-revalidate=600'],
      // A refusal and the liveness check are nobody's to keep.
      [API_PATHS.pledge('no-such-pledge'), 'private, no-cache'],
      [API_PATHS.health, 'private, no-cache'],
    ]) {
      const res = await get(path!, false);
      expect(res.headers.get('Cache-Control'), `${path} (${res.status})`).toBe(expected);
      // Built, then kept: the answer that went into the cache carries its validator too.
      if (expected!.startsWith('public')) expect(res.headers.get('ETag'), path).toMatch(/^"[0-9a-z]+"$/);
      expect(res.headers.get('Vary')).toMatch(/Cookie, Authorization/);
      await res.arrayBuffer();
    }
  });

  it('never stores the answer to a write', async () => {
    const res = await fetch(`${base}${API_PATHS.views}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Cached?', query: 'state=overdue' }),
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
  });

  it('keeps the header a page was given after it was made, beside the security headers', async () => {
    const res = await fetch(`${base}/pledges/anything`);
    expect(res.headers.get('Cache-Control')).toBe('no-cache');
    expect(res.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
  });
});
