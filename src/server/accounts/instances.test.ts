// Two instances of the server on one database (as behind a load balancer): what one learns about
// an attacker, or one admin changes, the other knows at once. Each instance here is its own
// connection and its own Accounts, sharing nothing but the file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import { openSqlStore, type SqlStore } from '../store/sql/sqlStore';
import { Accounts } from './accounts';
import { AccountStore } from './accountStore';
import { ACCOUNT_POLICY, ADDRESS_POLICY } from './signInLimits';

const NOW = Date.parse('2025-08-18T12:00:00Z');

async function refusal(attempt: Promise<unknown>): Promise<string> {
  const error = await attempt.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error.code;
}

describe('two instances on one database', () => {
  let dir = '';
  const stores: SqlStore[] = [];
  let a: Accounts;
  let b: Accounts;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pledge-instances-'));
    for (let i = 0; i < 2; i++) stores.push(await openSqlStore({ path: join(dir, 'tracker.db') }));
    const instance = (store: SqlStore) =>
      new Accounts({ store: new AccountStore(store.database), now: () => NOW, passwordCost: { logN: 10, r: 8, p: 1 } });
    [a, b] = stores.map(instance) as [Accounts, Accounts];
  });
  afterAll(async () => {
    for (const store of stores) await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('count one address’s failed sign-ins together, across accounts', async () => {
    const address = '198.51.100.7';
    for (let i = 0; i < ADDRESS_POLICY.free; i++)
      expect(await refusal((i % 2 ? b : a).signIn(`guess${i}@example.org`, 'wrong password here', address))).toBe(
        'unauthenticated',
      );
    // Past the free failures, the next attempt must wait, on either instance.
    expect(await refusal(b.signIn('yet-another@example.org', 'wrong password here', address))).toBe('rate_limited');
    expect(await refusal(a.signIn('yet-another@example.org', 'wrong password here', address))).toBe('rate_limited');
  });

  it('slow down guesses at an email no account has, whichever instance hears them', async () => {
    const email = 'no-such-person@example.org';
    const address = '203.0.113.9';
    for (let i = 0; i < ACCOUNT_POLICY.free; i++)
      expect(await refusal((i % 2 ? b : a).signIn(email, 'wrong password here', address))).toBe('unauthenticated');
    expect(await refusal(b.signIn(email, 'wrong password here', address))).toBe('rate_limited');
  });

  it('see a tracker made private on the other one at once', async () => {
    expect(await b.visibility()).toBe('public');
    await a.setVisibility('private');
    expect(await b.visibility()).toBe('private');
    await b.setVisibility('public');
    expect(await a.visibility()).toBe('public');
  });
});
