// The first schema. Pledges keep their full record as JSON in `doc`; the other columns exist to
// filter and order without reading it. pledge_parties carries a copy of those list columns so a
// party's view is served by the same indexes, prefixed with party_id.
//
// The indexes serve the list's default "status" order as up to five index-ordered segments
// (overdue, due, upcoming, open without deadline, resolved) and every other sort in each
// direction, ties by id ascending. Partial-index conditions use the literal 'open' because SQLite
// only matches a partial index against the same literal in the query, never a bound parameter.
import { sql, type CreateTableBuilder, type Kysely, type SqlBool } from 'kysely';

const VERDICT_CHECK = sql`verdict in ('open', 'fulfilled', 'partially_fulfilled', 'broken', 'withdrawn')`;

function withListColumns<T extends string, C extends string>(name: T, table: CreateTableBuilder<T, C>) {
  return table
    .addColumn('verdict', 'text', (c) => c.notNull().check(VERDICT_CHECK))
    .addColumn('resolved_state', 'text')
    .addColumn('announced_on', 'text', (c) => c.notNull())
    .addColumn('resolved_on', 'text')
    .addColumn('deadline_latest', 'text')
    .addColumn('opens_at', 'integer')
    .addColumn('closes_at', 'integer')
    .addColumn('title_key', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint(`${name}_settled_iff_resolved`, sql`(verdict = 'open') = (resolved_state is null)`);
}

/** The list indexes of `table`, whose pledge id column is `id`, each led by `prefix` columns. */
async function createListIndexes(
  db: Kysely<unknown>,
  table: 'pledges' | 'pledge_parties',
  id: string,
  prefix: string[],
): Promise<void> {
  const open = sql<SqlBool>`verdict = 'open'`;
  const lead = prefix.map((c) => `${c}, `).join('');
  const index = (name: string, columns: string, where?: ReturnType<typeof sql<SqlBool>>) => {
    const builder = db.schema
      .createIndex(`${table}_${name}`)
      .on(table)
      .expression(sql.raw(`${lead}${columns}`));
    return (where ? builder.where(where) : builder).execute();
  };
  // Overdue and due, by closing time; opens_at rides along so telling them apart (and counting
  // them) never leaves the index.
  await index('open_by_close', `closes_at, ${id}, opens_at`, sql<SqlBool>`${open} and closes_at is not null`);
  await index('open_by_open', `opens_at, ${id}`, sql<SqlBool>`${open} and opens_at is not null`);
  await index('open_undated', `announced_on desc, ${id}`, sql<SqlBool>`${open} and closes_at is null`);
  await index('resolved', `resolved_on desc, ${id}, verdict, resolved_state`, sql<SqlBool>`verdict <> 'open'`);
  // "deadline" puts pledges without one last in both directions: coalesce to a value that sorts
  // after ('~') or, descending, before ('') any date. Queries use the very same expressions.
  // The columns after the id make each index cover the verdict and state filters, so a filtered
  // walk in this order tests rows in the index and reads only the ones it returns.
  const filters = 'verdict, resolved_state, opens_at, closes_at';
  await index('deadline_asc', `coalesce(deadline_latest, '~'), ${id}, ${filters}`);
  await index('deadline_desc', `coalesce(deadline_latest, '') desc, ${id}, ${filters}`);
  for (const column of ['announced_on', 'updated_at', 'title_key']) {
    await index(`${column}_asc`, `${column}, ${id}, ${filters}`);
    await index(`${column}_desc`, `${column} desc, ${id}, ${filters}`);
  }
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('parties')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('state', 'group', 'person', 'organisation')`))
    .modifyEnd(sql`strict`)
    .execute();

  await withListColumns(
    'pledges',
    db.schema.createTable('pledges').addColumn('id', 'text', (c) => c.primaryKey()),
  )
    .addColumn('version', 'integer', (c) => c.notNull().check(sql`version > 0`))
    .addColumn('search_text', 'text', (c) => c.notNull())
    // Last, so that reading the small columns rarely touches the (larger) document.
    .addColumn('doc', 'text', (c) => c.notNull().check(sql`json_valid(doc)`))
    .modifyEnd(sql`strict`)
    .execute();
  await createListIndexes(db, 'pledges', 'id', []);

  await withListColumns(
    'pledge_parties',
    db.schema
      .createTable('pledge_parties')
      .addColumn('party_id', 'text', (c) => c.notNull().references('parties.id'))
      .addColumn('pledge_id', 'text', (c) => c.notNull().references('pledges.id').onDelete('cascade'))
      .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('pledger', 'beneficiary', 'guarantor')`))
      // A party takes one role in a pledge (the API refuses a party named twice).
      .addPrimaryKeyConstraint('pledge_parties_pk', ['party_id', 'pledge_id']),
  )
    .modifyEnd(sql`without rowid, strict`)
    .execute();
  await db.schema.createIndex('pledge_parties_by_pledge').on('pledge_parties').columns(['pledge_id']).execute();
  await createListIndexes(db, 'pledge_parties', 'pledge_id', ['party_id']);

  await db.schema
    .createTable('history')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('pledge_id', 'text', (c) => c.notNull().references('pledges.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('created', 'updated')`))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('changes', 'text', (c) => c.notNull().check(sql`json_valid(changes)`))
    .modifyEnd(sql`strict`)
    .execute();
  await db.schema.createIndex('history_by_pledge').on('history').columns(['pledge_id', 'id']).execute();
}
