// Changing one's email, tried from outside: a signed-in person cannot learn from the answers
// whether an address has an account here. Asking for a free address and for a taken one answer
// alike; the link goes to a free address, a note to the owner of a taken one. Until the link is
// opened the old email keeps signing in; once opened, the new one does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PATHS, type ConfirmedEmail, type PendingEmail, type SessionInfo } from '@shared/contract';
import {
  errorCode,
  errorMessage,
  HOUR,
  issuePaths,
  itLeaksNoHash,
  MINUTE,
  openAccountsApi,
  SITE_ORIGIN,
  type AccountsApi,
  type Answer,
  type Member,
  type Owner,
} from '../testing/accountsHarness';

/** The link in the last mail to `to`, if it has one. */
function tokenMailedTo(api: AccountsApi, to: string): string | undefined {
  const mail = api.mails.filter((m) => m.to === to).at(-1);
  return /\/confirm-email#token=([A-Za-z0-9_-]+)/.exec(mail?.text ?? '')?.[1];
}

/** What the person asking can see of an answer: its status, headers that matter, and body with the address left out. */
function seen(answer: Answer, email: string) {
  return {
    status: answer.status,
    type: answer.headers.get('content-type'),
    retryAfter: answer.headers.get('retry-after'),
    body: answer.text.replaceAll(email, '<email>'),
  };
}

