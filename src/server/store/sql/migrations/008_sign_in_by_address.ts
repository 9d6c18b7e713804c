// Sign-in limits per account *and address* (0016, revised): ten wrong passwords from one address
// used to lock the account for everyone, so a stranger could shut the only admin out for an hour.
// Failures now count per (person, address); an address where the person signed in before stays
// open while strangers hammer the account. And a recovery link, printed on the server by a
// command, lets an admin in who has no other way.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table sign_in_attempts (
      user_id text not null references users (id) on delete cascade,
      address text not null,
      failures integer not null default 0,
      last_failed_at integer,
      locked_until integer,
      -- The last time the right password came from this address: such a place stays open.
      last_success_at integer,
      primary key (user_id, address)
    ) without rowid, strict`.execute(db);
  await sql`create index sign_in_attempts_recent on sign_in_attempts (user_id, last_failed_at)`.execute(db);
  // The account-wide counters move to the pairs; what they held is a lock nobody should keep.
  for (const column of ['failed_sign_ins', 'last_failed_at', 'locked_until'])
    await sql`alter table users drop column ${sql.ref(column)}`.execute(db);
  // One-time links gain a kind: 'recovery', printed by `npm run recovery-link` for an admin.
  await sql`
    create table one_time_links_008 (
      id text primary key not null,
      token_hash text not null unique,
      kind text not null check (kind in ('owner', 'invite', 'recovery')),
      role text not null check (role in ('viewer', 'editor', 'admin')),
      user_id text references users (id) on delete cascade,
      note text,
      created_by text,
      created_by_id text references users (id) on delete cascade,
      created_at integer not null,
      expires_at integer not null,
      used_at integer
    ) strict`.execute(db);
  await sql`insert into one_time_links_008 select * from one_time_links`.execute(db);
  await sql`drop table one_time_links`.execute(db);
  await sql`alter table one_time_links_008 rename to one_time_links`.execute(db);
}
