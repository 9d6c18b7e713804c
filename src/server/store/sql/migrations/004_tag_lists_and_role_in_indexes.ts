// Tag views and role filters served from indexes (0003, 0009).
//
// - pledge_tags gets its own copy of the list columns, with the list indexes led by `tag`, as
//   pledge_parties has for parties: a one-tag view (?tag=x) is an index range of this table in
//   the view's order instead of probing membership for every pledge and sorting the matches.
//   SQLite cannot add NOT NULL columns with CHECKs to a table in place, so the table is rebuilt
//   and filled from pledges (nothing references pledge_tags, so dropping the old one is safe).
// - pledge_parties' list indexes are rebuilt with `role` after their other columns, so a role
//   filter (?party=…&role=…) is tested inside the index instead of reading every row.
//
// The index definitions are written out here, not imported from 001, so this migration does the
// same thing forever.
import { sql, type Kysely } from 'kysely';

const VERDICT_CHECK = `verdict in ('open', 'fulfilled', 'partially_fulfilled', 'broken', 'withdrawn')`;
const LIST_COLUMNS =
  'verdict, resolved_state, announced_on, resolved_on, deadline_start, deadline_latest, opens_at, closes_at, title_key, updated_at';
const INDEX_NAMES = [
  'open_by_close',
  'open_by_open',
  'open_undated',
  'resolved',
  'deadline_asc',
  'deadline_desc',
  ...['announced_on', 'updated_at', 'title_key'].flatMap((c) => [`${c}_asc`, `${c}_desc`]),
];

/** The list indexes of 001, on `table` led by `lead`, with `extra` columns covered after the id. */
async function createListIndexes(db: Kysely<unknown>, table: string, lead: string, extra: string): Promise<void> {
  const open = `verdict = 'open'`;
  const more = extra ? `, ${extra}` : '';
  const index = (name: string, columns: string, where?: string) =>
    sql
      .raw(
        `create index "${table}_${name}" on "${table}" (${lead}, ${columns}${more})${where ? ` where ${where}` : ''}`,
      )
      .execute(db);
  await index('open_by_close', `closes_at, pledge_id, opens_at`, `${open} and closes_at is not null`);
  await index('open_by_open', `opens_at, pledge_id`, `${open} and opens_at is not null`);
  await index('open_undated', `announced_on desc, pledge_id`, `${open} and closes_at is null`);
  await index('resolved', `resolved_on desc, pledge_id, verdict, resolved_state`, `verdict <> 'open'`);
  const filters = 'verdict, resolved_state, opens_at, closes_at';
  await index('deadline_asc', `coalesce(deadline_latest, '~'), pledge_id, ${filters}`);
  await index('deadline_desc', `coalesce(deadline_latest, '') desc, pledge_id, ${filters}`);
  for (const column of ['announced_on', 'updated_at', 'title_key']) {
    await index(`${column}_asc`, `${column}, pledge_id, ${filters}`);
    await index(`${column}_desc`, `${column} desc, pledge_id, ${filters}`);
  }
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table pledge_tags_004 (
      tag text not null,
      pledge_id text not null references pledges (id) on delete cascade,
      verdict text not null check (${sql.raw(VERDICT_CHECK)}),
      resolved_state text,
      announced_on text not null,
      resolved_on text,
      deadline_latest text,
      opens_at integer,
      closes_at integer,
      title_key text not null,
      updated_at text not null,
      deadline_start text,
      constraint pledge_tags_settled_iff_resolved check ((verdict = 'open') = (resolved_state is null)),
      constraint pledge_tags_pk primary key (tag, pledge_id)
    ) without rowid, strict`.execute(db);
  await sql
    .raw(
      `
    insert into pledge_tags_004 (tag, pledge_id, ${LIST_COLUMNS})
    select t.tag, p.id, ${LIST_COLUMNS.split(', ')
      .map((c) => `p.${c}`)
      .join(', ')}
      from pledge_tags t join pledges p on p.id = t.pledge_id`,
    )
    .execute(db);
  await sql`drop table pledge_tags`.execute(db);
  await sql`alter table pledge_tags_004 rename to pledge_tags`.execute(db);
  await sql`create index pledge_tags_by_pledge on pledge_tags (pledge_id)`.execute(db);
  await createListIndexes(db, 'pledge_tags', 'tag', '');

  for (const name of INDEX_NAMES) await sql.raw(`drop index "pledge_parties_${name}"`).execute(db);
  await createListIndexes(db, 'pledge_parties', 'party_id', 'role');
}
