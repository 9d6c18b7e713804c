// What a copy compares between the two sides once it is done: how many rows each copied table has,
// and a SHA-256 of the record (see CHECKSUM_PARTS). Each row is hashed as the JSON array of its
// columns' values, so the sum does not depend on how a dialect names or orders columns, and
// numbers read from SQLite's integers and PostgreSQL's bigints hash alike.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../sql/schema';
import { countRows, keyedBatches } from './keyedRows';
import { CHECKSUM_PARTS, COPIED_TABLES, type TableName } from './tables';

/** Rows hashed per query: a few megabytes of documents at most. */
const CHECKSUM_BATCH = 2000;

export interface RecordSummary {
  /** Rows per copied table, in COPIED_TABLES' order. */
  counts: { table: TableName; rows: number }[];
  /** "sha256:<hex>" over CHECKSUM_PARTS. */
  checksum: string;
}

export async function summarize(db: Kysely<Database>): Promise<RecordSummary> {
  const counts = [];
  for (const { table } of COPIED_TABLES) counts.push({ table, rows: await countRows(db, table) });
  return { counts, checksum: await recordChecksum(db) };
}

export async function recordChecksum(db: Kysely<Database>): Promise<string> {
  const hash = createHash('sha256');
  for (const { table, key, columns } of CHECKSUM_PARTS) {
    hash.update(`${table}\n`);
    for await (const rows of keyedBatches(db, table, key, CHECKSUM_BATCH, columns)) {
      for (const row of rows) hash.update(`${JSON.stringify(columns.map((column) => row[column] ?? null))}\n`);
    }
  }
  return `sha256:${hash.digest('hex')}`;
}

/** One line per difference between the source's summary and the target's; none when they agree. */
export function differences(source: RecordSummary, target: RecordSummary): string[] {
  const lines: string[] = [];
  for (const { table, rows } of source.counts) {
    const copied = target.counts.find((c) => c.table === table)?.rows ?? 0;
    if (copied !== rows) lines.push(`${table}: ${rows} rows in the source, ${copied} in the target`);
  }
  if (source.checksum !== target.checksum)
    lines.push(`the record's checksum differs: ${source.checksum} in the source, ${target.checksum} in the target`);
  return lines;
}
