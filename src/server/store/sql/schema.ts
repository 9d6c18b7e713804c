// The tables as Kysely sees them (see migrations/ for how they are made).
import type { Generated } from 'kysely';
import type { DeadlineState, HistoryEvent, Party, ProgressFilter, Verdict } from '@shared/contract';
import type { Locale } from '@shared/i18n';
import type { PartyRole } from '../derived';

export interface PartiesTable {
  id: string;
  name: string;
  /** The name's language, and its translations as a JSON object (013_party_name_languages). */
  name_language: Generated<Locale>;
  name_translations: Generated<string>;
  kind: Party['kind'];
  /** JSON array of strings (002_party_aliases). */
  aliases: Generated<string>;
  represents: string | null;
}

/** A pledge: the full record as JSON in `doc`, plus the columns queries filter and sort on. */
export interface PledgesTable extends ListColumns {
  id: string;
  /** When it was put in the trash (006); null while it is not. */
  deleted_at: string | null;
  version: number;
  search_text: string;
  doc: string;
}

/** The columns a list filters and sorts on, shared by pledges and pledge_parties. */
export interface ListColumns {
  verdict: Verdict;
  resolved_state: DeadlineState | null;
  announced_on: string;
  resolved_on: string | null;
  /** The window's first day: deadline.earliest, else announcedOn; null without a deadline (003). */
  deadline_start: string | null;
  deadline_latest: string | null;
  /** Epoch ms, from the domain's opensAtMs/closesAtMs; null without a deadline. */
  opens_at: number | null;
  closes_at: number | null;
  title_key: string;
  updated_at: string;
  /** How many times the deadline moved later (006). */
  deadline_slips: number;
  /** Delivered ÷ pledged, and none/partial/complete; null without an amount (006). */
  progress: number | null;
  progress_state: ProgressFilter | null;
}

/**
 * One row per party taking part in a pledge, in its role, carrying a copy of the pledge's list
 * columns: a party's view (?party=…) is then an index range of this table, as fast as the
 * unfiltered view is over pledges, instead of a scan of pledges probing party membership.
 */
export interface PledgePartiesTable extends ListColumns {
  party_id: string;
  pledge_id: string;
  role: PartyRole;
}

/**
 * One row per tag of a pledge (003), carrying a copy of the pledge's list columns (004) as
 * pledge_parties does: a one-tag view is an index range of this table, in the view's order.
 */
export interface PledgeTagsTable extends ListColumns {
  tag: string;
  pledge_id: string;
}

export interface HistoryTable {
  id: Generated<number>;
  pledge_id: string;
  at: string;
  actor: string;
  kind: HistoryEvent['kind'];
  version: number;
  /** JSON array of { field, from, to }. */
  changes: string;
  /** JSON of { revertedTo } or { merged } (006); null otherwise. */
  detail: string | null;
}

/** A saved view (005). */
export interface SavedViewsTable {
  slug: string;
  name: string;
  query: string;
  created_at: string;
  updated_at: string;
}

/** People who may sign in (007). Times in epoch ms except created_at (ISO). */
export interface UsersTable {
  id: string;
  name: string;
  email: string | null;
  role: 'viewer' | 'editor' | 'admin';
  password_hash: string | null;
  created_at: string;
}

/** Failed and good sign-ins per person and network address (008). Epoch ms. */
export interface SignInAttemptsTable {
  user_id: string;
  address: string;
  failures: number;
  last_failed_at: number | null;
  locked_until: number | null;
  last_success_at: number | null;
}

/** The state of an attempt limit, as signInLimits.ts computes it. Epoch ms. */
interface AttemptColumns {
  failures: number;
  last_failed_at: number | null;
  locked_until: number | null;
}

/** Failed sign-ins per network address across accounts (010). */
export interface AddressAttemptsTable extends AttemptColumns {
  address: string;
}

/** Failed sign-ins on an email no account has, per address (010). */
export interface StrangerAttemptsTable extends AttemptColumns {
  email: string;
  address: string;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  created_at: number;
  expires_at: number;
  last_seen_at: number;
}

export interface OneTimeLinksTable {
  id: string;
  token_hash: string;
  kind: 'owner' | 'invite' | 'recovery';
  role: 'viewer' | 'editor' | 'admin';
  user_id: string | null;
  note: string | null;
  created_by: string | null;
  created_by_id: string | null;
  created_at: number;
  expires_at: number;
  used_at: number | null;
}

/** A change of email waiting for the link sent to the new address (011). Epoch ms. */
export interface EmailChangesTable {
  user_id: string;
  email: string;
  token_hash: string;
  requested_at: number;
  expires_at: number;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  scope: 'read' | 'read-write';
  created_at: number;
  last_used_at: number | null;
}

/** Token buckets shared by every instance (009): `key` is "<scope>:<who>". Epoch ms. */
export interface RateBucketsTable {
  key: string;
  tokens: number;
  at: number;
  /** 1 when the last take was granted, 0 when refused. */
  granted: number;
}

export interface SettingsTable {
  key: string;
  value: string;
}

/** One row (id 1): see migration 012 and PledgeStore.dataVersion. */
export interface DataVersionTable {
  id: number;
  version: number;
}

export interface MigrationsTable {
  name: string;
  applied_at: string;
}

export interface Database {
  parties: PartiesTable;
  pledges: PledgesTable;
  pledge_parties: PledgePartiesTable;
  pledge_tags: PledgeTagsTable;
  history: HistoryTable;
  saved_views: SavedViewsTable;
  users: UsersTable;
  sessions: SessionsTable;
  one_time_links: OneTimeLinksTable;
  email_changes: EmailChangesTable;
  sign_in_attempts: SignInAttemptsTable;
  address_attempts: AddressAttemptsTable;
  stranger_attempts: StrangerAttemptsTable;
  api_tokens: ApiTokensTable;
  settings: SettingsTable;
  rate_buckets: RateBucketsTable;
  data_version: DataVersionTable;
  schema_migrations: MigrationsTable;
}
