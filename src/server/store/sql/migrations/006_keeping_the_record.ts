// Keeping the record (0015): the trash, deadline slips, deliveries and delivery progress.
//
// - pledges gets `deleted_at` (the trash), and pledges, pledge_parties and pledge_tags get the
//   list columns `deadline_slips`, `progress` (delivered ÷ pledged) and `progress_state` (none,
//   partial, complete), filled from each document. Documents gain the fields the record now
//   has: the deadline as first recorded is the one they have, no slips, not deleted, and an
//   amount already marked as partly delivered keeps that as one delivery, so that
//   `amount.delivered` stays the sum of the deliveries and nothing stored is lost.
// - A pledge in the trash keeps its row in pledges (and its history) but has no rows in
//   pledge_parties or pledge_tags, so their indexes stay as they are. The list indexes of pledges
//   are rebuilt as partial indexes of the pledges not in the trash, which every list query asks
//   for with the same literal `deleted_at is null`.
// - Each of the three tables gets indexes for the new sorts, in both directions, with the same
//   lead columns and covered filter columns as the other sort indexes.
// - history is rebuilt to allow the new kinds of event (deleted, restored, reverted, merged) and
//   to hold an event's `detail` (the version reverted to, the parties merged) as JSON.
//
// Everything is written out here, not imported, so this migration does the same thing forever.
import { sql, type Kysely } from 'kysely';

const OPEN = `verdict = 'open'`;
const LIVE = 'deleted_at is null';
const FILTERS = 'verdict, resolved_state, opens_at, closes_at';

/** The list indexes 001 made on pledges (name, columns, condition), rebuilt partial to the pledges not in the trash. */
const PLEDGE_INDEXES: [name: string, columns: string, where?: string][] = [
  ['open_by_close', 'closes_at, id, opens_at', `${OPEN} and closes_at is not null`],
  ['open_by_open', 'opens_at, id', `${OPEN} and opens_at is not null`],
  ['open_undated', 'announced_on desc, id', `${OPEN} and closes_at is null`],
  ['resolved', 'resolved_on desc, id, verdict, resolved_state', `verdict <> 'open'`],
  ['deadline_asc', `coalesce(deadline_latest, '~'), id, ${FILTERS}`],
  ['deadline_desc', `coalesce(deadline_latest, '') desc, id, ${FILTERS}`],
  ...['announced_on', 'updated_at', 'title_key'].flatMap((c): [string, string][] => [
    [`${c}_asc`, `${c}, id, ${FILTERS}`],
    [`${c}_desc`, `${c} desc, id, ${FILTERS}`],
  ]),
];

/** The new sorts' indexes: slips, and progress with pledges without an amount last either way. */
function sortIndexes(id: string): [name: string, columns: string][] {
  return [
    ['slips_asc', `deadline_slips, ${id}, ${FILTERS}`],
    ['slips_desc', `deadline_slips desc, ${id}, ${FILTERS}`],
    ['progress_asc', `(progress is null), progress, ${id}, ${FILTERS}`],
    ['progress_desc', `(progress is null), progress desc, ${id}, ${FILTERS}`],
  ];
}

const CARRIED_NOTE = 'Delivered before deliveries were recorded one by one';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table pledges add column deleted_at text`.execute(db);
  for (const table of ['pledges', 'pledge_parties', 'pledge_tags']) {
    await sql
      .raw(`alter table ${table} add column deadline_slips integer not null default 0 check (deadline_slips >= 0)`)
      .execute(db);
    await sql.raw(`alter table ${table} add column progress real`).execute(db);
    await sql
      .raw(
        `alter table ${table} add column progress_state text check (progress_state in ('none', 'partial', 'complete'))`,
      )
      .execute(db);
  }

  // The documents: new fields, and delivered amounts carried over as one delivery.
  await sql
    .raw(
      `update pledges set doc = json_set(doc,
        '$.deliveries', case
          when json_type(doc, '$.amount') = 'object' and json_extract(doc, '$.amount.delivered') > 0
          then json_array(json_object(
            'id', 'carried-over',
            'on', max(json_extract(doc, '$.announcedOn'), substr(json_extract(doc, '$.updatedAt'), 1, 10)),
            'value', json_extract(doc, '$.amount.delivered'),
            'note', '${CARRIED_NOTE}'))
          else json('[]') end,
        '$.originalDeadline', json(coalesce(json_extract(doc, '$.deadline'), 'null')),
        '$.deadlineSlips', 0,
        '$.deletedAt', json('null'))
      where json_type(doc, '$.deliveries') is null`,
    )
    .execute(db);
  await sql
    .raw(
      `update pledges set
        progress = case when json_type(doc, '$.amount') = 'object'
          then json_extract(doc, '$.amount.delivered') * 1.0 / json_extract(doc, '$.amount.value') end,
        progress_state = case when json_type(doc, '$.amount') = 'object' then case
          when json_extract(doc, '$.amount.delivered') <= 0 then 'none'
          when json_extract(doc, '$.amount.delivered') >= json_extract(doc, '$.amount.value') then 'complete'
          else 'partial' end end
      where json_type(doc, '$.amount') = 'object'`,
    )
    .execute(db);
  for (const table of ['pledge_parties', 'pledge_tags']) {
    await sql
      .raw(
        `update ${table} set
          progress = (select p.progress from pledges p where p.id = ${table}.pledge_id),
          progress_state = (select p.progress_state from pledges p where p.id = ${table}.pledge_id)
        where pledge_id in (select id from pledges where progress is not null)`,
      )
      .execute(db);
  }

  // The list indexes of pledges, partial to the pledges not in the trash; the new sorts' indexes.
  for (const [name, columns, where] of PLEDGE_INDEXES) {
    await sql.raw(`drop index "pledges_${name}"`).execute(db);
    await sql
      .raw(`create index "pledges_${name}" on pledges (${columns}) where ${where ? `${where} and ` : ''}${LIVE}`)
      .execute(db);
  }
  for (const [name, columns] of sortIndexes('id')) {
    await sql.raw(`create index "pledges_${name}" on pledges (${columns}) where ${LIVE}`).execute(db);
  }
  for (const [name, columns] of sortIndexes('pledge_id')) {
    await sql.raw(`create index "pledge_parties_${name}" on pledge_parties (party_id, ${columns}, role)`).execute(db);
    await sql.raw(`create index "pledge_tags_${name}" on pledge_tags (tag, ${columns})`).execute(db);
  }
  await sql.raw(`create index pledges_trash on pledges (deleted_at desc, id) where deleted_at is not null`).execute(db);

  // history, with the new kinds of event and their detail.
  await sql`
    create table history_006 (
      id integer primary key autoincrement,
      pledge_id text not null references pledges (id) on delete cascade,
      at text not null,
      actor text not null,
      kind text not null check (kind in ('created', 'updated', 'deleted', 'restored', 'reverted', 'merged')),
      version integer not null,
      changes text not null check (json_valid(changes)),
      detail text check (detail is null or json_valid(detail))
    ) strict`.execute(db);
  await sql`insert into history_006 (id, pledge_id, at, actor, kind, version, changes) select id, pledge_id, at, actor, kind, version, changes from history`.execute(
    db,
  );
  await sql`drop table history`.execute(db);
  await sql`alter table history_006 rename to history`.execute(db);
  await sql`create index history_by_pledge on history (pledge_id, id)`.execute(db);
}
