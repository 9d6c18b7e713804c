// The PostgreSQL schema as SQLite's migrations 001–012 leave theirs (../../sql/migrations): the
// same tables, columns, constraints and list indexes, in one step, since no PostgreSQL database
// predates them. A later change to the schema is a migration in each folder, twins with the
// same name; schemaParity.test.ts holds the two to the same tables and columns.
//
// What PostgreSQL says differently:
// - Text compares byte by byte (collate "C"), as SQLite's does: the list's order (ids, title
//   keys, the '~' that sorts undated pledges last) must not depend on the server's locale.
// - Epoch milliseconds are bigint; fractions (progress, bucket tokens) double precision; the
//   pool reads bigint back as a JS number (safe to 2^53, some 285,000 years of milliseconds).
// - history.id is an identity column; copying a tracker in sets it past the copied ids.
// - Documents stay text, not jsonb: a list hands them out exactly as stored (see
//   ListedPledge), and a checksum of the record compares equal across the two stores.
//
// Everything is written out here, not imported, so this migration does the same thing forever.
import { sql, type Kysely } from 'kysely';

const T = 'text collate "C"';
const VERDICT_CHECK = `verdict in ('open', 'fulfilled', 'partially_fulfilled', 'broken', 'withdrawn')`;
const JSON_CHECK = (column: string) => `(${column}::json is not null)`;

/** The columns lists filter and sort on, carried by pledges, pledge_parties and pledge_tags. */
const LIST_COLUMNS = `
  verdict ${T} not null check (${VERDICT_CHECK}),
  resolved_state ${T},
  announced_on ${T} not null,
  resolved_on ${T},
  deadline_start ${T},
  deadline_latest ${T},
  opens_at bigint,
  closes_at bigint,
  title_key ${T} not null,
  updated_at ${T} not null,
  deadline_slips integer not null default 0 check (deadline_slips >= 0),
  progress double precision,
  progress_state ${T} check (progress_state in ('none', 'partial', 'complete'))`;

const settled = (table: string) =>
  `constraint ${table}_settled_iff_resolved check ((verdict = 'open') = (resolved_state is null))`;

const FILTERS = 'verdict, resolved_state, opens_at, closes_at';

/** The list indexes of a table: name, columns after `lead`, partial condition. Those of SQLite's 006. */
function listIndexes(id: string): [name: string, columns: string, where?: string][] {
  const open = `verdict = 'open'`;
  return [
    ['open_by_close', `closes_at, ${id}, opens_at`, `${open} and closes_at is not null`],
    ['open_by_open', `opens_at, ${id}`, `${open} and opens_at is not null`],
    ['open_undated', `announced_on desc, ${id}`, `${open} and closes_at is null`],
    ['resolved', `resolved_on desc, ${id}, verdict, resolved_state`, `verdict <> 'open'`],
    ['deadline_asc', `coalesce(deadline_latest, '~'), ${id}, ${FILTERS}`],
    ['deadline_desc', `coalesce(deadline_latest, '') desc, ${id}, ${FILTERS}`],
    ...['announced_on', 'updated_at', 'title_key'].flatMap((c): [string, string][] => [
      [`${c}_asc`, `${c}, ${id}, ${FILTERS}`],
      [`${c}_desc`, `${c} desc, ${id}, ${FILTERS}`],
    ]),
    ['slips_asc', `deadline_slips, ${id}, ${FILTERS}`],
    ['slips_desc', `deadline_slips desc, ${id}, ${FILTERS}`],
    ['progress_asc', `(progress is null), progress, ${id}, ${FILTERS}`],
    ['progress_desc', `(progress is null), progress desc, ${id}, ${FILTERS}`],
  ];
}

