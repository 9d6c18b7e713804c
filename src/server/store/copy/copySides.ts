// The two ends of `npm run copy-data`: what a --from or --to argument names (an SQLite file or a
// postgres:// URL), and opening each. The target is opened as the server opens its store (created
// and migrated if need be); the source only read: a mistyped --from must not get a schema, and a
// copy never changes what it copies from.
import { realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { PG_MIGRATIONS } from '../postgres/migrations';
import { PgStore } from '../postgres/pgStore';
import { maskedUrl, postgresKysely } from '../postgres/pool';
import { MIGRATIONS, type Migration } from '../sql/migrations';
import type { Database } from '../sql/schema';
import { openSqlStore } from '../sql/sqlStore';
import { CopyRefused, type CopySide } from './copyTracker';

export type Location = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

/** An open side, with how to let it go. */
export interface OpenSide extends CopySide {
  close(): Promise<void>;
}

/** Connections per side: the copy runs one query at a time on each. */
const POOL_SIZE = 2;

export function parseLocation(value: string): Location {
  return /^postgres(ql)?:\/\//i.test(value)
    ? { kind: 'postgres', url: value }
    : { kind: 'sqlite', path: resolve(value) };
}

/** How messages show a location: a URL without its password. */
export function shownLocation(location: Location): string {
  return location.kind === 'postgres' ? maskedUrl(location.url) : location.path;
}

/** Whether two locations name the same database (the same file; the same server, database and options). */
export function sameDatabase(a: Location, b: Location): boolean {
  if (a.kind === 'sqlite' && b.kind === 'sqlite') return realPath(a.path) === realPath(b.path);
  if (a.kind === 'postgres' && b.kind === 'postgres') return postgresIdentity(a.url) === postgresIdentity(b.url);
  return false;
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

function postgresIdentity(url: string): string {
  const parsed = new URL(url);
  const host = LOOPBACK.has(parsed.hostname.toLowerCase()) ? 'loopback' : parsed.hostname.toLowerCase();
  const user = decodeURIComponent(parsed.username) || 'postgres';
  const database = decodeURIComponent(parsed.pathname.slice(1)) || user;
  return `${host}:${parsed.port || '5432'}/${database}?${parsed.searchParams.get('options') ?? ''}`;
}

/** Opens the source for reading, after checking it holds a tracker at this version's schema. */
export async function openSource(location: Location, name: string): Promise<OpenSide> {
  if (location.kind === 'sqlite') {
    let sqlite: BetterSqlite3.Database;
    try {
      if (!statSync(location.path).isFile()) throw new CopyRefused(`${name} is not a file.`);
      sqlite = new BetterSqlite3(location.path, { readonly: true, fileMustExist: true });
    } catch (error) {
      if (error instanceof CopyRefused) throw error;
      const code = (error as { code?: string }).code;
      throw new CopyRefused(
        code === 'ENOENT' ? `${name}: no such file.` : `${name} cannot be opened (${message(error)}).`,
      );
    }
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    const side = { kind: 'sqlite' as const, db, name, close: () => db.destroy() };
    return checkedSource(side, MIGRATIONS);
  }
  const db = postgresKysely(location.url, POOL_SIZE);
  return checkedSource({ kind: 'postgres', db, name, close: () => db.destroy() }, PG_MIGRATIONS);
}

/** The source, once its schema_migrations say it is a tracker this version can read; closed otherwise. */
async function checkedSource(side: OpenSide, migrations: readonly Migration[]): Promise<OpenSide> {
  try {
    let applied: string[];
    try {
      applied = (await side.db.selectFrom('schema_migrations').select('name').execute()).map((r) => r.name);
    } catch (error) {
      const code = (error as { code?: string }).code;
      // SQLite says "no such table", PostgreSQL 42P01 (undefined_table).
      if (code === '42P01' || /no such table/.test(message(error)))
        throw new CopyRefused(`${side.name} holds no tracker (it has no schema_migrations table).`);
      if (code === 'SQLITE_NOTADB') throw new CopyRefused(`${side.name} is not an SQLite database.`);
      // Anything else is a connection that failed (refused, unknown host or database, bad password).
      throw new CopyRefused(`${side.name} cannot be read (${message(error)}).`);
    }
    const known = migrations.map((m) => m.name);
    const newer = applied.filter((name) => !known.includes(name));
    if (newer.length)
      throw new CopyRefused(
        `${side.name} was migrated by a newer version of the app (${newer.join(', ')}); copy it with that version.`,
      );
    const missing = known.filter((name) => !applied.includes(name));
    if (missing.length)
      throw new CopyRefused(
        `${side.name} has an older schema (${missing.join(', ')} not applied); start the server on it once to migrate it, then copy.`,
      );
    return side;
  } catch (error) {
    await side.close();
    throw error;
  }
}

/** Opens the target as the server opens its store: created if missing, then migrated. */
export async function openTarget(location: Location, name: string): Promise<OpenSide> {
  if (location.kind === 'sqlite') {
    const store = await openSqlStore({ path: location.path }).catch((error: unknown) => {
      throw new CopyRefused(`${name} cannot be opened: ${message(error)}`);
    });
    return { kind: 'sqlite', db: store.database, name, close: () => store.close() };
  }
  const db = postgresKysely(location.url, POOL_SIZE);
  try {
    const store = await PgStore.open(db);
    return { kind: 'postgres', db: store.database, name, close: () => store.close() };
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw new CopyRefused(`${name} cannot be opened (${message(error)}).`);
  }
}

function message(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length) return message(error.errors[0]);
  if (error instanceof Error) return error.message || (error as { code?: string }).code || error.name;
  return String(error);
}
