// Which store the bench's server runs on. BENCH_STORE=postgres seeds a database of its own on a
// real PostgreSQL server (TEST_DATABASE_URL, else 127.0.0.1:5432 with user postgres) and points the
// server at it with DATABASE_URL, dropping it at the end; unset, the bench runs on SQLite as before.
import { sql } from 'kysely';
import type { SeedData } from '@server/store/types';
import { openPgStore, postgresKysely } from '@server/store/postgres/pool';

const LOCAL = 'postgres://postgres@127.0.0.1:5432/postgres';

export interface BenchPostgres {
  /** The server's environment: DATABASE_URL of the bench's database. */
  env: Record<string, string>;
  seed(data: SeedData): Promise<void>;
  drop(): Promise<void>;
}

/** The bench's PostgreSQL database, or null (with the reason printed) when no server answers. */
export async function benchPostgres(): Promise<BenchPostgres | null> {
  const server = process.env.TEST_DATABASE_URL?.trim() || LOCAL;
  const admin = postgresKysely(server, 1);
  const name = `pledges_bench_${process.pid}`;
  try {
    await sql`create database ${sql.id(name)}`.execute(admin);
  } catch (error) {
    console.log(`BENCH_STORE=postgres skipped: no PostgreSQL server answers (${(error as Error).message}).`);
    await admin.destroy();
    return null;
  }
  const target = new URL(server);
  target.pathname = `/${name}`;
  const url = target.toString();
  console.log(`Running on PostgreSQL: database ${name} on ${target.host}.`);
  return {
    env: { DATABASE_URL: url },
    async seed(data) {
      const store = await openPgStore({ url, poolSize: 2 });
      await store.seedIfEmpty(data);
      // What autovacuum does within a minute or so of a bulk import (PostgreSQL 13 and later vacuum
      // after inserts too): without it no page is marked all-visible yet, so the list's counts
      // cannot use index-only scans and read the table instead (35-50 ms against 10).
      await sql`vacuum analyze`.execute(store.database);
      await store.close();
    },
    async drop() {
      await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin);
      await admin.destroy();
    },
  };
}
