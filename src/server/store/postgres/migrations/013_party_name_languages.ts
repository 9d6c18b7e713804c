// Twin of SQLite's 013_party_name_languages: a party's name gets its language and its versions in
// the other languages, and the seeded summit parties (where still as seeded) their Ukrainian
// names, in the pledges naming them too. Only the columns' checks are said in PostgreSQL's words.
import { sql, type Kysely } from 'kysely';
import { backfillSeededNames } from '../../sql/migrations/013_party_name_languages';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table parties
      add column name_language text collate "C" not null default 'en' check (name_language in ('en', 'uk')),
      add column name_translations text collate "C" not null default '{}'
        check (json_typeof(name_translations::json) = 'object')`.execute(db);
  await backfillSeededNames(db);
}
