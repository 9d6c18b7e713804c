// A party's name gets its language (`name_language`, English for every party named before) and
// its versions in the tracker's other languages (`name_translations`, a JSON object such as
// {"uk": "Україна"}), so Ukrainian readers see "Україна" where English readers see "Ukraine".
//
// A database seeded before this migration gets the Ukrainian names of the seeded summit parties,
// but only where the party is still the one the seed made (same id, same English name) and has no
// translations: nothing a person wrote is overwritten. The pledges naming them carry a copy of
// the names (a reference's name is for display), so their references get them too. The values
// are written out here, not read from the seed, so this migration does the same thing forever.
// PostgreSQL's twin (../../postgres/migrations/013_party_name_languages.ts) runs the same backfill.
import { sql, type Kysely } from 'kysely';

const SEEDED_UKRAINIAN_NAMES_2025_08: { id: string; name: string; uk: string }[] = [
  { id: 'united-states', name: 'United States', uk: 'США' },
  { id: 'ukraine', name: 'Ukraine', uk: 'Україна' },
  { id: 'russia', name: 'Russia', uk: 'Росія' },
  { id: 'european-allies', name: 'European allies', uk: 'Європейські союзники' },
  { id: 'donald-trump', name: 'Donald Trump', uk: 'Дональд Трамп' },
  { id: 'volodymyr-zelensky', name: 'Volodymyr Zelensky', uk: 'Володимир Зеленський' },
  { id: 'vladimir-putin', name: 'Vladimir Putin', uk: 'Володимир Путін' },
  { id: 'emmanuel-macron', name: 'Emmanuel Macron', uk: 'Емманюель Макрон' },
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('parties')
    .addColumn('name_language', 'text', (c) =>
      c
        .notNull()
        .defaultTo('en')
        .check(sql`name_language in ('en', 'uk')`),
    )
    .execute();
  await db.schema
    .alterTable('parties')
    .addColumn('name_translations', 'text', (c) =>
      c
        .notNull()
        .defaultTo('{}')
        .check(sql`json_valid(name_translations) and json_type(name_translations) = 'object'`),
    )
    .execute();
  await backfillSeededNames(db);
}

interface Ref {
  id: string;
  name: string;
  nameTranslations?: Record<string, string>;
}
type Doc = Record<'pledgers' | 'beneficiaries' | 'guarantors', Ref[] | undefined>;

/** The seeded parties' Ukrainian names, on the parties still as seeded and the pledges naming them. */
export async function backfillSeededNames(db: Kysely<unknown>): Promise<void> {
  const named = new Map<string, string>();
  for (const party of SEEDED_UKRAINIAN_NAMES_2025_08) {
    const { rows } = await sql<{ id: string }>`
      update parties
         set name_translations = ${JSON.stringify({ uk: party.uk })}
       where id = ${party.id} and name = ${party.name} and name_language = 'en' and name_translations = '{}'
      returning id`.execute(db);
    if (rows.length) named.set(party.id, party.uk);
  }
  if (!named.size) return;
  const { rows } = await sql<{ id: string; doc: string }>`select id, doc from pledges`.execute(db);
  for (const row of rows) {
    const doc = JSON.parse(row.doc) as Doc;
    let changed = false;
    for (const role of ['pledgers', 'beneficiaries', 'guarantors'] as const) {
      for (const ref of doc[role] ?? []) {
        const uk = named.get(ref.id);
        if (uk === undefined || ref.nameTranslations) continue;
        ref.nameTranslations = { uk };
        changed = true;
      }
    }
    if (changed) await sql`update pledges set doc = ${JSON.stringify(doc)} where id = ${row.id}`.execute(db);
  }
}
