// The data version (see PledgeStore.dataVersion): one row every write to pledges, history,
// parties or saved views bumps in its own transaction, so answers cached under a version are
// known to be stale as soon as anything they were built from changes, on every instance.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table data_version (
      id integer primary key not null check (id = 1),
      version integer not null
    ) strict`.execute(db);
  await sql`insert into data_version (id, version) values (1, 1)`.execute(db);
}
