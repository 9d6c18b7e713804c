// The two SQL stores keep one schema: every table SQLite's migrations make, PostgreSQL's make
// too, with the same columns (types differ by dialect; see migrations/001_baseline.ts).
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { pgliteKysely, usePglite } from '@server/testing/postgresTargets';
import { openSqlStore } from '../sql/sqlStore';
import { PgStore } from './pgStore';

usePglite();

type Columns = Record<string, string[]>;

function byTable(rows: { table: string; column: string }[]): Columns {
  const tables: Columns = {};
  for (const { table, column } of rows) (tables[table] ??= []).push(column);
  for (const columns of Object.values(tables)) columns.sort();
  return tables;
}

describe('the PostgreSQL schema', () => {
  it('has the tables and columns SQLite has', async () => {
    const sqlite = await openSqlStore({ path: ':memory:' });
    const { rows: sqliteRows } = await sql<{ table: string; column: string }>`
      select m.name as "table", c.name as "column"
        from sqlite_master m, pragma_table_info(m.name) c
       where m.type = 'table' and m.name not like 'sqlite_%'`.execute(sqlite.database);
    await sqlite.close();

    const pg = await PgStore.open(pgliteKysely());
    const { rows: pgRows } = await sql<{ table: string; column: string }>`
      select table_name as "table", column_name as "column"
        from information_schema.columns where table_schema = current_schema()`.execute(pg.database);
    await pg.close();

    const expected = byTable(sqliteRows);
    expect(Object.keys(expected).length).toBeGreaterThan(15);
    expect(byTable(pgRows)).toEqual(expected);
  });
});
