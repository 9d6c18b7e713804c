// What a tracker is, table by table, when it moves between SQLite and PostgreSQL: which tables are
// copied (in an order that satisfies their foreign keys), the key each is read in order of, and
// which are left behind and why. The record's checksum covers the tables people care about.
import type { Database } from '../sql/schema';

export type TableName = keyof Database & string;

type Column<T extends TableName> = keyof Database[T] & string;

/** A table read in key order; the key is its primary key, so the order is total. */
export type KeyedTable = { [T in TableName]: { table: T; key: readonly Column<T>[] } }[TableName];

/** A part of the record's checksum: these columns of each row, in key order. */
export type ChecksumPart = {
  [T in TableName]: { table: T; key: readonly Column<T>[]; columns: readonly Column<T>[] };
}[TableName];

/**
 * What happens to each table. Every table of the schema is named, so a new one fails the
 * typecheck here until someone decides whether a copy takes it along.
 */
const FATE = {
  parties: 'copied',
  pledges: 'copied',
  pledge_parties: 'copied',
  pledge_tags: 'copied',
  history: 'copied',
  saved_views: 'copied',
  users: 'copied',
  sessions: 'copied',
  one_time_links: 'copied',
  email_changes: 'copied',
  api_tokens: 'copied',
  settings: 'copied',
  // Limits start afresh: a bucket or a lock a few minutes old means nothing to a new instance.
  rate_buckets: 'limit',
  sign_in_attempts: 'limit',
  address_attempts: 'limit',
  stranger_attempts: 'limit',
  // The target's own: it is migrated when opened, and its version is bumped past the source's.
  schema_migrations: 'own',
  data_version: 'own',
} as const satisfies Record<TableName, 'copied' | 'limit' | 'own'>;

/** The tables a copy writes, parents before the rows that refer to them. */
export const COPIED_TABLES: readonly KeyedTable[] = [
  { table: 'parties', key: ['id'] },
  { table: 'pledges', key: ['id'] },
  { table: 'pledge_parties', key: ['party_id', 'pledge_id'] },
  { table: 'pledge_tags', key: ['tag', 'pledge_id'] },
  { table: 'history', key: ['id'] },
  { table: 'saved_views', key: ['slug'] },
  { table: 'users', key: ['id'] },
  { table: 'sessions', key: ['id_hash'] },
  { table: 'one_time_links', key: ['id'] },
  { table: 'email_changes', key: ['user_id'] },
  { table: 'api_tokens', key: ['id'] },
  { table: 'settings', key: ['key'] },
];

/** Sign-in limits and rate buckets: not copied, but a target holding any is not empty. */
export const LIMIT_TABLES = (Object.keys(FATE) as TableName[]).filter((table) => FATE[table] === 'limit');

/**
 * The record: pledges' documents (with their version and trash mark), every history row, the
 * parties, the saved views and the people. Rows in key order, which both stores sort the same
 * way (byte order: SQLite's binary collation, PostgreSQL's collate "C").
 */
export const CHECKSUM_PARTS: readonly ChecksumPart[] = [
  { table: 'pledges', key: ['id'], columns: ['id', 'version', 'deleted_at', 'doc'] },
  {
    table: 'history',
    key: ['id'],
    columns: ['id', 'pledge_id', 'at', 'actor', 'kind', 'version', 'changes', 'detail'],
  },
  {
    table: 'parties',
    key: ['id'],
    columns: ['id', 'name', 'name_language', 'name_translations', 'kind', 'aliases', 'represents'],
  },
  { table: 'saved_views', key: ['slug'], columns: ['slug', 'name', 'query', 'created_at', 'updated_at'] },
  { table: 'users', key: ['id'], columns: ['id', 'name', 'email', 'role', 'password_hash', 'created_at'] },
];
