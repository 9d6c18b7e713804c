// Trivial passwords, tried from outside: one character repeated, a run, and the common passwords
// of breach lists are refused with the reason on the field, and nothing is stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PATHS, type CreatedInvite, type ErrorBody } from '@shared/contract';
import {
  errorCode,
  issuePaths,
  openAccountsApi,
  type AccountsApi,
  type Member,
  type Owner,
} from '../testing/accountsHarness';
import { isCommonPassword } from './commonPasswords';

const issueMessages = (body: unknown) => ((body as ErrorBody).error.issues ?? []).map((i) => i.message);

describe('weak passwords', () => {
  let api: AccountsApi;
  let owner: Owner;
  let editor: Member;
  beforeAll(async () => {
    api = await openAccountsApi();
    owner = await api.bootstrapOwner();
    editor = await api.member(owner, 'editor');
  });
  afterAll(() => api.close());

  it('knows the common ones, whatever their case', () => {
    for (const password of ['password12', '1234567890', 'qwertyuiop', 'iloveyou12', 'PASSWORD123']) {
      expect(isCommonPassword(password), password).toBe(true);
    }
    expect(isCommonPassword('a long journey password')).toBe(false);
  });

  it.each([
    ['aaaaaaaaaa', /One character repeated/],
    ['1234567890', /A run like/],
    ['password12', /one of the most common ones/],
    ['ILoveYou12', /one of the most common ones/],
  ])('refuses %s as a new password, and the old one still works', async (next, message) => {
    const res = await editor.browser.put(API_PATHS.password, { current: editor.password, next });
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe('invalid_input');
    expect(issuePaths(res)).toEqual(['next']);
    expect(issueMessages(res.body)[0]).toMatch(message);
    expect((await api.browser().signIn(editor.email, editor.password)).status).toBe(200);
    expect((await api.browser().signIn(editor.email, next)).status).toBe(401);
  });

  it('refuses a common password when an invite is accepted, and leaves the invite unused', async () => {
    const invite = (await owner.browser.post<CreatedInvite>(API_PATHS.invites, { role: 'viewer' })).body;
    const who = { token: invite.token, name: 'Weak Password', email: 'weak@example.org' };
    const refused = await api.browser().post(API_PATHS.inviteAccept, { ...who, password: 'password12' });
    expect(refused.status).toBe(400);
    expect(issuePaths(refused)).toEqual(['password']);
    expect(issueMessages(refused.body)[0]).toMatch(/one of the most common ones/);
    expect((await api.browser().post(API_PATHS.inviteCheck, { token: invite.token })).status).toBe(200);
    const accepted = await api.browser().post(API_PATHS.inviteAccept, { ...who, password: 'four quiet harbour lamps' });
    expect(accepted.status).toBe(201);
  });
});
