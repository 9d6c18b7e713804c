// Browser sessions, tried from outside: the cookie's flags (HttpOnly, SameSite=Lax, Path=/,
// Secure over HTTPS or behind a trusted HTTPS proxy only); a new session id at every sign-in, so
// a planted or old id is worth nothing; signing out (here, everywhere, by a password change)
// ends sessions on the server, not just in the browser; sessions end after 30 days, or 14 unused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PATHS, SESSION_COOKIE, type SessionInfo } from '@shared/contract';
import {
  DAY,
  errorCode,
  issuePaths,
  itLeaksNoHash,
  openAccountsApi,
  type AccountsApi,
  type Answer,
  type Browser,
  type Member,
  type Owner,
} from '../testing/accountsHarness';

function sessionCookie(res: Answer): string {
  const line = res.setCookies.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  expect(line, 'a pt_session Set-Cookie').toBeDefined();
  return line!;
}

function attributes(line: string): string[] {
  return line
    .split(';')
    .slice(1)
    .map((a) => a.trim().toLowerCase());
}

/** A second browser that holds a copy of `b`'s cookie, as a thief would. */
function copyOf(api: AccountsApi, b: Browser): Browser {
  const copy = api.browser();
  copy.setCookie(b.cookie);
  return copy;
}

describe('the session cookie', () => {
  let api: AccountsApi;
  let owner: Owner;
  beforeAll(async () => {
    api = await openAccountsApi();
    owner = await api.bootstrapOwner();
  });
  afterAll(() => api.close());

  it('is HttpOnly, SameSite=Lax, Path=/, for 30 days, and not Secure over http', async () => {
    const res = await api.browser().signIn(owner.email, owner.password);
    expect(res.status).toBe(200);
    const line = sessionCookie(res);
    expect(line).toMatch(new RegExp(`^${SESSION_COOKIE}=[A-Za-z0-9_-]{43};`));
    const attrs = attributes(line);
    expect(attrs).toContain('httponly');
    expect(attrs).toContain('samesite=lax');
    expect(attrs).toContain('path=/');
    expect(attrs).toContain(`max-age=${30 * 24 * 3600}`);
    expect(attrs).not.toContain('secure');
    expect(attrs.some((a) => a.startsWith('domain='))).toBe(false);
  });

  it('is Secure when the request came over https', async () => {
    const b = api.browser();
    const res = await b.request<SessionInfo>('POST', 'https://localhost/api/session', {
      body: { email: owner.email, password: owner.password },
      origin: 'https://localhost',
    });
    expect(res.status).toBe(200);
    expect(attributes(sessionCookie(res))).toEqual(
      expect.arrayContaining(['secure', 'httponly', 'samesite=lax', 'path=/']),
    );
    // Signing out over https clears it with the same flags.
    const out = await b.request('DELETE', 'https://localhost/api/session', { origin: 'https://localhost' });
    expect(out.status).toBe(204);
    expect(attributes(sessionCookie(out))).toEqual(expect.arrayContaining(['secure', 'max-age=0', 'path=/']));
  });

  it('believes X-Forwarded-Proto only behind a trusted proxy', async () => {
    const forwarded = { 'X-Forwarded-Proto': 'https' };
    const untrusted = await api.browser().signIn(owner.email, owner.password, { headers: forwarded });
    expect(untrusted.status).toBe(200);
    expect(attributes(sessionCookie(untrusted))).not.toContain('secure');

    const proxied = await openAccountsApi({ trustProxy: true });
    try {
      const boss = await proxied.bootstrapOwner();
      // Behind a proxy that terminates HTTPS, the page (and so the Origin) is https too.
      const behind = await proxied
        .browser()
        .signIn(boss.email, boss.password, { headers: forwarded, origin: 'https://localhost' });
      expect(behind.status).toBe(200);
      expect(attributes(sessionCookie(behind))).toContain('secure');
      const plain = await proxied
        .browser()
        .signIn(boss.email, boss.password, { headers: { 'X-Forwarded-Proto': 'http' } });
      expect(attributes(sessionCookie(plain))).not.toContain('secure');
    } finally {
      await proxied.close();
    }
  });
});

