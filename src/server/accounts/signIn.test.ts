// Guessing passwords, tried as an attacker would: one answer for a wrong password and an unknown
// email; after three failures from one address each further attempt from there waits longer (429
// with Retry-After, even with the right password); ten lock that address out of the account for an
// hour, which an admin can lift, while the person still signs in from anywhere else; many
// addresses failing at one account leave open only the places the person signed in from before;
// an admin with no other way in uses a recovery link printed on the server; and one address
// failing across many accounts is slowed down without shutting out anyone else.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { API_PATHS, type SessionInfo, type UserSummary } from '@shared/contract';
import {
  errorCode,
  errorMessage,
  HOUR,
  itLeaksNoHash,
  MINUTE,
  openAccountsApi,
  SECOND,
  type AccountsApi,
  type Answer,
  type Member,
  type Owner,
} from '../testing/accountsHarness';

const WRONG = 'not-the-password-at-all';

function retryAfter(res: Answer): number {
  const header = res.headers.get('Retry-After');
  expect(header, 'Retry-After').toMatch(/^[1-9]\d*$/);
  return Number(header);
}

/** No limit per address across accounts, so that only the limit per person and address applies. */
const NO_ADDRESS_LIMIT = {
  free: 1_000_000,
  baseDelayMs: 1,
  maxDelayMs: 1,
  lockAfter: 1_000_000,
  lockMs: 1,
  forgetAfterMs: 1,
};