describe('changing one’s email', () => {
  let api: AccountsApi;
  let owner: Owner;
  let first: Member;
  let second: Member;
  beforeAll(async () => {
    api = await openAccountsApi();
    owner = await api.bootstrapOwner();
    first = await api.member(owner, 'editor');
    second = await api.member(owner, 'viewer');
  });
  afterAll(() => api.close());

  it('answers a free address and a taken one alike, and mails each its own message', async () => {
    const free = 'first-new@example.org';
    const taken = owner.email;
    const mailsBefore = api.mails.length;
    const toFree = await first.browser.put<PendingEmail>(API_PATHS.accountEmail, { email: free });
    const toTaken = await second.browser.put<PendingEmail>(API_PATHS.accountEmail, { email: taken });
    expect(toFree.status).toBe(202);
    expect(seen(toTaken, taken)).toEqual(seen(toFree, free));
    expect(toFree.body.pending?.email).toBe(free);
    // What each sees afterwards is alike too, and neither account has changed yet.
    const pendingFree = await first.browser.get(API_PATHS.accountEmail);
    const pendingTaken = await second.browser.get(API_PATHS.accountEmail);
    expect(seen(pendingTaken, taken)).toEqual(seen(pendingFree, free));
    expect((await first.browser.session()).account?.email).toBe(first.email);
    expect((await second.browser.session()).account?.email).toBe(second.email);

    // One mail each: a link to the free address; to the taken one, a note to its owner and no link.
    const mails = api.mails.slice(mailsBefore);
    expect(mails.map((m) => m.to)).toEqual([free, taken]);
    expect(tokenMailedTo(api, free)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(mails[0]!.text).toContain(`${SITE_ORIGIN}/confirm-email#token=`);
    expect(mails[1]!.text).not.toContain('token=');
    expect(mails[1]!.text).toContain('It already belongs to your account there, so nothing changed');
  });

  it('keeps the old email signing in until the link is opened, then the new one only', async () => {
    const fresh = await api.member(owner, 'editor');
    const next = 'moved-on@example.org';
    expect((await fresh.browser.put(API_PATHS.accountEmail, { email: next })).status).toBe(202);
    expect((await api.browser().signIn(fresh.email, fresh.password)).status).toBe(200);
    expect((await api.browser().signIn(next, fresh.password)).status).toBe(401);

    // The link works in any browser, signed in or not, once.
    const token = tokenMailedTo(api, next)!;
    const confirmed = await api.browser().post<ConfirmedEmail>(API_PATHS.accountEmailConfirm, { token });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toEqual({ email: next });
    const again = await api.browser().post(API_PATHS.accountEmailConfirm, { token });
    expect(again.status).toBe(404);
    expect(errorCode(again)).toBe('not_found');

    expect((await api.browser().signIn(next, fresh.password)).status).toBe(200);
    expect((await api.browser().signIn(fresh.email, fresh.password)).status).toBe(401);
    // Their session goes on, with the new email; nothing is pending any more.
    expect((await fresh.browser.session()).account?.email).toBe(next);
    expect((await fresh.browser.get<PendingEmail>(API_PATHS.accountEmail)).body).toEqual({ pending: null });
  });

  it('a change to a taken address is one no link confirms: both accounts stay as they were', async () => {
    const fresh = await api.member(owner, 'viewer');
    expect((await fresh.browser.put(API_PATHS.accountEmail, { email: first.email })).status).toBe(202);
    expect(tokenMailedTo(api, first.email)).toBeUndefined();
    expect((await api.browser().signIn(first.email, first.password)).status).toBe(200);
    expect((await api.browser().signIn(fresh.email, fresh.password)).status).toBe(200);
  });

  it('a newer request, a dropped one and time each end a link', async () => {
    const fresh = await api.member(owner, 'editor');
    await fresh.browser.put(API_PATHS.accountEmail, { email: 'try-one@example.org' });
    const replaced = tokenMailedTo(api, 'try-one@example.org')!;
    // One request a minute, whatever the address.
    const soon = await fresh.browser.put(API_PATHS.accountEmail, { email: owner.email });
    expect(soon.status).toBe(429);
    expect(Number(soon.headers.get('Retry-After'))).toBeGreaterThan(0);
    api.advance(MINUTE);
    await fresh.browser.put(API_PATHS.accountEmail, { email: 'try-two@example.org' });
    expect((await api.browser().post(API_PATHS.accountEmailConfirm, { token: replaced })).status).toBe(404);

    const dropped = tokenMailedTo(api, 'try-two@example.org')!;
    expect((await fresh.browser.delete(API_PATHS.accountEmail)).status).toBe(204);
    expect((await fresh.browser.get<PendingEmail>(API_PATHS.accountEmail)).body).toEqual({ pending: null });
    expect((await api.browser().post(API_PATHS.accountEmailConfirm, { token: dropped })).status).toBe(404);

    api.advance(MINUTE);
    await fresh.browser.put(API_PATHS.accountEmail, { email: 'try-three@example.org' });
    const late = tokenMailedTo(api, 'try-three@example.org')!;
    api.advance(24 * HOUR + MINUTE);
    expect((await fresh.browser.get<PendingEmail>(API_PATHS.accountEmail)).body).toEqual({ pending: null });
    expect((await api.browser().post(API_PATHS.accountEmailConfirm, { token: late })).status).toBe(404);
    expect((await fresh.browser.session()).account?.email).toBe(fresh.email);
  });

  it('a link to an address someone took meanwhile changes nothing', async () => {
    const fresh = await api.member(owner, 'editor');
    const wanted = 'wanted-by-two@example.org';
    await fresh.browser.put(API_PATHS.accountEmail, { email: wanted });
    const token = tokenMailedTo(api, wanted)!;
    await api.member(owner, 'viewer', { email: wanted });
    const late = await api.browser().post(API_PATHS.accountEmailConfirm, { token });
    expect(late.status).toBe(400);
    expect(errorMessage(late)).toMatch(/now belongs to another account/);
    expect((await fresh.browser.session()).account?.email).toBe(fresh.email);
  });

  it('asks for nothing it already has, and signs no one out', async () => {
    const same = await first.browser.put(API_PATHS.accountEmail, { email: first.email });
    expect(same.status).toBe(400);
    expect(issuePaths(same)).toEqual(['email']);
    const anonymous = await api.browser().put(API_PATHS.accountEmail, { email: 'someone@example.org' });
    expect(anonymous.status).toBe(401);
  });
});

describe('PATCH /api/account and an email', () => {
  let api: AccountsApi;
  let owner: Owner;
  let member: Member;
  beforeAll(async () => {
    api = await openAccountsApi();
    owner = await api.bootstrapOwner();
    member = await api.member(owner, 'editor');
  });
  afterAll(() => api.close());

  it('answers a taken address and a free one alike: another email goes through its link', async () => {
    const taken = await member.browser.patch(API_PATHS.account, { email: owner.email });
    const free = await member.browser.patch(API_PATHS.account, { email: 'nobody-yet@example.org' });
    expect(taken.status).toBe(400);
    expect(seen(taken, owner.email)).toEqual(seen(free, 'nobody-yet@example.org'));
    expect(issuePaths(free)).toEqual(['email']);
    expect(errorMessage(free)).toMatch(/confirmed by a link sent to it/);
    expect((await member.browser.session()).account?.email).toBe(member.email);
  });

  it('still takes a name, and the email one already has', async () => {
    const renamed = await member.browser.patch<SessionInfo['account']>(API_PATHS.account, {
      name: 'Renamed Member',
      email: member.email,
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Renamed Member', email: member.email });
  });
});

itLeaksNoHash(['passwords', 'sessions', 'links']);
