// Sign-in limits that every instance sees (several instances behind one load balancer): the
// failures per network address across accounts, and those on emails no account has, were kept
// in one process's memory, so an attacker spreading guesses over three instances got three
// times the attempts. They now live beside the per-person-and-address ones (008).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table address_attempts (
      address text primary key not null,
      failures integer not null default 0,
      last_failed_at integer,
      locked_until integer
    ) without rowid, strict`.execute(db);
  await sql`create index address_attempts_recent on address_attempts (last_failed_at)`.execute(db);
  // Kept like an account's pairs, so that a known and an unknown email answer alike.
  await sql`
    create table stranger_attempts (
      email text not null,
      address text not null,
      failures integer not null default 0,
      last_failed_at integer,
      locked_until integer,
      primary key (email, address)
    ) without rowid, strict`.execute(db);
  await sql`create index stranger_attempts_recent on stranger_attempts (email, last_failed_at)`.execute(db);
}
