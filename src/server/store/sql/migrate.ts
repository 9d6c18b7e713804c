// Applies pending migrations, each inside its own transaction together with the row that
// records it, so a failed migration leaves neither half a schema nor a false record.
// Kysely's Migrator is not used because its SQLite adapter reports no transactional DDL and
// therefore runs migrations outside any transaction.
import type { Kysely } from 'kysely';
import { MIGRATIONS, type Migration } from './migrations';
import type { Database } from './schema';

export async function migrate(db: Kysely<Database>, migrations: readonly Migration[] = MIGRATIONS): Promise<string[]> {
  await db.schema
    .createTable('schema_migrations')
    .ifNotExists()
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('applied_at', 'text', (c) => c.notNull())
    .execute();
  const applied = new Set((await db.selectFrom('schema_migrations').select('name').execute()).map((r) => r.name));
  const known = new Set(migrations.map((m) => m.name));
  const unknown = [...applied].filter((name) => !known.has(name));
  if (unknown.length) {
    throw new Error(
      `The database was migrated by a newer version of the app (${unknown.join(', ')}); refusing to run an older one on it.`,
    );
  }
  const ran: string[] = [];
  for (const migration of migrations) {
    if (applied.has(migration.name)) continue;
    await db.transaction().execute(async (trx) => {
      await migration.up(trx as unknown as Kysely<unknown>);
      await trx
        .insertInto('schema_migrations')
        .values({ name: migration.name, applied_at: new Date().toISOString() })
        .execute();
    });
    ran.push(migration.name);
  }
  return ran;
}
