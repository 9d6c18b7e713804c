// Write limits in the database (issue: several instances behind one load balancer). A limit kept
// in one process's memory lets a person write N times per minute per instance; in the database,
// every instance draws from the same bucket.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table rate_buckets (
      key text primary key not null,
      -- Units left at \`at\` (epoch ms); the bucket refills with time up to its capacity.
      tokens real not null,
      at integer not null,
      -- Whether the last take was granted: tokens alone cannot tell 0.4 left after a take from 0.4 refused.
      granted integer not null
    ) without rowid, strict`.execute(db);
  await sql`create index rate_buckets_at on rate_buckets (at)`.execute(db);
}
