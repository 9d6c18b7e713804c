// Cross-site requests, tried as another site's page would send them: a write that a browser's
// cookie signs needs this site's Origin (or Fetch Metadata saying same-origin); anything else is
// a 403 that changes nothing. A script with a token sends no Origin and is fine. Signing in
// (and out) from another site is refused too, so no one can be signed in as someone else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PATHS, type Pledge, type SessionInfo } from '@shared/contract';
import {
  errorCode,
  errorMessage,
  itLeaksNoHash,
  NEW_PLEDGE,
  openAccountsApi,
  recordSnapshot,
  recordWrites,
  SITE_ORIGIN,
  type AccountsApi,
  type Member,
  type Owner,
} from '../testing/accountsHarness';

const FOREIGN = ['https://evil.example', 'http://localhost.evil.example', 'http://localhost:5173', 'null', 'not a url'];

describe('cross-site writes', () => {
  let api: AccountsApi;
  let owner: Owner;
  let editor: Member;
  beforeAll(async () => {
    api = await openAccountsApi();
    owner = await api.bootstrapOwner();
    editor = await api.member(owner, 'editor');
  });
  afterAll(() => api.close());

  it('refuses a cookie-signed write with another site’s Origin (403), and changes nothing', async () => {
    const before = await recordSnapshot(owner.browser);
    for (const origin of FOREIGN) {
      for (const write of recordWrites()) {
        const res = await editor.browser.request(write.method, write.url, {
          body: write.body,
          headers: write.headers,
          origin,
        });
        expect(res.status, `${write.what} from ${origin}`).toBe(403);
        expect(errorCode(res)).toBe('forbidden');
        expect(errorMessage(res)).toMatch(/another site/);
      }
    }
    expect(await recordSnapshot(owner.browser)).toBe(before);
    expect((await editor.browser.session()).account?.role).toBe('editor');
  });

  it('refuses a cookie-signed write with no Origin and no Sec-Fetch-Site, or a cross-site one', async () => {
    const before = await recordSnapshot(owner.browser);
    for (const secFetchSite of [undefined, 'cross-site', 'same-site']) {
      const res = await editor.browser.post('/api/pledges', NEW_PLEDGE, {
        origin: null,
        ...(secFetchSite ? { secFetchSite } : {}),
      });
      expect(res.status, String(secFetchSite)).toBe(403);
      expect(errorCode(res)).toBe('forbidden');
    }
    // A foreign Origin is refused even when Fetch Metadata claims same-origin.
    const mixed = await editor.browser.post('/api/pledges', NEW_PLEDGE, {
      origin: 'https://evil.example',
      secFetchSite: 'same-origin',
    });
    expect(mixed.status).toBe(403);
    expect(await recordSnapshot(owner.browser)).toBe(before);
  });

  it('accepts this site’s Origin, or Sec-Fetch-Site: same-origin without one', async () => {
    const withOrigin = await editor.browser.post<Pledge>('/api/pledges', NEW_PLEDGE, { origin: SITE_ORIGIN });
    expect(withOrigin.status).toBe(201);
    const withMetadata = await editor.browser.post<Pledge>('/api/pledges', NEW_PLEDGE, {
      origin: null,
      secFetchSite: 'same-origin',
    });
    expect(withMetadata.status).toBe(201);
  });

  it('accepts a Bearer write with no Origin (a script cannot be made to send another’s token)', async () => {
    const { token } = await api.createToken(editor, 'read-write');
    const res = await api.bearer(token).post<Pledge>('/api/pledges', NEW_PLEDGE);
    expect(res.status).toBe(201);
  });

  it('refuses a signed-out browser’s write that still carries a stale cookie, from another site, as 403', async () => {
    const b = api.browser();
    b.setCookie('stale-session-value-that-is-long-enough');
    const res = await b.post('/api/pledges', NEW_PLEDGE, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(errorCode(res)).toBe('forbidden');
    const noOrigin = await b.post('/api/pledges', NEW_PLEDGE, { origin: null });
    expect(noOrigin.status).toBe(403);
  });

  it('compares the whole origin, scheme included: https on an http server is another site', async () => {
    const before = await recordSnapshot(owner.browser);
    const host = new URL(SITE_ORIGIN).host;
    const res = await editor.browser.post('/api/pledges', NEW_PLEDGE, { origin: `https://${host}` });
    expect(res.status).toBe(403);
    expect(errorCode(res)).toBe('forbidden');
    expect(await recordSnapshot(owner.browser)).toBe(before);
  });

  it('trusts X-Forwarded-Host only behind a trusted proxy', async () => {
    // trustProxy is off here: a forged X-Forwarded-Host does not make a foreign Origin ours.
    const res = await editor.browser.post('/api/pledges', NEW_PLEDGE, {
      origin: 'https://evil.example',
      headers: { 'X-Forwarded-Host': 'evil.example' },
    });
    expect(res.status).toBe(403);

    const proxied = await openAccountsApi({ trustProxy: true });
    try {
      const boss = await proxied.bootstrapOwner();
      const behind = await boss.browser.post('/api/pledges', NEW_PLEDGE, {
        origin: 'https://tracker.example',
        headers: { 'X-Forwarded-Host': 'tracker.example', 'X-Forwarded-Proto': 'https' },
      });
      expect(behind.status).toBe(201);
      // The proxy says the page was served over https: an http page on that host is another origin.
      const plain = await boss.browser.post('/api/pledges', NEW_PLEDGE, {
        origin: 'http://tracker.example',
        headers: { 'X-Forwarded-Host': 'tracker.example', 'X-Forwarded-Proto': 'https' },
      });
      expect(plain.status).toBe(403);
      const elsewhere = await boss.browser.post('/api/pledges', NEW_PLEDGE, {
        origin: 'https://evil.example',
        headers: { 'X-Forwarded-Host': 'tracker.example' },
      });
      expect(elsewhere.status).toBe(403);
    } finally {
      await proxied.close();
    }
  });
});

describe('cross-site sign-in and sign-out', () => {
  let api: AccountsApi;
  let owner: Owner;
  let editor: Member;
  beforeAll(async () => {
    api = await openAccountsApi();
    owner = await api.bootstrapOwner();
    editor = await api.member(owner, 'editor');
  });
  afterAll(() => api.close());

  it('refuses a sign-in posted from another site (login CSRF): 403, no cookie', async () => {
    for (const origin of FOREIGN) {
      const victim = api.browser();
      const res = await victim.signIn(editor.email, editor.password, { origin });
      expect(res.status, origin).toBe(403);
      expect(errorCode(res)).toBe('forbidden');
      expect(res.setCookies).toEqual([]);
      expect((await victim.session()).account).toBeNull();
    }
    const viaMetadata = await api
      .browser()
      .signIn(editor.email, editor.password, { origin: null, secFetchSite: 'cross-site' });
    expect(viaMetadata.status).toBe(403);
    // The same from this site signs in.
    const ok = await api.browser().signIn(editor.email, editor.password);
    expect(ok.status).toBe(200);
    expect((ok.body as SessionInfo).account?.email).toBe(editor.email);
  });

  it('refuses the one-time link and an invite posted from another site', async () => {
    const invite = await api.invite(owner, 'admin');
    const b = api.browser();
    const res = await b.post(
      API_PATHS.inviteAccept,
      { token: invite.token, name: 'Mallory', email: 'mallory@example.org', password: 'mallory-password' },
      { origin: 'https://evil.example' },
    );
    expect(res.status).toBe(403);
    expect(errorCode(res)).toBe('forbidden');
    // Refused before it was used: it still works from this site.
    expect((await api.browser().post(API_PATHS.inviteCheck, { token: invite.token })).status).toBe(200);
    const link = await b.post(API_PATHS.sessionLink, { token: 'C'.repeat(43) }, { origin: 'https://evil.example' });
    expect(link.status).toBe(403);
  });

  it('refuses sign-out and sign-out-everywhere from another site: the session stays', async () => {
    for (const url of [API_PATHS.session, API_PATHS.signOutEverywhere]) {
      const res = await editor.browser.request(url === API_PATHS.session ? 'DELETE' : 'POST', url, {
        origin: 'https://evil.example',
      });
      expect(res.status).toBe(403);
      expect(errorCode(res)).toBe('forbidden');
      expect(res.setCookies).toEqual([]);
      expect((await editor.browser.session()).account?.email).toBe(editor.email);
    }
  });

  it('refuses account changes from another site: name, email, password, tokens, invites', async () => {
    const tries: [string, string, unknown][] = [
      ['PATCH', API_PATHS.account, { email: 'attacker@example.org' }],
      ['PUT', API_PATHS.password, { current: owner.password, next: 'attacker-password' }],
      ['POST', API_PATHS.tokens, { name: 'stolen', scope: 'read-write' }],
      ['POST', API_PATHS.invites, { role: 'admin' }],
      ['PUT', API_PATHS.settings, { visibility: 'private' }],
    ];
    for (const [method, url, body] of tries) {
      const res = await owner.browser.request(method, url, { body, origin: 'https://evil.example' });
      expect(res.status, `${method} ${url}`).toBe(403);
      expect(errorCode(res)).toBe('forbidden');
    }
    expect((await owner.browser.session()).account?.email).toBe(owner.email);
    expect((await api.browser().signIn(owner.email, owner.password)).status).toBe(200);
    expect((await owner.browser.get<{ items: unknown[] }>(API_PATHS.tokens)).body.items).toEqual([]);
  });
});

itLeaksNoHash(['passwords', 'sessions', 'tokens', 'links']);
