// Kysely builds and types every query; better-sqlite3 runs it synchronously through a cache of
// prepared statements. Synchronous execution is what makes a store method atomic without a lock:
// nothing else runs on the event loop between BEGIN and COMMIT. (Kysely's own driver prepares
// each statement anew on every call, which costs more than the list query itself.)
import type BetterSqlite3 from 'better-sqlite3';
import type { Compilable, SqliteDatabase } from 'kysely';

const MAX_CACHED = 500;

export class Statements {
  private cache = new Map<string, BetterSqlite3.Statement>();

  constructor(private readonly sqlite: BetterSqlite3.Database) {}

  all<R>(query: Compilable<R>): R[] {
    const { sql, parameters } = query.compile();
    return this.prepare(sql).all(parameters) as R[];
  }

  first<R>(query: Compilable<R>): R | undefined {
    const { sql, parameters } = query.compile();
    return this.prepare(sql).get(parameters) as R | undefined;
  }

  /** Runs SQL compiled earlier (see SqlStore's page cache) with fresh parameters. */
  allCompiled<R>(sql: string, parameters: readonly unknown[]): R[] {
    return this.prepare(sql).all(parameters) as R[];
  }

  /** The first row of SQL compiled earlier (a query run on every request need not be built each time). */
  firstCompiled<R>(sql: string, parameters: readonly unknown[]): R | undefined {
    return this.prepare(sql).get(parameters) as R | undefined;
  }

  run(query: Compilable<unknown>): BetterSqlite3.RunResult {
    const { sql, parameters } = query.compile();
    return this.prepare(sql).run(parameters);
  }

  /** Runs `fn` in one BEGIN IMMEDIATE transaction: all of it or none of it. */
  transaction<T>(fn: () => T): T {
    return this.sqlite.transaction(fn).immediate();
  }

  /**
   * The database as Kysely's own SQLite driver sees it, preparing through this cache: the queries
   * that run through Kysely (accounts, sessions, the tracker's visibility, read on every request)
   * would otherwise prepare their statement anew each time, which cost a fifth of the server's
   * time answering a cached list. Nothing iterates a statement (Kysely's stream), so sharing one
   * between the two paths is safe.
   */
  forKysely(): SqliteDatabase {
    return { prepare: (sql) => this.prepare(sql), close: () => this.sqlite.close() };
  }

  private prepare(sql: string): BetterSqlite3.Statement {
    let statement = this.cache.get(sql);
    if (!statement) {
      statement = this.sqlite.prepare(sql);
      // Queries differ by shape (filters, number of search words), not by value: few distinct texts.
      if (this.cache.size >= MAX_CACHED) this.cache.clear();
      this.cache.set(sql, statement);
    }
    return statement;
  }
}