export async function up(db: Kysely<unknown>): Promise<void> {
  const run = (text: string) => sql.raw(text).execute(db);

  await run(`
    create table parties (
      id ${T} primary key,
      name ${T} not null,
      kind ${T} not null check (kind in ('state', 'group', 'person', 'organisation')),
      aliases ${T} not null default '[]' check (json_typeof(aliases::json) = 'array'),
      represents ${T}
    )`);
  await run(`
    create table pledges (
      id ${T} primary key,
      ${LIST_COLUMNS},
      version integer not null check (version > 0),
      search_text ${T} not null,
      doc ${T} not null check ${JSON_CHECK('doc')},
      deleted_at ${T},
      ${settled('pledges')}
    )`);
  await run(`
    create table pledge_parties (
      party_id ${T} not null references parties (id),
      pledge_id ${T} not null references pledges (id) on delete cascade,
      role ${T} not null check (role in ('pledger', 'beneficiary', 'guarantor')),
      ${LIST_COLUMNS},
      constraint pledge_parties_pk primary key (party_id, pledge_id),
      ${settled('pledge_parties')}
    )`);
  await run(`
    create table pledge_tags (
      tag ${T} not null,
      pledge_id ${T} not null references pledges (id) on delete cascade,
      ${LIST_COLUMNS},
      constraint pledge_tags_pk primary key (tag, pledge_id),
      ${settled('pledge_tags')}
    )`);
  await run(`create index pledge_parties_by_pledge on pledge_parties (pledge_id)`);
  await run(`create index pledge_tags_by_pledge on pledge_tags (pledge_id)`);
  // pledges' list indexes are partial to the pledges not in the trash, as every list asks.
  for (const [name, columns, where] of listIndexes('id'))
    await run(
      `create index pledges_${name} on pledges (${columns}) where ${where ? `${where} and ` : ''}deleted_at is null`,
    );
  for (const [name, columns, where] of listIndexes('pledge_id')) {
    await run(
      `create index pledge_parties_${name} on pledge_parties (party_id, ${columns}, role)${where ? ` where ${where}` : ''}`,
    );
    await run(`create index pledge_tags_${name} on pledge_tags (tag, ${columns})${where ? ` where ${where}` : ''}`);
  }
  await run(`create index pledges_trash on pledges (deleted_at desc, id) where deleted_at is not null`);

  await run(`
    create table history (
      id bigint generated by default as identity primary key,
      pledge_id ${T} not null references pledges (id) on delete cascade,
      at ${T} not null,
      actor ${T} not null,
      kind ${T} not null check (kind in ('created', 'updated', 'deleted', 'restored', 'reverted', 'merged')),
      version integer not null,
      changes ${T} not null check ${JSON_CHECK('changes')},
      detail ${T} check (detail is null or ${JSON_CHECK('detail')})
    )`);
  await run(`create index history_by_pledge on history (pledge_id, id)`);

  await run(`
    create table saved_views (
      slug ${T} primary key,
      name ${T} not null,
      query ${T} not null,
      created_at ${T} not null,
      updated_at ${T} not null
    )`);
  await run(`create index saved_views_by_created on saved_views (created_at, slug)`);

  await run(`
    create table users (
      id ${T} primary key,
      name ${T} not null,
      email ${T} unique,
      role ${T} not null check (role in ('viewer', 'editor', 'admin')),
      password_hash ${T},
      created_at ${T} not null
    )`);
  await run(`
    create table sessions (
      id_hash ${T} primary key,
      user_id ${T} not null references users (id) on delete cascade,
      created_at bigint not null,
      expires_at bigint not null,
      last_seen_at bigint not null
    )`);
  await run(`create index sessions_by_user on sessions (user_id)`);
  await run(`
    create table one_time_links (
      id ${T} primary key,
      token_hash ${T} not null unique,
      kind ${T} not null check (kind in ('owner', 'invite', 'recovery')),
      role ${T} not null check (role in ('viewer', 'editor', 'admin')),
      user_id ${T} references users (id) on delete cascade,
      note ${T},
      created_by ${T},
      created_by_id ${T} references users (id) on delete cascade,
      created_at bigint not null,
      expires_at bigint not null,
      used_at bigint
    )`);
  await run(`
    create table api_tokens (
      id ${T} primary key,
      user_id ${T} not null references users (id) on delete cascade,
      name ${T} not null,
      token_hash ${T} not null unique,
      scope ${T} not null check (scope in ('read', 'read-write')),
      created_at bigint not null,
      last_used_at bigint
    )`);
  await run(`create index api_tokens_by_user on api_tokens (user_id)`);
  await run(`create table settings (key ${T} primary key, value ${T} not null)`);
  await run(`
    create table sign_in_attempts (
      user_id ${T} not null references users (id) on delete cascade,
      address ${T} not null,
      failures integer not null default 0,
      last_failed_at bigint,
      locked_until bigint,
      last_success_at bigint,
      primary key (user_id, address)
    )`);
  await run(`create index sign_in_attempts_recent on sign_in_attempts (user_id, last_failed_at)`);
  await run(`
    create table rate_buckets (
      key ${T} primary key,
      tokens double precision not null,
      at bigint not null,
      granted integer not null
    )`);
  await run(`create index rate_buckets_at on rate_buckets (at)`);
  await run(`
    create table address_attempts (
      address ${T} primary key,
      failures integer not null default 0,
      last_failed_at bigint,
      locked_until bigint
    )`);
  await run(`create index address_attempts_recent on address_attempts (last_failed_at)`);
  await run(`
    create table stranger_attempts (
      email ${T} not null,
      address ${T} not null,
      failures integer not null default 0,
      last_failed_at bigint,
      locked_until bigint,
      primary key (email, address)
    )`);
  await run(`create index stranger_attempts_recent on stranger_attempts (email, last_failed_at)`);
  await run(`
    create table email_changes (
      user_id ${T} primary key references users (id) on delete cascade,
      email ${T} not null,
      token_hash ${T} not null unique,
      requested_at bigint not null,
      expires_at bigint not null
    )`);
  await run(`
    create table data_version (
      id integer primary key check (id = 1),
      version bigint not null
    )`);
  await run(`insert into data_version (id, version) values (1, 1)`);
}
