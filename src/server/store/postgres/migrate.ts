// Applies the PostgreSQL migrations with the same runner as SQLite's (../sql/migrate.ts: each
// migration and its record in one transaction, DDL included, which PostgreSQL makes atomic),
// while holding an advisory lock: instances starting together against a fresh database take
// turns, and the second finds the work done instead of racing to create the same tables.
import { sql, type Kysely } from 'kysely';
import { migrate } from '../sql/migrate';
import type { Database } from '../sql/schema';
import { PG_MIGRATIONS } from './migrations';

/** An arbitrary key, the same in every instance of this app: "pledg" in ASCII. */
const MIGRATION_LOCK = 0x706c656467;

export async function migratePg(db: Kysely<Database>): Promise<string[]> {
  // One connection for the lock and the work: an advisory lock belongs to its session.
  return db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK})`.execute(connection);
    try {
      return await migrate(connection, PG_MIGRATIONS);
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK})`.execute(connection);
    }
  });
}
