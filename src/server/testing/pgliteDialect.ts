// A Kysely dialect over PGlite (PostgreSQL compiled to WebAssembly, in this process), so the
// PostgreSQL store runs in every test run without a server. PostgreSQL's adapter, query compiler
// and introspector are Kysely's own; only the driver is ours, because PGlite is one connection,
// not a pool. The packages that wrap it for Kysely pin PGlite versions older than ours.
//
// One connection means one transaction at a time: a caller that acquires the connection while
// another holds it waits its turn (as a pool of one would), so a transaction's statements never
// interleave with another caller's. Starting PGlite costs seconds (tens on a busy machine), so
// several stores may share one, each in a schema of its own: the driver sets the connection's
// search_path to its schema whenever it takes the connection, and the turn is kept per PGlite.
import type { PGlite } from '@electric-sql/pglite';
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from 'kysely';

class PgliteConnection implements DatabaseConnection {
  constructor(private readonly pglite: PGlite) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.pglite.query<R>(compiled.sql, [...compiled.parameters]);
    return {
      rows: result.rows,
      ...(result.affectedRows !== undefined ? { numAffectedRows: BigInt(result.affectedRows) } : {}),
    };
  }

  // eslint-disable-next-line require-yield -- no streaming: the stores never stream
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('PGlite connections do not stream results');
  }
}

/** Per PGlite: when its connection is free (each acquire chains onto the previous release), and its search_path. */
const turns = new WeakMap<PGlite, { free: Promise<void>; searchPath: string | null }>();

class PgliteDriver implements Driver {
  private readonly connection: PgliteConnection;
  private release: (() => void) | null = null;

  constructor(
    private readonly pglite: PGlite,
    private readonly schema: string | undefined,
  ) {
    this.connection = new PgliteConnection(pglite);
  }

  async init(): Promise<void> {
    await this.pglite.waitReady;
    if (!turns.has(this.pglite)) turns.set(this.pglite, { free: Promise.resolve(), searchPath: null });
    if (this.schema) await this.pglite.exec(`create schema if not exists "${this.schema}"`);
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const turn = turns.get(this.pglite)!;
    const previous = turn.free;
    let release!: () => void;
    turn.free = new Promise((resolve) => (release = resolve));
    await previous;
    this.release = release;
    const searchPath = this.schema ?? 'public';
    if (turn.searchPath !== searchPath) {
      await this.pglite.exec(`set search_path to "${searchPath}"`);
      turn.searchPath = searchPath;
    }
    return this.connection;
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async releaseConnection(): Promise<void> {
    const release = this.release;
    this.release = null;
    release?.();
  }

  /** Closes PGlite, unless it is shared by schema: its owner closes it. */
  async destroy(): Promise<void> {
    if (!this.schema) await this.pglite.close();
  }
}

export class PgliteDialect implements Dialect {
  /** With `schema`, the stores sharing `pglite` each keep to their own schema (created if missing). */
  constructor(
    private readonly pglite: PGlite,
    private readonly schema?: string,
  ) {}
  createAdapter() {
    return new PostgresAdapter();
  }
  createDriver(): Driver {
    return new PgliteDriver(this.pglite, this.schema);
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
  createIntrospector(db: Kysely<unknown>) {
    return new PostgresIntrospector(db);
  }
}
