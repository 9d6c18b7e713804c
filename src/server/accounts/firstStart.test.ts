// The owner's first start, tried as an intruder would: the one-time link the server prints works
// once, for an hour, and only the newest one; the owner reads but changes nothing before choosing
// a password; once an admin has a password no link is issued at all.
import { afterEach, describe, expect, it } from 'vitest';
import { API_PATHS, type HistoryEvent, type Pledge, type SessionInfo, type UserSummary } from '@shared/contract';
import {
  errorCode,
  errorMessage,
  HOUR,
  issuePaths,
  itLeaksNoHash,
  NEW_PLEDGE,
  openAccountsApi,
  OWNER,
  type AccountsApi,
} from '../testing/accountsHarness';

describe('the first-start link', () => {
  let api: AccountsApi;
  afterEach(() => api.close());

  it('is issued while no admin has a password, signs the owner in once, and a second use is refused', async () => {
    api = await openAccountsApi();
    const token = await api.accounts.ownerLinkToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const owner = api.browser();
    const signedIn = await owner.post<SessionInfo>(API_PATHS.sessionLink, { token });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body).toMatchObject({
      account: { role: 'admin', email: null, needsPassword: true },
      via: 'session',
    });
    expect(owner.cookie).toBeDefined();
    expect((await owner.session()).account?.role).toBe('admin');

    // The same link again, from another browser or the same one: refused.
    for (const b of [api.browser(), owner]) {
      const again = await b.post(API_PATHS.sessionLink, { token });
      expect(again.status).toBe(401);
      expect(errorCode(again)).toBe('unauthenticated');
      expect(again.setCookies).toEqual([]);
    }
    // A link that was never issued, and one that is not even shaped like one.
    const forged = await api.browser().post(API_PATHS.sessionLink, { token: 'A'.repeat(43) });
    expect(forged.status).toBe(401);
    expect(errorCode(forged)).toBe('unauthenticated');
    const malformed = await api.browser().post(API_PATHS.sessionLink, { token: 'short' });
    expect(malformed.status).toBe(400);
    expect(errorCode(malformed)).toBe('invalid_input');
  });

  it('expires after an hour', async () => {
    api = await openAccountsApi();
    const late = (await api.accounts.ownerLinkToken())!;
    api.advance(HOUR + 1);
    const res = await api.browser().post(API_PATHS.sessionLink, { token: late });
    expect(res.status).toBe(401);
    expect(errorCode(res)).toBe('unauthenticated');
    expect(errorMessage(res)).toMatch(/expired/);

    // Just inside the hour it works.
    const fresh = (await api.accounts.ownerLinkToken())!;
    api.advance(HOUR - 1);
    expect((await api.browser().post(API_PATHS.sessionLink, { token: fresh })).status).toBe(200);
  });

  it('works whichever instance printed it, and stops working once another one is used', async () => {
    api = await openAccountsApi();
    // Instances starting together (or a restart) each print a link, for the one owner.
    const [older, newer] = [(await api.accounts.ownerLinkToken())!, (await api.accounts.ownerLinkToken())!];
    expect(newer).not.toBe(older);
    const owner = api.browser();
    // The older one works: a later start does not void the link another instance printed.
    expect((await owner.post(API_PATHS.sessionLink, { token: older })).status).toBe(200);
    expect((await owner.session()).account?.role).toBe('admin');
    const other = await api.browser().post(API_PATHS.sessionLink, { token: newer });
    expect(other.status).toBe(401);
    expect(errorCode(other)).toBe('unauthenticated');
  });

  it('lets the owner read but not write until a password is set; then no link is issued any more', async () => {
    api = await openAccountsApi();
    const token = (await api.accounts.ownerLinkToken())!;
    const owner = api.browser();
    expect((await owner.post(API_PATHS.sessionLink, { token })).status).toBe(200);

    const before = await owner.get<{ total: number }>('/api/pledges');
    expect(before.status).toBe(200);
    for (const [method, url, body] of [
      ['POST', '/api/pledges', NEW_PLEDGE],
      ['POST', API_PATHS.invites, { role: 'editor' }],
      ['PUT', API_PATHS.settings, { visibility: 'private' }],
    ] as const) {
      const res = await owner.request(method, url, { body });
      expect(res.status, `${method} ${url}`).toBe(403);
      expect(errorCode(res)).toBe('forbidden');
      expect(errorMessage(res)).toMatch(/password/);
    }
    expect((await owner.get(API_PATHS.users)).status).toBe(403);
    expect((await owner.get<{ total: number }>('/api/pledges')).body.total).toBe(before.body.total);

    // A password needs an email to sign in with first.
    const noEmail = await owner.put(API_PATHS.password, { next: OWNER.password });
    expect(noEmail.status).toBe(400);
    expect(issuePaths(noEmail)).toEqual(['email']);
    expect((await owner.patch(API_PATHS.account, { name: OWNER.name, email: OWNER.email })).status).toBe(200);
    const short = await owner.put(API_PATHS.password, { next: 'short' });
    expect(short.status).toBe(400);
    expect(issuePaths(short)).toEqual(['next']);
    // Meanwhile another restart would still print a link, which replaces the one used.
    expect(await api.accounts.ownerLinkToken()).toEqual(expect.any(String));

    expect((await owner.put(API_PATHS.password, { next: OWNER.password })).status).toBe(204);
    expect((await owner.session()).account).toMatchObject({
      needsPassword: false,
      name: OWNER.name,
      email: OWNER.email,
    });
    const created = await owner.post<Pledge>('/api/pledges', NEW_PLEDGE);
    expect(created.status).toBe(201);
    const history = await owner.get<{ items: HistoryEvent[] }>(`/api/pledges/${created.body.id}/history`);
    expect(history.body.items[0]).toMatchObject({ kind: 'created', actor: OWNER.name });

    // No more links: an admin has a password.
    expect(await api.accounts.ownerLinkToken()).toBeNull();
    // The owner signs in like anyone else now, and there is one owner, not one per link.
    const elsewhere = api.browser();
    expect((await elsewhere.signIn(OWNER.email, OWNER.password)).status).toBe(200);
    const users = await elsewhere.get<{ items: UserSummary[] }>(API_PATHS.users);
    expect(users.body.items).toHaveLength(1);
    expect(users.body.items[0]).toMatchObject({ role: 'admin', email: OWNER.email });
  });

  it('printed before the owner set a password (a restart meanwhile), no longer signs anyone in once it is set', async () => {
    api = await openAccountsApi();
    const first = (await api.accounts.ownerLinkToken())!;
    const owner = api.browser();
    expect((await owner.post(API_PATHS.sessionLink, { token: first })).status).toBe(200);
    const printedMeanwhile = (await api.accounts.ownerLinkToken())!;
    expect((await owner.patch(API_PATHS.account, { name: OWNER.name, email: OWNER.email })).status).toBe(200);
    expect((await owner.put(API_PATHS.password, { next: OWNER.password })).status).toBe(204);

    const stranger = api.browser();
    const res = await stranger.post(API_PATHS.sessionLink, { token: printedMeanwhile });
    expect(res.status).toBe(401);
    expect(errorCode(res)).toBe('unauthenticated');
    expect(res.setCookies).toEqual([]);
    expect((await stranger.session()).account).toBeNull();
  });

  it('is not issued again even if the owner later changes their password', async () => {
    api = await openAccountsApi();
    const owner = await api.bootstrapOwner();
    expect(await api.accounts.ownerLinkToken()).toBeNull();
    expect(
      (await owner.browser.put(API_PATHS.password, { current: OWNER.password, next: 'another-password-2' })).status,
    ).toBe(204);
    expect(await api.accounts.ownerLinkToken()).toBeNull();
  });
});

itLeaksNoHash(['passwords', 'sessions', 'links']);
