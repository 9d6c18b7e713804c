// Saved views (0011): a name and the canonical query string of a view, under a short slug.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table saved_views (
      slug text primary key not null,
      name text not null,
      query text not null,
      created_at text not null,
      updated_at text not null
    ) without rowid, strict`.execute(db);
  await sql`create index saved_views_by_created on saved_views (created_at, slug)`.execute(db);
}
