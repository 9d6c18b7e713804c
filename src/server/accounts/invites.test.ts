// Invites, tried from outside: only admins make, list and revoke them; a link shows its role and
// who sent it, signs its person in with that role once, and is refused (404) once used, expired
// or revoked. Without a valid invite nothing is said about an address; with one, a taken address
// is said once and uses the invite up, so an invite tells about one address at most.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  API_PATHS,
  type CreatedInvite,
  type Invite,
  type InvitePreview,
  type Pledge,
  type SessionInfo,
} from '@shared/contract';
import {
  DAY,
  errorCode,
  issuePaths,
  itLeaksNoHash,
  NEW_PLEDGE,
  openAccountsApi,
  type AccountsApi,
  type Member,
  type Owner,
} from '../testing/accountsHarness';

const person = (n: string) => ({
  name: `Invited ${n}`,
  email: `invited-${n}@example.org`,
  password: `password-of-${n}`,
});

describe('invites', () => {
  let api: AccountsApi;
  let owner: Owner;
  let editor: Member;
  beforeAll(async () => {
    api = await openAccountsApi();
    owner = await api.bootstrapOwner();
    editor = await api.member(owner, 'editor');
  });
  afterAll(() => api.close());

  const check = (token: string) => api.browser().post<InvitePreview>(API_PATHS.inviteCheck, { token });
  const accept = (token: string, who: ReturnType<typeof person>) => {
    const b = api.browser();
    return b.post<SessionInfo>(API_PATHS.inviteAccept, { token, ...who }).then((res) => ({ res, b }));
  };
  const expectRefused = async (token: string, who: ReturnType<typeof person>) => {
    const checked = await check(token);
    expect(checked.status).toBe(404);
    expect(errorCode(checked)).toBe('not_found');
    const { res, b } = await accept(token, who);
    expect(res.status).toBe(404);
    expect(errorCode(res)).toBe('not_found');
    expect(res.setCookies).toEqual([]);
    expect((await b.session()).account).toBeNull();
    const signIn = await api.browser().signIn(who.email, who.password);
    expect(signIn.status).toBe(401);
  };

  it('are made, listed and revoked by admins only', async () => {
    for (const [b, status, code] of [
      [editor.browser, 403, 'forbidden'],
      [api.browser(), 401, 'unauthenticated'],
    ] as const) {
      const made = await b.post(API_PATHS.invites, { role: 'admin' });
      expect(made.status).toBe(status);
      expect(errorCode(made)).toBe(code);
      const listed = await b.get(API_PATHS.invites);
      expect(listed.status).toBe(status);
      expect(errorCode(listed)).toBe(code);
    }
    const invite = await api.invite(owner, 'viewer', 'for the press office');
    expect(invite).toMatchObject({ role: 'viewer', note: 'for the press office', createdBy: owner.name });
    expect(invite.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    for (const [b, status] of [
      [editor.browser, 403],
      [api.browser(), 401],
    ] as const) {
      const revoked = await b.delete(API_PATHS.invite(invite.id));
      expect(revoked.status).toBe(status);
    }
    const list = await owner.browser.get<{ items: Invite[] }>(API_PATHS.invites);
    expect(list.status).toBe(200);
    const listed = list.body.items.find((i) => i.id === invite.id);
    expect(listed).toEqual({
      id: invite.id,
      role: 'viewer',
      note: 'for the press office',
      createdAt: invite.createdAt,
      expiresAt: invite.expiresAt,
      createdBy: owner.name,
    });
    expect(list.text).not.toContain(invite.token);
    // Still usable: the editor's attempts to revoke it did nothing.
    expect((await check(invite.token)).status).toBe(200);
  });

  it('shows its role and who sent it, and signs its person in with that role', async () => {
    const invite = await api.invite(owner, 'editor');
    const preview = await check(invite.token);
    expect(preview.status).toBe(200);
    expect(preview.body).toEqual({ role: 'editor', invitedBy: owner.name, expiresAt: invite.expiresAt });
    expect(Date.parse(invite.expiresAt) - api.now).toBe(7 * DAY);

    const who = person('a');
    const { res, b } = await accept(invite.token, who);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      account: { role: 'editor', name: who.name, email: who.email, needsPassword: false },
      via: 'session',
    });
    expect((await b.session()).account?.role).toBe('editor');
    expect((await b.post<Pledge>('/api/pledges', NEW_PLEDGE)).status).toBe(201);
    // The new person signs in with the password they chose.
    expect((await api.browser().signIn(who.email, who.password)).status).toBe(200);
    // A used invite is no longer pending.
    const list = await owner.browser.get<{ items: Invite[] }>(API_PATHS.invites);
    expect(list.body.items.map((i) => i.id)).not.toContain(invite.id);
  });

  it('is refused once used', async () => {
    const invite = await api.invite(owner, 'admin');
    expect((await accept(invite.token, person('b'))).res.status).toBe(201);
    await expectRefused(invite.token, person('b2'));
  });

  it('is refused once expired, seven days after it was made', async () => {
    const invite = await api.invite(owner, 'editor');
    const later = await api.invite(owner, 'viewer');
    api.advance(7 * DAY - 1);
    expect((await check(invite.token)).status).toBe(200);
    expect((await accept(later.token, person('c0'))).res.status).toBe(201);
    api.advance(2); // 7 days + 1 ms
    await expectRefused(invite.token, person('c'));
    const list = await owner.browser.get<{ items: Invite[] }>(API_PATHS.invites);
    expect(list.body.items.map((i) => i.id)).not.toContain(invite.id);
  });

  it('is refused once revoked', async () => {
    const invite = await api.invite(owner, 'admin');
    const revoked = await owner.browser.delete(API_PATHS.invite(invite.id));
    expect(revoked.status).toBe(204);
    await expectRefused(invite.token, person('d'));
    const again = await owner.browser.delete(API_PATHS.invite(invite.id));
    expect(again.status).toBe(404);
    expect(errorCode(again)).toBe('not_found');
  });

  it('does not outlive its admin: demoted or removed, their pending invites are void', async () => {
    const demoted = await api.member(owner, 'admin');
    const removed = await api.member(owner, 'admin');
    const fromDemoted = await api.invite(demoted, 'admin');
    const fromRemoved = await api.invite(removed, 'editor');
    const fromOwner = await api.invite(owner, 'viewer');
    expect((await owner.browser.patch(API_PATHS.user(demoted.id), { role: 'editor' })).status).toBe(200);
    expect((await owner.browser.delete(API_PATHS.user(removed.id))).status).toBe(204);
    await expectRefused(fromDemoted.token, person('demoted'));
    await expectRefused(fromRemoved.token, person('removed'));
    expect((await check(fromOwner.token)).status).toBe(200);
    const pending = await owner.browser.get<{ items: Invite[] }>(API_PATHS.invites);
    expect(pending.body.items.map((i) => i.id)).toContain(fromOwner.id);
    expect(pending.body.items.map((i) => i.id)).not.toContain(fromDemoted.id);
  });

  it('is refused when never issued; a malformed token is a 400', async () => {
    await expectRefused('B'.repeat(43), person('e'));
    const malformed = await api.browser().post(API_PATHS.inviteCheck, { token: 'not a token!' });
    expect(malformed.status).toBe(400);
    expect(errorCode(malformed)).toBe('invalid_input');
    expect(issuePaths(malformed)).toEqual(['token']);
  });

  it('says nothing about an address without a valid invite: a taken one and a free one are both 404', async () => {
    const fake = 'B'.repeat(43);
    const taken = await accept(fake, { ...person('t'), email: owner.email });
    const free = await accept(fake, { ...person('t'), email: 'nobody-here@example.org' });
    expect([taken.res.status, free.res.status]).toEqual([404, 404]);
    expect(taken.res.text).toBe(free.res.text);
  });

  it('says a taken address once: the refusal uses the invite up', async () => {
    const invite = await api.invite(owner, 'viewer');
    const { res, b } = await accept(invite.token, { ...person('f'), email: `  ${editor.email.toUpperCase()} ` });
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe('invalid_input');
    expect(issuePaths(res)).toEqual(['email']);
    expect((await b.session()).account).toBeNull();
    // The taken email's owner is unchanged: their password still works.
    expect((await api.browser().signIn(editor.email, editor.password)).status).toBe(200);
    // The invite cannot test a second address, nor make an account.
    expect((await check(invite.token)).status).toBe(404);
    for (const email of [owner.email, person('f').email]) {
      const again = await accept(invite.token, { ...person('f'), email });
      expect(again.res.status, email).toBe(404);
    }
  });

  it('uses an invite once even when two people race for it', async () => {
    const invite: CreatedInvite = await api.invite(owner, 'editor');
    const results = await Promise.all([
      accept(invite.token, person('g1')),
      accept(invite.token, person('g2')),
      accept(invite.token, person('g3')),
    ]);
    expect(results.map((r) => r.res.status).sort()).toEqual([201, 404, 404]);
  });

  it('refuses an invite with a weak password or a bad name without using it', async () => {
    const invite = await api.invite(owner, 'viewer');
    for (const [patch, path] of [
      [{ password: 'short' }, 'password'],
      [{ name: '' }, 'name'],
      [{ name: 'Two\nlines' }, 'name'],
      [{ email: 'not-an-email' }, 'email'],
    ] as const) {
      const { res } = await accept(invite.token, { ...person('h'), ...patch });
      expect(res.status).toBe(400);
      expect(issuePaths(res)).toEqual([path]);
    }
    expect((await accept(invite.token, person('h'))).res.status).toBe(201);
  });
});

itLeaksNoHash(['passwords', 'sessions', 'links']);