describe('signing in rotates the session', () => {
  let api: AccountsApi;
  let owner: Owner;
  let editor: Member;
  beforeAll(async () => {
    api = await openAccountsApi();
    owner = await api.bootstrapOwner();
    editor = await api.member(owner, 'editor');
  });
  afterAll(() => api.close());

  it('makes a planted session id worth nothing', async () => {
    const victim = api.browser();
    const planted = 'planted-by-an-attacker-0123456789abcdef';
    victim.setCookie(planted);
    expect((await victim.session()).account).toBeNull();
    expect((await victim.signIn(editor.email, editor.password)).status).toBe(200);
    expect(victim.cookie).toBeDefined();
    expect(victim.cookie).not.toBe(planted);
    const attacker = api.browser();
    attacker.setCookie(planted);
    expect((await attacker.session()).account).toBeNull();
    expect((await victim.session()).account?.email).toBe(editor.email);
  });

  it('ends the session the browser had before signing in again', async () => {
    const b = api.browser();
    expect((await b.signIn(owner.email, owner.password)).status).toBe(200);
    const before = copyOf(api, b);
    expect((await before.session()).account?.email).toBe(owner.email);
    expect((await b.signIn(editor.email, editor.password)).status).toBe(200);
    expect(b.cookie).not.toBe(before.cookie);
    expect((await b.session()).account?.email).toBe(editor.email);
    const stale = await before.session();
    expect(stale.account).toBeNull();
    expect(stale.via).toBe('anonymous');
  });

  it('rotates on the one-time link and on accepting an invite too', async () => {
    const invite = await api.invite(owner, 'viewer');
    const b = api.browser();
    expect((await b.signIn(editor.email, editor.password)).status).toBe(200);
    const before = copyOf(api, b);
    const accepted = await b.post<SessionInfo>(API_PATHS.inviteAccept, {
      token: invite.token,
      name: 'New Viewer',
      email: 'new-viewer@example.org',
      password: 'new-viewer-password',
    });
    expect(accepted.status).toBe(201);
    expect(b.cookie).not.toBe(before.cookie);
    expect((await before.session()).account).toBeNull();

    const fresh = await openAccountsApi();
    try {
      const token = (await fresh.accounts.ownerLinkToken())!;
      const c = fresh.browser();
      c.setCookie('planted-before-the-link-0123456789');
      expect((await c.post(API_PATHS.sessionLink, { token })).status).toBe(200);
      expect(c.cookie).not.toBe('planted-before-the-link-0123456789');
      expect((await c.session()).account?.role).toBe('admin');
    } finally {
      await fresh.close();
    }
  });
});

describe('signing out', () => {
  let api: AccountsApi;
  let owner: Owner;
  let editor: Member;
  beforeAll(async () => {
    api = await openAccountsApi();
    owner = await api.bootstrapOwner();
    editor = await api.member(owner, 'editor');
  });
  afterAll(() => api.close());

  it('DELETE /api/session ends this session on the server and clears the cookie', async () => {
    const b = api.browser();
    expect((await b.signIn(editor.email, editor.password)).status).toBe(200);
    const copy = copyOf(api, b);
    const out = await b.delete(API_PATHS.session);
    expect(out.status).toBe(204);
    expect(attributes(sessionCookie(out))).toContain('max-age=0');
    expect(b.cookie).toBeUndefined();
    expect((await b.session()).account).toBeNull();
    // A copy of the cookie taken before is worth nothing: the session is gone from the server.
    expect((await copy.session()).account).toBeNull();
    const write = await copy.post('/api/views', { name: 'After sign-out', query: '' });
    expect(write.status).toBe(401);
    expect(errorCode(write)).toBe('unauthenticated');
    // The person's other sessions go on.
    expect((await editor.browser.session()).account?.email).toBe(editor.email);
  });

  it('POST /api/session/everywhere ends every session of that person, and no one else’s', async () => {
    const laptop = api.browser();
    const phone = api.browser();
    for (const b of [laptop, phone]) expect((await b.signIn(editor.email, editor.password)).status).toBe(200);
    const { token } = await api.createToken(editor, 'read');
    const ownerElsewhere = api.browser();
    expect((await ownerElsewhere.signIn(owner.email, owner.password)).status).toBe(200);

    const res = await laptop.post(API_PATHS.signOutEverywhere);
    expect(res.status).toBe(204);
    for (const b of [laptop, phone, editor.browser]) {
      expect((await b.session()).account).toBeNull();
      expect((await b.post('/api/views', { name: 'x', query: '' })).status).toBe(401);
    }
    const db = api.store.database;
    expect(await db.selectFrom('sessions').select('id_hash').where('user_id', '=', editor.id).execute()).toEqual([]);
    // Another person's sessions are untouched.
    for (const b of [owner.browser, ownerElsewhere]) expect((await b.session()).account?.email).toBe(owner.email);
    // API tokens are revoked one by one, not by signing out: this one still reads.
    expect((await api.bearer(token).get('/api/pledges')).status).toBe(200);
    // And signing in again works.
    expect((await laptop.signIn(editor.email, editor.password)).status).toBe(200);
    // Signed out, the route needs someone signed in.
    const anon = await api.browser().post(API_PATHS.signOutEverywhere);
    expect(anon.status).toBe(401);
    expect(errorCode(anon)).toBe('unauthenticated');
  });
});

