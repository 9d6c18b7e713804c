// A change of email waits for its confirmation (0022): the new address signs in only once the
// link sent to it is opened, and until then the old one keeps working. One pending change per
// person; a new request replaces it. Its token is stored as its SHA-256, like every link's.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table email_changes (
      user_id text primary key not null references users (id) on delete cascade,
      email text not null,
      token_hash text not null unique,
      requested_at integer not null,
      expires_at integer not null
    ) without rowid, strict`.execute(db);
}
