// Filters by tag and by deadline range (issue 3).
//
// - pledge_tags: one row per tag of a pledge, keyed (tag, pledge_id), so `?tag=` is an index
//   range per tag instead of reading every pledge's JSON.
// - deadline_start: the first day of the deadline window (its earliest, or the day the pledge
//   was announced for "due by X"), beside deadline_latest, on pledges and on pledge_parties (which
//   carries a copy of the list columns), so `?from=&to=` is a comparison of two columns.
//
// Both are filled from the stored documents, so a database made before this migration answers
// the new filters at once.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['pledges', 'pledge_parties']) {
    await db.schema.alterTable(table).addColumn('deadline_start', 'text').execute();
  }
  await sql`
    update pledges
       set deadline_start = coalesce(json_extract(doc, '$.deadline.earliest'), announced_on)
     where deadline_latest is not null`.execute(db);
  await sql`
    update pledge_parties
       set deadline_start = (select p.deadline_start from pledges p where p.id = pledge_parties.pledge_id)
     where deadline_latest is not null`.execute(db);

  await db.schema
    .createTable('pledge_tags')
    .addColumn('tag', 'text', (c) => c.notNull())
    .addColumn('pledge_id', 'text', (c) => c.notNull().references('pledges.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('pledge_tags_pk', ['tag', 'pledge_id'])
    .modifyEnd(sql`without rowid, strict`)
    .execute();
  await db.schema.createIndex('pledge_tags_by_pledge').on('pledge_tags').columns(['pledge_id']).execute();
  await sql`
    insert or ignore into pledge_tags (tag, pledge_id)
    select t.value, p.id from pledges p, json_each(p.doc, '$.tags') t where t.type = 'text'`.execute(db);
}