describe('changing the password', () => {
  let api: AccountsApi;
  let owner: Owner;
  let person: Member;
  beforeAll(async () => {
    api = await openAccountsApi();
    owner = await api.bootstrapOwner();
    person = await api.member(owner, 'editor');
  });
  afterAll(() => api.close());

  it('refuses a wrong or missing current password (400 on "current") and changes nothing', async () => {
    const other = api.browser();
    expect((await other.signIn(person.email, person.password)).status).toBe(200);
    for (const body of [{ current: 'not-my-password', next: 'a-new-password-1' }, { next: 'a-new-password-1' }]) {
      const res = await person.browser.put(API_PATHS.password, body);
      expect(res.status).toBe(400);
      expect(errorCode(res)).toBe('invalid_input');
      expect(issuePaths(res)).toEqual(['current']);
    }
    expect((await other.session()).account?.email).toBe(person.email);
    expect((await api.browser().signIn(person.email, 'a-new-password-1')).status).toBe(401);
    expect((await api.browser().signIn(person.email, person.password)).status).toBe(200);
  });

  it('ends the person’s other sessions and keeps this one', async () => {
    const here = api.browser();
    const there = api.browser();
    for (const b of [here, there]) expect((await b.signIn(person.email, person.password)).status).toBe(200);
    const ownerBefore = await owner.browser.session();

    const res = await here.put(API_PATHS.password, { current: person.password, next: 'a-new-password-2' });
    expect(res.status).toBe(204);
    expect((await here.session()).account?.email).toBe(person.email);
    expect((await here.post('/api/views', { name: 'Still here', query: '' })).status).toBe(201);
    for (const b of [there, person.browser]) expect((await b.session()).account).toBeNull();
    expect(await owner.browser.session()).toEqual(ownerBefore);

    expect((await api.browser().signIn(person.email, person.password)).status).toBe(401);
    expect((await api.browser().signIn(person.email, 'a-new-password-2')).status).toBe(200);
  });
});

describe('a session’s lifetime', () => {
  let api: AccountsApi;
  let owner: Owner;
  beforeAll(async () => {
    api = await openAccountsApi();
    owner = await api.bootstrapOwner();
  });
  afterAll(() => api.close());

  it('ends 30 days after sign-in, however much it is used', async () => {
    const b = api.browser();
    expect((await b.signIn(owner.email, owner.password)).status).toBe(200);
    for (const days of [10, 10, 9]) {
      api.advance(days * DAY);
      expect((await b.session()).account?.email).toBe(owner.email);
    }
    api.advance(DAY - 1); // 30 days less 1 ms
    expect((await b.session()).account?.email).toBe(owner.email);
    api.advance(1);
    expect((await b.session()).account).toBeNull();
    const write = await b.post('/api/views', { name: 'Too late', query: '' });
    expect(write.status).toBe(401);
    expect(errorCode(write)).toBe('unauthenticated');
  });

  it('ends after 14 days unused', async () => {
    const used = api.browser();
    const idle = api.browser();
    for (const b of [used, idle]) expect((await b.signIn(owner.email, owner.password)).status).toBe(200);
    api.advance(7 * DAY);
    expect((await used.session()).account).not.toBeNull();
    api.advance(7 * DAY);
    expect((await idle.session()).account).not.toBeNull(); // exactly 14 days: still on
    api.advance(7 * DAY);
    expect((await used.session()).account).not.toBeNull();
    const idle2 = api.browser();
    expect((await idle2.signIn(owner.email, owner.password)).status).toBe(200);
    api.advance(14 * DAY + 1);
    expect((await idle2.session()).account).toBeNull();
  });
});

itLeaksNoHash(['passwords', 'sessions', 'tokens', 'links']);
