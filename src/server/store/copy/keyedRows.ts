// Reading a whole table in batches, in the order of its primary key, and writing rows back: the
// one way a copy and its checksum walk a table, the same on SQLite and PostgreSQL. Each batch
// starts after the last key of the one before (a row-value comparison both dialects know), so
// reading 100,000 pledges costs the same per batch from the first to the last, unlike OFFSET.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../sql/schema';
import type { TableName } from './tables';

export type Row = Record<string, unknown>;

/** The tables as a copy sees them: any table, any columns (the schema is the same on both sides). */
type Loose = Kysely<Record<string, Row>>;

const loose = (db: Kysely<Database>) => db as unknown as Loose;

/** The rows of `table` in key order, `batch` at a time; `columns` picks some, all by default. */
export async function* keyedBatches(
  db: Kysely<Database>,
  table: TableName,
  key: readonly string[],
  batch: number,
  columns?: readonly string[],
): AsyncGenerator<Row[]> {
  const keyRefs = sql.join(key.map((column) => sql.ref(column)));
  let after: unknown[] | null = null;
  for (;;) {
    const from = loose(db).selectFrom(table);
    let query = columns ? from.select(columns.map((c) => sql.ref(c).as(c))) : from.selectAll();
    if (after) query = query.where(sql<boolean>`(${keyRefs}) > (${sql.join(after)})`);
    for (const column of key) query = query.orderBy(sql.ref(column));
    const rows = await query.limit(batch).execute();
    if (!rows.length) return;
    yield rows;
    if (rows.length < batch) return;
    const last = rows[rows.length - 1]!;
    after = key.map((column) => last[column]);
  }
}

/** Inserts the rows as they are (ids included) in one statement. */
export async function insertRows(db: Kysely<Database>, table: TableName, rows: readonly Row[]): Promise<void> {
  if (rows.length) await loose(db).insertInto(table).values(rows).execute();
}

/** How many rows `table` has. */
export async function countRows(db: Kysely<Database>, table: TableName): Promise<number> {
  const row = await loose(db)
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
