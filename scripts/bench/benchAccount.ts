// An editor with an API token, written straight into the bench's database before the server
// starts: the writers of the mixed scenario use it, and so do the per-filter scenarios, whose
// signed-in answers never come from the answer cache (they measure the store's queries).
import { Accounts } from '@server/accounts/accounts';
import { AccountStore } from '@server/accounts/accountStore';
import type { Kysely } from 'kysely';
import type { Database } from '@server/store/sql/schema';

/** Writes the editor and its token through `store` (SQLite or PostgreSQL), then closes it. */
export async function benchToken(store: { database: Kysely<Database>; close(): Promise<void> }): Promise<string> {
  try {
    const accountStore = new AccountStore(store.database);
    const id = `u_bench-${Date.now()}`;
    // A password hash that matches no password: the account exists to hold the token.
    await accountStore.insertUser({
      id,
      name: 'Bench editor',
      email: null,
      role: 'editor',
      passwordHash: 'bench$no-password',
      createdAt: new Date().toISOString(),
    });
    const accounts = new Accounts({ store: accountStore, now: () => Date.now() });
    return (await accounts.createToken(id, { name: 'bench', scope: 'read-write' })).token;
  } finally {
    await store.close();
  }
}