describe('signing in with a wrong password', () => {
  let api: AccountsApi;
  let owner: Owner;
  /** Each test's attacker works from one address of their own. */
  let attacker: string;
  beforeAll(async () => {
    api = await openAccountsApi({ addressPolicy: NO_ADDRESS_LIMIT });
    owner = await api.bootstrapOwner();
  });
  beforeEach(() => {
    attacker = api.freshAddress();
  });
  afterAll(() => api.close());

  /** One attempt from a fresh browser (no cookies) at the attacker's address. */
  const attempt = (email: string, password: string) => api.browser(attacker).signIn(email, password);

  it('answers 401 with one message whether or not the email has an account', async () => {
    const person = await api.member(owner, 'editor');
    const known = await attempt(person.email, WRONG);
    const unknown = await attempt('nobody-here@example.org', WRONG);
    for (const res of [known, unknown]) {
      expect(res.status).toBe(401);
      expect(errorCode(res)).toBe('unauthenticated');
      expect(res.setCookies).toEqual([]);
      expect(res.headers.get('Retry-After')).toBeNull();
    }
    expect(unknown.body).toEqual(known.body);
    expect(errorMessage(known)).toBe('The email or password is not right.');
    // The failure did not lock anything: the right password signs in.
    expect((await attempt(person.email, person.password)).status).toBe(200);
  });

  it('slows down after three failures, with growing waits, alike for known and unknown emails', async () => {
    const person = await api.member(owner, 'editor');
    const waits: Record<string, number[]> = { known: [], unknown: [] };
    const messages: Record<string, string[]> = { known: [], unknown: [] };
    const bodies: Record<string, unknown[]> = { known: [], unknown: [] };
    // The known email last, so that its last wait is still running below.
    for (const [kind, email] of [
      ['unknown', 'nobody-either@example.org'],
      ['known', person.email],
    ] as const) {
      for (let i = 0; i < 3; i++) expect((await attempt(email, WRONG)).status).toBe(401);
      for (let step = 0; step < 6; step++) {
        // Within the wait, even the right password is not heard.
        const early = await attempt(email, kind === 'known' ? person.password : WRONG);
        expect(early.status, `${kind} step ${step}`).toBe(429);
        expect(errorCode(early)).toBe('rate_limited');
        expect(early.setCookies).toEqual([]);
        const wait = retryAfter(early);
        waits[kind]!.push(wait);
        messages[kind]!.push(errorMessage(early));
        // A millisecond before the wait is over: still refused.
        api.advance(wait * SECOND - 1);
        const almost = await attempt(email, WRONG);
        expect(almost.status).toBe(429);
        bodies[kind]!.push(almost.body);
        api.advance(1);
        // The wait is over: this attempt is heard (and fails again).
        expect((await attempt(email, WRONG)).status).toBe(401);
      }
    }
    expect(waits.known).toEqual([1, 2, 4, 8, 16, 32]);
    expect(waits.unknown).toEqual(waits.known);
    expect(messages.unknown).toEqual(messages.known);
    expect(bodies.unknown).toEqual(bodies.known);
    expect(messages.known!.every((m) => !/lock/i.test(m))).toBe(true);

    // After the longest wait the right password is heard and signs in.
    const last = await attempt(person.email, person.password);
    expect(last.status).toBe(429);
    api.advance(retryAfter(last) * SECOND);
    const ok = await attempt(person.email, person.password);
    expect(ok.status).toBe(200);
    expect((ok.body as SessionInfo).account?.email).toBe(person.email);
    // A success clears the account's count: the next failure is free again.
    expect((await attempt(person.email, WRONG)).status).toBe(401);
    expect((await attempt(person.email, person.password)).status).toBe(200);
  });

  /** Fails until ten failures have been heard, waiting out each delay. */
  async function lockOut(email: string): Promise<void> {
    let heard = 0;
    for (let tries = 0; heard < 10; tries++) {
      expect(tries).toBeLessThan(40);
      const res = await attempt(email, WRONG);
      if (res.status === 429) api.advance(retryAfter(res) * SECOND);
      else {
        expect(res.status).toBe(401);
        heard++;
      }
    }
  }

  it('locks sign-in for an hour after ten failures, even with the right password', async () => {
    const person = await api.member(owner, 'viewer');
    await lockOut(person.email);
    const locked = await attempt(person.email, person.password);
    expect(locked.status).toBe(429);
    expect(errorCode(locked)).toBe('rate_limited');
    expect(errorMessage(locked)).toMatch(/locked/);
    expect(retryAfter(locked)).toBe(3600);
    expect(locked.setCookies).toEqual([]);

    api.advance(HOUR - MINUTE);
    const still = await attempt(person.email, person.password);
    expect(still.status).toBe(429);
    expect(errorMessage(still)).toMatch(/locked/);
    expect(retryAfter(still)).toBe(60);

    api.advance(MINUTE);
    expect((await attempt(person.email, person.password)).status).toBe(200);
  });

  it('locks an unknown email the same way, so a lock does not tell that an account exists', async () => {
    await lockOut('no-account@example.org');
    const locked = await attempt('no-account@example.org', WRONG);
    expect(locked.status).toBe(429);
    expect(errorMessage(locked)).toMatch(/locked/);
    expect(retryAfter(locked)).toBe(3600);
  });

  it('lets an admin lift a lock; the user list shows it before and not after', async () => {
    const person = await api.member(owner, 'editor');
    await lockOut(person.email);
    const lockedAt = api.now;
    expect((await attempt(person.email, person.password)).status).toBe(429);

    const before = await owner.browser.get<{ items: UserSummary[] }>(API_PATHS.users);
    expect(before.body.items.find((u) => u.id === person.id)).toMatchObject({
      lockedUntil: new Date(lockedAt + HOUR).toISOString(),
      failedSignIns: 10,
    });
    // Only an admin lifts it.
    const self = await person.browser.post(API_PATHS.userUnlock(person.id));
    expect(self.status).toBe(403);
    expect(errorCode(self)).toBe('forbidden');

    const lifted = await owner.browser.post<UserSummary>(API_PATHS.userUnlock(person.id));
    expect(lifted.status).toBe(200);
    expect(lifted.body).toMatchObject({ id: person.id, lockedUntil: null, failedSignIns: 0 });
    const after = await owner.browser.get<{ items: UserSummary[] }>(API_PATHS.users);
    expect(after.body.items.find((u) => u.id === person.id)).toMatchObject({ lockedUntil: null, failedSignIns: 0 });
    expect((await attempt(person.email, person.password)).status).toBe(200);
    // Unlocked means counted afresh: a wrong password is a plain 401 again.
    expect((await attempt(person.email, WRONG)).status).toBe(401);
  });

  it('keeps the person in from every other address while a stranger is locked out', async () => {
    const person = await api.member(owner, 'editor');
    await lockOut(person.email);
    expect(errorMessage(await attempt(person.email, person.password))).toMatch(/locked/);
    const elsewhere = await api.browser(api.freshAddress()).signIn(person.email, person.password);
    expect(elsewhere.status).toBe(200);
    expect((elsewhere.body as SessionInfo).account?.email).toBe(person.email);
    // ...and the stranger's lock holds.
    expect((await attempt(person.email, person.password)).status).toBe(429);
  });

  it('lets the only admin in while strangers everywhere fail at the account', async () => {
    const admin = { email: owner.email, password: owner.password };
    const home = api.freshAddress();
    expect((await api.browser(home).signIn(admin.email, admin.password)).status).toBe(200);
    // A hundred failures, three from each of 34 addresses: none of them waits.
    let stranger = '';
    for (let i = 0; i < 100; i++) {
      if (i % 3 === 0) stranger = api.freshAddress();
      expect((await api.browser(stranger).signIn(admin.email, WRONG)).status).toBe(401);
      expect((await api.browser(stranger).signIn('no-admin-here@example.org', WRONG)).status).toBe(401);
    }
    // A new place is asked to wait, alike for a real account and an unknown email...
    const fresh = api.freshAddress();
    const refused = await api.browser(fresh).signIn(admin.email, admin.password);
    const unknown = await api.browser(fresh).signIn('no-admin-here@example.org', WRONG);
    for (const res of [refused, unknown]) {
      expect(res.status).toBe(429);
      expect(errorMessage(res)).toMatch(/from many places.*a place you signed in from before/);
      expect(retryAfter(res)).toBe(15 * 60);
    }
    expect(unknown.body).toEqual(refused.body);
    // ...while the place the admin signed in from before is heard at once.
    expect((await api.browser(home).signIn(admin.email, admin.password)).status).toBe(200);
    // Once the failures are an hour old, anywhere is heard again.
    api.advance(HOUR + SECOND);
    expect((await api.browser(fresh).signIn(admin.email, admin.password)).status).toBe(200);
  });

  it('hears no more guesses sent all at once than sent one at a time', async () => {
    const person = await api.member(owner, 'editor');
    // Each guess is counted before its password is checked: of twelve at once, three are heard.
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => attempt(person.email, `${WRONG}-${i}`)));
    expect(answers.filter((a) => a.status === 401)).toHaveLength(3);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(9);
    // The same for an email no account has.
    const strangers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => attempt('nobody-at-once@example.org', `${WRONG}-${i}`)),
    );
    expect(strangers.filter((a) => a.status === 401)).toHaveLength(3);
  });

  it('keeps the count across a restart (it is in the database)', async () => {
    const person = await api.member(owner, 'editor');
    for (let i = 0; i < 3; i++) expect((await attempt(person.email, WRONG)).status).toBe(401);
    const { Accounts } = await import('./accounts');
    const { AccountStore } = await import('./accountStore');
    const restarted = new Accounts({
      store: new AccountStore(api.store.database),
      now: () => api.now,
      passwordCost: { logN: 10, r: 8, p: 1 },
    });
    await expect(restarted.signIn(person.email, person.password, attacker)).rejects.toMatchObject({
      code: 'rate_limited',
    });
  });
});

