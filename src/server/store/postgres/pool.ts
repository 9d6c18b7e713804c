// Opening the PostgreSQL store from a URL (DATABASE_URL): a pg pool under Kysely's PostgreSQL
// dialect, then the migrations. A URL the server cannot use becomes one line naming the variable
// (the password masked) and what the server got back, not a stack trace.
import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import { DatabaseFileError } from '../sql/databaseFile';
import type { Database } from '../sql/schema';
import { PgStore } from './pgStore';

/** bigint columns (epoch ms, history ids, counts) read as JS numbers, exact below 2^53. */
const INT8 = 20;

const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** A Kysely over a pool of at most `poolSize` connections to `url`. */
export function postgresKysely(url: string, poolSize: number): Kysely<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types });
  // An idle client's error (the server restarted, a connection was cut) is logged, not fatal:
  // the pool replaces the client, and the next query finds out whether the database is back.
  pool.on('error', (error) => console.warn(`PostgreSQL connection lost: ${error.message}`));
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/** The URL with its password hidden, for messages. */
export function maskedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(not a URL)';
  }
}

export interface PgStoreOptions {
  url: string;
  poolSize: number;
}

export async function openPgStore({ url, poolSize }: PgStoreOptions): Promise<PgStore> {
  const db = postgresKysely(url, poolSize);
  try {
    return await PgStore.open(db);
  } catch (error) {
    await db.destroy().catch(() => undefined);
    const detail = error instanceof Error ? error.message || (error as { code?: string }).code : String(error);
    throw new DatabaseFileError(
      `DATABASE_URL=${maskedUrl(url)}: the PostgreSQL database could not be opened (${detail}). Check the host, port, user, password and database name, and that the server is running.`,
    );
  }
}
