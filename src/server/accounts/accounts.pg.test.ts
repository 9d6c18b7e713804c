// The accounts on PostgreSQL, as two instances see them: each its own pool and its own Accounts
// on one database (a schema of the real server's test database). Sessions, tokens, visibility and
// sign-in limits are rows every instance reads, so what one does the other knows at once, and
// guesses sent to both at once are counted as if sent in turn. Skipped, saying why, when no real
// PostgreSQL server answers (see src/server/testing/postgresTargets.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '@shared/contract';
import { ApiError } from '../api/errors';
import { openPgStore } from '../store/postgres/pool';
import type { PgStore } from '../store/postgres/pgStore';
import { fileDatabase, postgresServer, postgresServerReason } from '../testing/postgresTargets';
import { Accounts } from './accounts';
import { AccountStore } from './accountStore';
import { ACCOUNT_POLICY, ADDRESS_POLICY } from './signInLimits';

const server = postgresServer();
if (!server) console.log(`Accounts on a PostgreSQL server: skipped (${postgresServerReason()}).`);

const NOW = Date.parse('2025-08-18T12:00:00Z');
const PASSWORD = 'editor-password-1';

/** The error code a refused call threw, or 'ok'. */
async function outcome(attempt: Promise<unknown>): Promise<string> {
  try {
    await attempt;
    return 'ok';
  } catch (error) {
    if (error instanceof ApiError) return error.code;
    throw error;
  }
}

function counts(outcomes: string[]): Record<string, number> {
  const result: Record<string, number> = {};
  for (const o of outcomes) result[o] = (result[o] ?? 0) + 1;
  return result;
}

const withSession = (token: string) =>
  new Request('http://localhost/', { headers: { cookie: `${SESSION_COOKIE}=${token}` } });
const withBearer = (token: string) =>
  new Request('http://localhost/', { headers: { authorization: `Bearer ${token}` } });

describe.skipIf(!server)('accounts of two instances on one PostgreSQL', () => {
  const database = fileDatabase(server);
  const stores: PgStore[] = [];
  let a: Accounts;
  let b: Accounts;
  let people = 0;

  /** An editor with a password, invited by a fresh admin through `a`. */
  async function editor(): Promise<string> {
    people++;
    const admin = (await a.signInWithLink((await a.ownerLinkToken()) ?? '')).principal;
    const invite = await a.createInvite(admin, { role: 'editor' });
    const email = `editor${people}@example.org`;
    await b.acceptInvite({ token: invite.token, name: `Editor ${people}`, email, password: PASSWORD });
    return email;
  }

  beforeAll(async () => {
    const url = await database.schema();
    for (let i = 0; i < 2; i++) stores.push(await openPgStore({ url, poolSize: 4 }));
    [a, b] = stores.map(
      (store) =>
        new Accounts({
          store: new AccountStore(store.database),
          now: () => NOW,
          passwordCost: { logN: 10, r: 8, p: 1 },
        }),
    ) as [Accounts, Accounts];
  });
  afterAll(async () => {
    for (const store of stores) await store.close();
  });

  it('hear no more guesses at one account sent to both at once than sent in turn', async () => {
    const email = await editor();
    const address = '198.51.100.20';
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, (_, i) => outcome((i % 2 ? b : a).signIn(email, `wrong guess ${i}`, address))),
    );
    expect(counts(outcomes)).toEqual({
      unauthenticated: ACCOUNT_POLICY.free,
      rate_limited: 12 - ACCOUNT_POLICY.free,
    });
    // Refused, even with the right password, on either.
    expect(await outcome(a.signIn(email, PASSWORD, address))).toBe('rate_limited');
    expect(await outcome(b.signIn(email, PASSWORD, address))).toBe('rate_limited');
    // Another address is not held back by them.
    expect(await outcome(b.signIn(email, PASSWORD, '198.51.100.21'))).toBe('ok');
  });

  it('hear no more guesses from one address across emails sent at once than sent in turn', async () => {
    const address = '198.51.100.30';
    const outcomes = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        outcome((i % 2 ? b : a).signIn(`nobody-${i}@example.org`, 'wrong password here', address)),
      ),
    );
    expect(counts(outcomes)).toEqual({
      unauthenticated: ADDRESS_POLICY.free,
      rate_limited: 25 - ADDRESS_POLICY.free,
    });
  });

  it('share sessions and tokens, and end sessions everywhere from either', async () => {
    const email = await editor();
    const signedIn = await a.signIn(email, PASSWORD, '198.51.100.40');
    const other = await b.signIn(email, PASSWORD, '198.51.100.41');
    expect((await b.identify(withSession(signedIn.sessionToken))).principal?.email).toBe(email);
    const token = await b.createToken(signedIn.principal.userId, { name: 'script', scope: 'read' });
    expect((await a.identify(withBearer(token.token))).principal).toMatchObject({ email, via: 'token', scope: 'read' });

    await b.signOutEverywhere(signedIn.principal.userId);
    for (const instance of [a, b])
      for (const session of [signedIn, other])
        expect((await instance.identify(withSession(session.sessionToken))).principal).toBeNull();
    // A token is not a session: it stays until revoked, and a revocation on one is seen by the other.
    expect((await b.identify(withBearer(token.token))).principal?.email).toBe(email);
    await a.revokeToken(signedIn.principal.userId, token.id);
    expect(await b.identify(withBearer(token.token))).toEqual({ principal: null, problem: 'bad_token' });
  });

  it('see a tracker made private on the other at once', async () => {
    await a.setVisibility('private');
    expect(await b.visibility()).toBe('private');
    await b.setVisibility('public');
    expect(await a.visibility()).toBe('public');
  });
});

describe.skipIf(!server)('instances starting together on one empty PostgreSQL', () => {
  const database = fileDatabase(server);

  it('make one owner between them, whichever prints the link', async () => {
    for (let round = 0; round < 5; round++) {
      const url = await database.schema();
      const stores = [await openPgStore({ url, poolSize: 4 }), await openPgStore({ url, poolSize: 4 })];
      try {
        const instances = stores.map(
          (store) => new Accounts({ store: new AccountStore(store.database), now: () => NOW }),
        );
        // Each instance prints a link at once, twice over, as restarts in a rolling deploy would.
        const tokens = await Promise.all([...instances, ...instances].map((accounts) => accounts.ownerLinkToken()));
        expect(tokens.every((t) => typeof t === 'string')).toBe(true);
        const admins = (await new AccountStore(stores[0]!.database).users()).filter((u) => u.role === 'admin');
        expect(admins, `round ${round}`).toHaveLength(1);
      } finally {
        for (const store of stores) await store.close();
      }
    }
  });
});
