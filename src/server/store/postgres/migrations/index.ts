// Every PostgreSQL migration, in the order it is applied. The baseline stands for SQLite's
// 001–012 (see 001_baseline.ts); each later schema change is a twin of SQLite's, with its name.
// A migration is never edited once released.
import type { Migration } from '../../sql/migrations';
import * as baseline from './001_baseline';
import * as partyNameLanguages from './013_party_name_languages';

export const PG_MIGRATIONS: readonly Migration[] = [
  { name: '001_baseline', up: baseline.up },
  { name: '013_party_name_languages', up: partyNameLanguages.up },
];
