// Every migration, in the order it is applied. A migration is never edited once released:
// a change to the schema is a new file here.
import type { Kysely } from 'kysely';
import * as initial from './001_initial';
import * as partyAliases from './002_party_aliases';
import * as tagsAndWindowStart from './003_tags_and_window_start';
import * as tagListsAndRoleInIndexes from './004_tag_lists_and_role_in_indexes';
import * as savedViews from './005_saved_views';
import * as keepingTheRecord from './006_keeping_the_record';
import * as accounts from './007_accounts';
import * as signInByAddress from './008_sign_in_by_address';
import * as rateBuckets from './009_rate_buckets';
import * as attemptsInTheDatabase from './010_attempts_in_the_database';
import * as emailChanges from './011_email_changes';
import * as dataVersion from './012_data_version';
import * as partyNameLanguages from './013_party_name_languages';

export interface Migration {
  name: string;
  up(db: Kysely<unknown>): Promise<void>;
}

export const MIGRATIONS: readonly Migration[] = [
  { name: '001_initial', up: initial.up },
  { name: '002_party_aliases', up: partyAliases.up },
  { name: '003_tags_and_window_start', up: tagsAndWindowStart.up },
  { name: '004_tag_lists_and_role_in_indexes', up: tagListsAndRoleInIndexes.up },
  { name: '005_saved_views', up: savedViews.up },
  { name: '006_keeping_the_record', up: keepingTheRecord.up },
  { name: '007_accounts', up: accounts.up },
  { name: '008_sign_in_by_address', up: signInByAddress.up },
  { name: '009_rate_buckets', up: rateBuckets.up },
  { name: '010_attempts_in_the_database', up: attemptsInTheDatabase.up },
  { name: '011_email_changes', up: emailChanges.up },
  { name: '012_data_version', up: dataVersion.up },
  { name: '013_party_name_languages', up: partyNameLanguages.up },
];