describe('signing in from one address', () => {
  let api: AccountsApi;
  let owner: Owner;
  let person: Member;
  beforeAll(async () => {
    api = await openAccountsApi();
    owner = await api.bootstrapOwner();
    person = await api.member(owner, 'editor');
  });
  afterAll(() => api.close());

  it('slows down one address failing across many emails, and only that address', async () => {
    const attacker = api.freshAddress();
    // Ten different emails, one failure each: no account's limit is reached, the address's is.
    for (let i = 0; i < 10; i++) {
      const res = await api.browser(attacker).signIn(`guess-${i}@example.org`, WRONG);
      expect(res.status, `guess ${i}`).toBe(401);
    }
    for (const [email, password] of [
      ['guess-new@example.org', WRONG],
      [person.email, person.password],
    ]) {
      const res = await api.browser(attacker).signIn(email!, password!);
      expect(res.status, email).toBe(429);
      expect(errorCode(res)).toBe('rate_limited');
      expect(errorMessage(res)).toMatch(/network/);
      expect(retryAfter(res)).toBeGreaterThanOrEqual(1);
    }

    // Someone else, elsewhere, is heard: a wrong password is a 401, the right one signs in.
    const elsewhere = api.freshAddress();
    expect((await api.browser(elsewhere).signIn(person.email, WRONG)).status).toBe(401);
    expect((await api.browser(elsewhere).signIn(person.email, person.password)).status).toBe(200);

    // The attacker's address is heard again once its wait is over.
    const waiting = await api.browser(attacker).signIn('guess-later@example.org', WRONG);
    api.advance(retryAfter(waiting) * SECOND);
    expect((await api.browser(attacker).signIn('guess-later@example.org', WRONG)).status).toBe(401);
    const next = await api.browser(attacker).signIn('guess-after@example.org', WRONG);
    expect(next.status).toBe(429);
    expect(retryAfter(next)).toBeGreaterThan(retryAfter(waiting));
  });

  it('hears no more guesses from one address sent all at once, across emails, than one at a time', async () => {
    const address = api.freshAddress();
    const answers = await Promise.all(
      Array.from({ length: 25 }, (_, i) => api.browser(address).signIn(`at-once-${i}@example.org`, WRONG)),
    );
    expect(answers.filter((a) => a.status === 401)).toHaveLength(10);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(15);
  });

  it('gives back the attempt a right password made, so it costs the address nothing', async () => {
    const address = api.freshAddress();
    for (let i = 0; i < 9; i++)
      expect((await api.browser(address).signIn(`before-${i}@example.org`, WRONG)).status).toBe(401);
    expect((await api.browser(address).signIn(person.email, person.password)).status).toBe(200);
    // Still nine failures: the tenth guess is heard, the eleventh waits.
    expect((await api.browser(address).signIn('after-1@example.org', WRONG)).status).toBe(401);
    expect((await api.browser(address).signIn('after-2@example.org', WRONG)).status).toBe(429);
  });

  it('does not let a known password buy an address more guesses', async () => {
    const address = api.freshAddress();
    for (let i = 0; i < 10; i++)
      expect((await api.browser(address).signIn(`other-${i}@example.org`, WRONG)).status).toBe(401);
    api.advance(SECOND);
    // The right password from the address is heard and signs in...
    expect((await api.browser(address).signIn(person.email, person.password)).status).toBe(200);
    // ...but does not reset the address: the next guess there still waits.
    const res = await api.browser(address).signIn('other-x@example.org', WRONG);
    expect(res.status).toBe(401);
    expect((await api.browser(address).signIn('other-y@example.org', WRONG)).status).toBe(429);
  });
});

itLeaksNoHash(['passwords', 'sessions', 'links']);
