// Where the PostgreSQL store's tests run: PGlite in this process, always; and a real server when
// one is reachable (TEST_DATABASE_URL, or one answering on 127.0.0.1:5432 as on our machines),
// found once per run by postgresGlobalSetup.ts and handed to each test file with inject().
// On the server, each test file works in a database of its own that it creates and drops, and
// each store it opens in a schema of its own inside it.
import { randomBytes } from 'node:crypto';
import { PGlite, types } from '@electric-sql/pglite';
import { Kysely, sql } from 'kysely';
import { afterAll, beforeAll, inject } from 'vitest';
import { postgresKysely } from '../store/postgres/pool';
import type { Database } from '../store/sql/schema';
import { PgliteDialect } from './pgliteDialect';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The real PostgreSQL server's URL, or null when none is reachable. */
    postgresServer: string | null;
    /** Why the real server's tests run or are skipped, for the run's output. */
    postgresServerReason: string;
  }
}

/** How long starting PGlite may take on a busy machine (it compiles PostgreSQL's WebAssembly). */
const PGLITE_START_MS = 180_000;

let shared: PGlite | null = null;
let schemas = 0;

/**
 * One in-memory PostgreSQL (PGlite) for this test file, started before its tests and closed
 * after them; call at the top of a file. bigint reads as numbers, as the pool does (pool.ts).
 */
export function usePglite(): void {
  beforeAll(async () => {
    shared = new PGlite({ parsers: { [types.INT8]: (value: string) => Number(value) } });
    await shared.waitReady;
  }, PGLITE_START_MS);
  afterAll(async () => {
    await shared?.close();
    shared = null;
  });
}

/** A fresh, empty database on this file's PGlite (see usePglite): a schema of its own. */
export function pgliteKysely(): Kysely<Database> {
  if (!shared) throw new Error('Call usePglite() at the top of the test file first.');
  return new Kysely<Database>({ dialect: new PgliteDialect(shared, `store_${++schemas}`) });
}

export function postgresServer(): string | null {
  return inject('postgresServer');
}

export function postgresServerReason(): string {
  return inject('postgresServerReason');
}

const unique = (prefix: string) => `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;

/**
 * A database of this test file's own on the server at `serverUrl`, dropped after the file's tests;
 * call at the top of a file (it registers the afterAll). `url()` answers the database's URL once
 * created, and `schema()` a URL of a fresh schema inside it, for one store.
 */
export function fileDatabase(serverUrl: string | null) {
  const name = unique('pledges_test');
  let created: Promise<string> | null = null;
  const admin = () => postgresKysely(serverUrl!, 1);
  const url = () =>
    (created ??= (async () => {
      const db = admin();
      try {
        await sql`create database ${sql.id(name)}`.execute(db);
      } finally {
        await db.destroy();
      }
      const target = new URL(serverUrl!);
      target.pathname = `/${name}`;
      return target.toString();
    })());
  afterAll(async () => {
    if (!created) return;
    await created;
    const db = admin();
    try {
      await sql`drop database if exists ${sql.id(name)} with (force)`.execute(db);
    } finally {
      await db.destroy();
    }
  });
  return {
    url,
    /** A new schema in the file's database; the URL makes it every connection's search_path. */
    async schema(): Promise<string> {
      const base = await url();
      const schema = unique('s');
      const db = postgresKysely(base, 1);
      try {
        await sql`create schema ${sql.id(schema)}`.execute(db);
      } finally {
        await db.destroy();
      }
      const target = new URL(base);
      target.searchParams.set('options', `-c search_path=${schema}`);
      return target.toString();
    },
  };
}
