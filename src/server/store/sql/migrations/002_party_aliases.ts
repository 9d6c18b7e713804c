// Parties get the other names they go by (`aliases`, a JSON array of strings) and, for a person
// acting for a state, `represents` (that state's id), so the article extractor can match "Kyiv"
// to Ukraine and "Zelensky" to Volodymyr Zelensky, and through him to Ukraine.
//
// A database seeded before this migration gets the aliases of the seeded summit parties, but
// only where the party is still the one the seed made (same id, same name) and has no aliases:
// nothing a person wrote is ever overwritten. The values are written out here rather than read
// from the seed module, so this migration does the same thing forever, whatever the seed becomes.
import { sql, type Kysely } from 'kysely';

interface Backfill {
  id: string;
  name: string;
  aliases: string[];
  represents?: string;
}

const SEEDED_PARTIES_2025_08: Backfill[] = [
  {
    id: 'united-states',
    name: 'United States',
    aliases: ['the United States', 'U.S.', 'US', 'USA', 'Washington', 'American', 'America'],
  },
  { id: 'ukraine', name: 'Ukraine', aliases: ['Kyiv', 'Ukrainian'] },
  { id: 'russia', name: 'Russia', aliases: ['Moscow', 'Kremlin', 'Russian'] },
  {
    id: 'european-allies',
    name: 'European allies',
    aliases: ['European nations', 'European allies', 'European leaders', 'European officials', 'Europe'],
  },
  { id: 'donald-trump', name: 'Donald Trump', aliases: ['Trump'], represents: 'united-states' },
  { id: 'volodymyr-zelensky', name: 'Volodymyr Zelensky', aliases: ['Zelensky'], represents: 'ukraine' },
  { id: 'vladimir-putin', name: 'Vladimir Putin', aliases: ['Putin'], represents: 'russia' },
  { id: 'emmanuel-macron', name: 'Emmanuel Macron', aliases: ['Macron'] },
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('parties')
    .addColumn('aliases', 'text', (c) =>
      c
        .notNull()
        .defaultTo('[]')
        .check(sql`json_valid(aliases) and json_type(aliases) = 'array'`),
    )
    .execute();
  await db.schema.alterTable('parties').addColumn('represents', 'text').execute();

  for (const party of SEEDED_PARTIES_2025_08) {
    await sql`
      update parties
         set aliases = ${JSON.stringify(party.aliases)},
             represents = coalesce(represents, ${party.represents ?? null})
       where id = ${party.id} and name = ${party.name} and aliases = '[]'`.execute(db);
  }
}
