// Filling empty tables and indexing them afterwards is several times faster than maintaining some
// thirty list indexes row by row, as the stores' seedIfEmpty also find. Inside the copy's
// transaction the indexes are dropped and made again from their own definitions (DDL is
// transactional in both SQLite and PostgreSQL, so a failure restores them with everything else).
// Indexes behind a primary key or a unique constraint stay: they are what keeps the copy honest.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../sql/schema';

const TABLES = ['pledges', 'pledge_parties', 'pledge_tags', 'history'];

interface Index {
  name: string;
  definition: string;
}

async function listIndexes(db: Kysely<Database>, kind: 'sqlite' | 'postgres'): Promise<Index[]> {
  const tables = sql.join(TABLES);
  const { rows } =
    kind === 'sqlite'
      ? // An index SQLite made for a constraint has no sql.
        await sql<Index>`select name, sql as definition from sqlite_master
           where type = 'index' and sql is not null and tbl_name in (${tables})`.execute(db)
      : await sql<Index>`select i.indexname as name, i.indexdef as definition from pg_indexes i
           where i.schemaname = current_schema() and i.tablename in (${tables})
             and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`.execute(db);
  return rows;
}

/**
 * Runs `fill` with the list indexes of the pledge tables dropped, then builds them again;
 * answers how many were rebuilt and how long that took.
 */
export async function withoutListIndexes(
  db: Kysely<Database>,
  kind: 'sqlite' | 'postgres',
  fill: () => Promise<void>,
): Promise<{ rebuilt: number; ms: number }> {
  const indexes = await listIndexes(db, kind);
  for (const index of indexes) await sql`drop index ${sql.id(index.name)}`.execute(db);
  await fill();
  const t0 = performance.now();
  // Sorting 100,000 rows per index in memory rather than on disk: for this transaction only.
  if (kind === 'postgres') await sql`set local maintenance_work_mem = '256MB'`.execute(db);
  for (const index of indexes) await sql.raw(index.definition).execute(db);
  return { rebuilt: indexes.length, ms: performance.now() - t0 };
}
