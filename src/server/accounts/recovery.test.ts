// An admin with no other way in (a forgotten password, a locked account) runs
// `npm run recovery-link` on the server: the printed link signs them in once, lifts every lock,
// ends their other sessions and asks for a new password; it is for admins only.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PATHS, type SessionInfo, type UserSummary } from '@shared/contract';
import {
  errorCode,
  HOUR,
  openAccountsApi,
  SECOND,
  type AccountsApi,
  type Member,
  type Owner,
} from '../testing/accountsHarness';

const WRONG = 'not-the-password-at-all';

describe('the recovery link', () => {
  let api: AccountsApi;
  let owner: Owner;
  let editor: Member;
  beforeAll(async () => {
    api = await openAccountsApi();
    owner = await api.bootstrapOwner();
    editor = await api.member(owner, 'editor');
  });
  afterAll(() => api.close());

  it('signs a locked-out admin in once, lifts the locks, and asks for a new password', async () => {
    const stranger = api.freshAddress();
    for (let heard = 0, tries = 0; heard < 10; tries++) {
      expect(tries).toBeLessThan(60);
      const res = await api.browser(stranger).signIn(owner.email, WRONG);
      if (res.status === 429) api.advance(Number(res.headers.get('Retry-After')) * SECOND);
      else heard++;
    }
    const elsewhere = owner.browser;
    const token = await api.accounts.recoveryLinkToken(owner.email.toUpperCase());
    const b = api.browser(stranger);
    const signedIn = await b.post<SessionInfo>(API_PATHS.sessionLink, { token });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.account).toMatchObject({ email: owner.email, role: 'admin', needsPassword: true });
    // Every other session ended.
    expect((await elsewhere.session()).account).toBeNull();
    // A new password, with no current one to give; the locks are gone.
    expect((await b.put(API_PATHS.password, { next: 'a recovered quiet harbour' })).status).toBe(204);
    const users = await b.get<{ items: UserSummary[] }>(API_PATHS.users);
    expect(users.body.items.find((u) => u.email === owner.email)).toMatchObject({
      lockedUntil: null,
      failedSignIns: 0,
    });
    expect((await api.browser(api.freshAddress()).signIn(owner.email, 'a recovered quiet harbour')).status).toBe(200);
    // The old password no longer signs in.
    expect((await api.browser(api.freshAddress()).signIn(owner.email, owner.password)).status).toBe(401);
    // Once only.
    const again = await api.browser().post(API_PATHS.sessionLink, { token });
    expect(again.status).toBe(401);
    expect(errorCode(again)).toBe('unauthenticated');
    owner.password = 'a recovered quiet harbour';
    owner.browser = b;
  });

  it('is for admins only, lasts an hour, and a new one voids the last', async () => {
    await expect(api.accounts.recoveryLinkToken(editor.email)).rejects.toThrow(/No admin has the email/);
    await expect(api.accounts.recoveryLinkToken('nobody@example.org')).rejects.toThrow(/No admin has the email/);
    const first = await api.accounts.recoveryLinkToken(owner.email);
    const second = await api.accounts.recoveryLinkToken(owner.email);
    expect((await api.browser().post(API_PATHS.sessionLink, { token: first })).status).toBe(401);
    api.advance(HOUR);
    expect((await api.browser().post(API_PATHS.sessionLink, { token: second })).status).toBe(401);
    // An admin demoted after the link was made is not signed in by it.
    const promoted = await api.member(owner, 'admin');
    const link = await api.accounts.recoveryLinkToken(promoted.email);
    const ownerAgain = api.browser();
    expect((await ownerAgain.signIn(owner.email, owner.password)).status).toBe(200);
    expect((await ownerAgain.patch(API_PATHS.user(promoted.id), { role: 'editor' })).status).toBe(200);
    expect((await api.browser().post(API_PATHS.sessionLink, { token: link })).status).toBe(401);
  });

  it('is printed by npm run recovery-link, as one line with the link, or one line saying why not', async () => {
    const run = (...args: string[]) =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/server/recoveryLink.ts', ...args], {
        env: { ...process.env, DATABASE_PATH: api.path, PUBLIC_URL: 'https://pledges.example.org' },
        timeout: 30_000,
      }).then(
        ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
        (error: { code: number; stdout: string; stderr: string }) => error,
      );
    const printed = await run(owner.email);
    expect(printed.code).toBe(0);
    const token = /https:\/\/pledges\.example\.org\/welcome#token=(\S+)/.exec(printed.stdout)?.[1];
    expect(token).toBeTruthy();
    const refused = await run(editor.email);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toBe(
      `No admin has the email ${editor.email}. Recovery links are for admins: an admin can invite anyone else again.`,
    );
    expect((await run()).code).toBe(2);
  }, 60_000);
});
