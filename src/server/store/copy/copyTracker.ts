// Copies a whole tracker from one store's database to another's (SQLite or PostgreSQL, either
// way), then checks that both sides hold the same record. See `npm run copy-data` (copyData.ts)
// for the command, and tables.ts for what is copied.
//
// - The source is read in one snapshot (a read transaction; repeatable read on PostgreSQL), so a
//   server still writing to it cannot tear the copy; the source's counts and checksum are taken
//   in the same snapshot.
// - The target is written in one transaction that first bumps its data version, as every store
//   write does: on PostgreSQL that holds the version row's lock, on SQLite the write lock, so no
//   server write slips in between the check that the target is empty and the copy. Any failure,
//   the refusal included, rolls back everything: the target is left as it was.
// - Rows keep their ids (history's too); PostgreSQL's history sequence is then set past them, and
//   the data version ends above both sides' versions, so every cache keyed on it sees a change.
import { sql, type Kysely } from 'kysely';
import * as q from '../sql/queries';
import type { Database } from '../sql/schema';
import { countRows, insertRows, keyedBatches, type Row } from './keyedRows';
import { withoutListIndexes } from './listIndexes';
import { summarize, type RecordSummary } from './recordSummary';
import { COPIED_TABLES, LIMIT_TABLES, type TableName } from './tables';

/** One side of a copy: its database, its dialect, and how messages name it ("--to ./x.db"). */
export interface CopySide {
  kind: 'sqlite' | 'postgres';
  db: Kysely<Database>;
  name: string;
}

/** The copy would not start (the target holds something): nothing was written. */
export class CopyRefused extends Error {
  override readonly name = 'CopyRefused';
}

/** Rows read from the source per query. */
const READ_BATCH = 5000;

/**
 * Bound parameters per INSERT: PostgreSQL allows 65,535, SQLite 32,766; fewer keeps each statement
 * a few hundred kilobytes while still writing a thousand narrow rows at once.
 */
const PARAMETERS_PER_INSERT = 20_000;

export interface CopiedTable {
  table: TableName;
  rows: number;
  ms: number;
}

export interface CopyReport {
  tables: CopiedTable[];
  /** The list indexes dropped for the copy and built again at its end, and how long building took. */
  indexes: { rebuilt: number; ms: number };
  /** How long the copy took, from the first read to the commit. */
  copyMs: number;
  /** How long reading both sides back for the summaries took. */
  verifyMs: number;
  /** The source's data version, and the target's once copied (above both). */
  dataVersion: { source: number; target: number };
  source: RecordSummary;
  target: RecordSummary;
}

export interface CopyOptions {
  /** Called with a line as each table is done. */
  progress?: (table: CopiedTable) => void;
}

export async function copyTracker(source: CopySide, target: CopySide, options: CopyOptions = {}): Promise<CopyReport> {
  const snapshot =
    source.kind === 'postgres'
      ? source.db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only')
      : source.db.transaction();
  const started = performance.now();
  const copied = await snapshot.execute(async (from) => {
    const sourceVersion = Number(
      (await from.selectFrom('data_version').select('version').executeTakeFirst())?.version ?? 0,
    );
    const { tables, targetVersion, indexes } = await target.db.transaction().execute(async (to) => {
      await q.bumpDataVersion(to).execute();
      await refuseUnlessEmpty(to, target.name);
      const tables: CopiedTable[] = [];
      const indexes = await withoutListIndexes(to, target.kind, async () => {
        for (const { table, key } of COPIED_TABLES) {
          const t0 = performance.now();
          let rows = 0;
          for await (const batch of keyedBatches(from, table, key, READ_BATCH)) {
            for (const chunk of insertChunks(batch)) await insertRows(to, table, chunk);
            rows += batch.length;
          }
          const done = { table, rows, ms: performance.now() - t0 };
          tables.push(done);
          options.progress?.(done);
        }
      });
      if (target.kind === 'postgres') await setHistorySequence(to);
      const targetVersion = await raiseDataVersion(to, sourceVersion + 1);
      return { tables, targetVersion, indexes };
    });
    const copyMs = performance.now() - started;
    return { tables, indexes, copyMs, targetVersion, sourceVersion, summary: await summarize(from) };
  });
  const t0 = performance.now();
  const targetSummary = await summarize(target.db);
  return {
    tables: copied.tables,
    indexes: copied.indexes,
    copyMs: copied.copyMs,
    verifyMs: performance.now() - t0,
    dataVersion: { source: copied.sourceVersion, target: copied.targetVersion },
    source: copied.summary,
    target: targetSummary,
  };
}

/** Refuses (CopyRefused) a target with any row in any table a tracker keeps, limits included. */
async function refuseUnlessEmpty(db: Kysely<Database>, name: string): Promise<void> {
  const found: string[] = [];
  for (const table of [...COPIED_TABLES.map((t) => t.table), ...LIMIT_TABLES]) {
    const rows = await countRows(db, table);
    if (rows) found.push(`${table}: ${rows.toLocaleString('en')} ${rows === 1 ? 'row' : 'rows'}`);
  }
  if (found.length)
    throw new CopyRefused(
      `${name} is not empty (${found.join(', ')}); the copy writes only into an empty database, and wrote nothing.`,
    );
}

/** A batch cut into INSERTs of at most PARAMETERS_PER_INSERT bound values. */
function insertChunks(rows: Row[]): Row[][] {
  const columns = Math.max(1, Object.keys(rows[0] ?? {}).length);
  const size = Math.max(1, Math.floor(PARAMETERS_PER_INSERT / columns));
  const chunks: Row[][] = [];
  for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size));
  return chunks;
}

/**
 * history.id is an identity column on PostgreSQL: rows inserted with their ids leave its sequence
 * behind, and the next event would collide. (SQLite's AUTOINCREMENT follows the largest id itself.)
 */
async function setHistorySequence(db: Kysely<Database>): Promise<void> {
  await sql`select setval(pg_get_serial_sequence('history', 'id'), max(id)) from history having max(id) is not null`.execute(
    db,
  );
}

/** Sets the data version to at least `floor`; answers the version it ends at. */
async function raiseDataVersion(db: Kysely<Database>, floor: number): Promise<number> {
  const current = Number((await db.selectFrom('data_version').select('version').executeTakeFirst())?.version ?? 0);
  const version = Math.max(current, floor);
  await db.updateTable('data_version').set({ version }).execute();
  return version;
}
