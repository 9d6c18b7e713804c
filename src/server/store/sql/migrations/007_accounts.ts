// Accounts (0016): people and their roles, browser sessions, one-time links (the owner's first
// sign-in, invites), personal API tokens, and instance settings. Every secret is stored as its
// SHA-256 only (passwords as scrypt with a per-user salt), so a copy of the file signs no one in.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table users (
      id text primary key not null,
      name text not null,
      email text unique,
      role text not null check (role in ('viewer', 'editor', 'admin')),
      password_hash text,
      created_at text not null,
      failed_sign_ins integer not null default 0,
      last_failed_at integer,
      locked_until integer
    ) strict`.execute(db);
  await sql`
    create table sessions (
      id_hash text primary key not null,
      user_id text not null references users (id) on delete cascade,
      created_at integer not null,
      expires_at integer not null,
      last_seen_at integer not null
    ) without rowid, strict`.execute(db);
  await sql`create index sessions_by_user on sessions (user_id)`.execute(db);
  await sql`
    create table one_time_links (
      id text primary key not null,
      token_hash text not null unique,
      kind text not null check (kind in ('owner', 'invite')),
      role text not null check (role in ('viewer', 'editor', 'admin')),
      user_id text references users (id) on delete cascade,
      note text,
      created_by text,
      -- The admin who made an invite: their pending invites go when they are removed or demoted.
      created_by_id text references users (id) on delete cascade,
      created_at integer not null,
      expires_at integer not null,
      used_at integer
    ) strict`.execute(db);
  await sql`
    create table api_tokens (
      id text primary key not null,
      user_id text not null references users (id) on delete cascade,
      name text not null,
      token_hash text not null unique,
      scope text not null check (scope in ('read', 'read-write')),
      created_at integer not null,
      last_used_at integer
    ) strict`.execute(db);
  await sql`create index api_tokens_by_user on api_tokens (user_id)`.execute(db);
  await sql`create table settings (key text primary key not null, value text not null) without rowid, strict`.execute(
    db,
  );
}
