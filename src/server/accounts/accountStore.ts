// The accounts' rows, kept in the pledges' SQLite file (migration 007). Data access only: the
// rules (who may, how long, how many) live in accounts.ts. Secrets arrive here already hashed.
import { type CompiledQuery, type Kysely, type Selectable } from 'kysely';
import type { Role, Visibility } from '@shared/contract';
import type { Database } from '../store/sql/schema';

export type UserRow = Selectable<Database['users']>;
export type LinkRow = Selectable<Database['one_time_links']>;
export type SignInPairRow = Selectable<Database['sign_in_attempts']>;
export type TokenRow = Selectable<Database['api_tokens']>;
export type EmailChangeRow = Selectable<Database['email_changes']>;

const ATTEMPT_COLUMNS = ['failures', 'last_failed_at', 'locked_until'] as const;
/** An attempt limit's state as stored (see signInLimits.ts). */
export type AttemptRow = Pick<Selectable<Database['address_attempts']>, (typeof ATTEMPT_COLUMNS)[number]>;

/** Which attempt limit: its table and the key of its row. */
export type AttemptKey =
  | { table: 'sign_in_attempts'; user_id: string; address: string }
  | { table: 'address_attempts'; address: string }
  | { table: 'stranger_attempts'; email: string; address: string };

type LooseAttemptRow = AttemptRow & Record<string, string | number | null>;

export class AccountStore {
  constructor(private readonly db: Kysely<Database>) {}

  transaction<T>(work: (store: AccountStore) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((trx) => work(new AccountStore(trx)));
  }

  // ── users ──
  userById(id: string): Promise<UserRow | undefined> {
    return this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  }
  userByEmail(email: string): Promise<UserRow | undefined> {
    return this.db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
  }
  users(): Promise<UserRow[]> {
    return this.db.selectFrom('users').selectAll().orderBy('created_at').orderBy('id').execute();
  }
  async countUsers(): Promise<number> {
    const row = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
  /**
   * Holds, until the transaction ends, the one row every instance shares (the data version's):
   * an update locks it in PostgreSQL, and makes a SQLite transaction a writer at once. It changes
   * nothing.
   */
  async lockFirstStart(): Promise<void> {
    await this.db
      .updateTable('data_version')
      .set((eb) => ({ version: eb.ref('version') }))
      .where('id', '=', 1)
      .execute();
  }

  async countAdmins(withPassword: boolean): Promise<number> {
    let query = this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('role', '=', 'admin');
    if (withPassword) query = query.where('password_hash', 'is not', null);
    return Number((await query.executeTakeFirstOrThrow()).n);
  }
  async insertUser(row: {
    id: string;
    name: string;
    email: string | null;
    role: Role;
    passwordHash: string | null;
    createdAt: string;
  }): Promise<void> {
    await this.db
      .insertInto('users')
      .values({
        id: row.id,
        name: row.name,
        email: row.email,
        role: row.role,
        password_hash: row.passwordHash,
        created_at: row.createdAt,
      })
      .execute();
  }
  async updateUser(
    id: string,
    patch: Partial<Pick<UserRow, 'name' | 'email' | 'role' | 'password_hash'>>,
  ): Promise<void> {
    await this.db.updateTable('users').set(patch).where('id', '=', id).execute();
  }
  async deleteUser(id: string): Promise<void> {
    await this.db.deleteFrom('users').where('id', '=', id).execute();
  }

  // ── sign-in attempts: per person and address (sign_in_attempts), per address across accounts
  // (address_attempts), and on emails no account has, per address (stranger_attempts, 010) ──
  async signInPair(userId: string, address: string): Promise<SignInPairRow | undefined> {
    return this.db
      .selectFrom('sign_in_attempts')
      .selectAll()
      .where('user_id', '=', userId)
      .where('address', '=', address)
      .executeTakeFirst();
  }
  async signInPairsOf(userId: string): Promise<SignInPairRow[]> {
    return this.db.selectFrom('sign_in_attempts').selectAll().where('user_id', '=', userId).execute();
  }
  async saveSignInPair(row: SignInPairRow): Promise<void> {
    const { user_id: _user, address: _address, ...state } = row;
    await this.db
      .insertInto('sign_in_attempts')
      .values(row)
      .onConflict((conflict) => conflict.columns(['user_id', 'address']).doUpdateSet(state))
      .execute();
  }
  /** Failures from every address since `since`, for the account-wide limit. */
  async failuresSince(userId: string, since: number): Promise<number> {
    const row = await this.db
      .selectFrom('sign_in_attempts')
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('failures'), eb.lit(0)).as('n'))
      .where('user_id', '=', userId)
      .where('last_failed_at', '>=', since)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** One attempt limit's state as stored, or undefined before its first failure. */
  async attempts(key: AttemptKey): Promise<AttemptRow | undefined> {
    const { table, ...columns } = key;
    let query = this.loose.selectFrom(table).select(ATTEMPT_COLUMNS);
    for (const [column, value] of Object.entries(columns)) query = query.where(column, '=', value);
    return query.executeTakeFirst();
  }
  /**
   * Replaces an attempt limit's state with `after` only if it is still `before` (undefined: no row
   * yet), in one statement; answers whether it did. Concurrent sign-ins, on this instance or any
   * other, cannot both write over the same state: the one that loses reads again.
   */
  async swapAttempts(key: AttemptKey, before: AttemptRow | undefined, after: AttemptRow): Promise<boolean> {
    const { table, ...columns } = key;
    if (!before) {
      const extra = table === 'sign_in_attempts' ? { last_success_at: null } : {};
      const result = await this.loose
        .insertInto(table)
        .values({ ...columns, ...after, ...extra })
        .onConflict((conflict) => conflict.doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    }
    let query = this.loose.updateTable(table).set(after);
    for (const [column, value] of Object.entries(columns)) query = query.where(column, '=', value);
    for (const column of ATTEMPT_COLUMNS) {
      const was = before[column];
      query = was === null ? query.where(column, 'is', null) : query.where(column, '=', was);
    }
    return Number((await query.executeTakeFirst()).numUpdatedRows) > 0;
  }
  /** The three attempt tables under one shape, for attempts() and swapAttempts(), which read and write only their shared columns and keys. */
  private get loose(): Kysely<Record<AttemptKey['table'], LooseAttemptRow>> {
    return this.db as unknown as Kysely<Record<AttemptKey['table'], LooseAttemptRow>>;
  }

  /** Failures on an email no account has, from every address, since `since`. */
  async strangerFailuresSince(email: string, since: number): Promise<number> {
    const row = await this.db
      .selectFrom('stranger_attempts')
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('failures'), eb.lit(0)).as('n'))
      .where('email', '=', email)
      .where('last_failed_at', '>=', since)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
  /** Forgets address and stranger attempts whose last failure is older than `before` (they count as none). */
  async forgetAttemptsBefore(before: number): Promise<void> {
    for (const table of ['address_attempts', 'stranger_attempts'] as const)
      await this.db
        .deleteFrom(table)
        .where('last_failed_at', '<', before)
        .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', before)]))
        .execute();
  }

  /** An admin lifts every lock: the failures are forgotten, the places signed in from kept. */
  async clearSignInFailures(userId: string): Promise<void> {
    await this.db
      .updateTable('sign_in_attempts')
      .set({ failures: 0, last_failed_at: null, locked_until: null })
      .where('user_id', '=', userId)
      .execute();
  }

  // ── sessions ──
  async insertSession(idHash: string, userId: string, now: number, expiresAt: number): Promise<void> {
    await this.db
      .insertInto('sessions')
      .values({ id_hash: idHash, user_id: userId, created_at: now, expires_at: expiresAt, last_seen_at: now })
      .execute();
  }
  sessionWithUser(idHash: string) {
    return this.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select([
        'sessions.id_hash',
        'sessions.expires_at',
        'sessions.last_seen_at',
        'users.id',
        'users.name',
        'users.email',
        'users.role',
        'users.password_hash',
      ])
      .where('sessions.id_hash', '=', idHash)
      .executeTakeFirst();
  }
  async touchSession(idHash: string, now: number): Promise<void> {
    await this.db.updateTable('sessions').set({ last_seen_at: now }).where('id_hash', '=', idHash).execute();
  }
  async deleteSession(idHash: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
  }
  /** Every session of a user, but `keep` if named. */
  async deleteSessionsOf(userId: string, keep?: string): Promise<void> {
    let query = this.db.deleteFrom('sessions').where('user_id', '=', userId);
    if (keep) query = query.where('id_hash', '!=', keep);
    await query.execute();
  }
  async deleteExpiredSessions(now: number): Promise<void> {
    await this.db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
  }

  // ── one-time links ──
  async insertLink(row: Omit<LinkRow, 'used_at'>): Promise<void> {
    await this.db
      .insertInto('one_time_links')
      .values({ ...row, used_at: null })
      .execute();
  }
  linkByHash(tokenHash: string): Promise<LinkRow | undefined> {
    return this.db.selectFrom('one_time_links').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  }
  /** Marks the link used if it still can be: the one statement that makes a link single-use under races. */
  async useLink(tokenHash: string, kinds: readonly LinkRow['kind'][], now: number): Promise<LinkRow | undefined> {
    return this.db
      .updateTable('one_time_links')
      .set({ used_at: now })
      .where('token_hash', '=', tokenHash)
      .where('kind', 'in', kinds)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .returningAll()
      .executeTakeFirst();
  }
  pendingInvites(now: number): Promise<LinkRow[]> {
    return this.db
      .selectFrom('one_time_links')
      .selectAll()
      .where('kind', '=', 'invite')
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .orderBy('created_at', 'desc')
      .execute();
  }
  async deleteLink(id: string, kind: LinkRow['kind']): Promise<boolean> {
    const result = await this.db
      .deleteFrom('one_time_links')
      .where('id', '=', id)
      .where('kind', '=', kind)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
  async deleteInvitesBy(userId: string): Promise<void> {
    await this.db
      .deleteFrom('one_time_links')
      .where('kind', '=', 'invite')
      .where('created_by_id', '=', userId)
      .where('used_at', 'is', null)
      .execute();
  }
  async deleteUnusedOwnerLinks(): Promise<void> {
    await this.db.deleteFrom('one_time_links').where('kind', '=', 'owner').where('used_at', 'is', null).execute();
  }
  /** A new recovery link voids the person's earlier unused ones. */
  async deleteUnusedRecoveryLinks(userId: string): Promise<void> {
    await this.db
      .deleteFrom('one_time_links')
      .where('kind', '=', 'recovery')
      .where('user_id', '=', userId)
      .where('used_at', 'is', null)
      .execute();
  }

  // ── a change of email, waiting for its confirmation ──
  emailChangeOf(userId: string): Promise<EmailChangeRow | undefined> {
    return this.db.selectFrom('email_changes').selectAll().where('user_id', '=', userId).executeTakeFirst();
  }
  /** A person's new request replaces the one before (its link stops working). */
  async saveEmailChange(row: EmailChangeRow): Promise<void> {
    const { user_id: _user, ...change } = row;
    await this.db
      .insertInto('email_changes')
      .values(row)
      .onConflict((conflict) => conflict.column('user_id').doUpdateSet(change))
      .execute();
  }
  /** Takes the change a link confirms, if it has not expired: one statement, so a link works once. */
  async takeEmailChange(tokenHash: string, now: number): Promise<EmailChangeRow | undefined> {
    return this.db
      .deleteFrom('email_changes')
      .where('token_hash', '=', tokenHash)
      .where('expires_at', '>', now)
      .returningAll()
      .executeTakeFirst();
  }
  async deleteEmailChange(userId: string): Promise<void> {
    await this.db.deleteFrom('email_changes').where('user_id', '=', userId).execute();
  }

  // ── API tokens ──
  async insertToken(row: Omit<TokenRow, 'last_used_at'>): Promise<void> {
    await this.db
      .insertInto('api_tokens')
      .values({ ...row, last_used_at: null })
      .execute();
  }
  tokensOf(userId: string): Promise<TokenRow[]> {
    return this.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .execute();
  }
  tokenWithUser(tokenHash: string) {
    return this.db
      .selectFrom('api_tokens')
      .innerJoin('users', 'users.id', 'api_tokens.user_id')
      .select([
        'api_tokens.id as token_id',
        'api_tokens.scope',
        'api_tokens.last_used_at',
        'users.id',
        'users.name',
        'users.email',
        'users.role',
        'users.password_hash',
      ])
      .where('api_tokens.token_hash', '=', tokenHash)
      .executeTakeFirst();
  }
  async touchToken(id: string, now: number): Promise<void> {
    await this.db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', id).execute();
  }
  async deleteToken(userId: string, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('api_tokens')
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  // ── settings ──
  /** Read on every request (access.ts), so built and compiled once. */
  private visibilityQuery: CompiledQuery<{ value: string }> | null = null;
  async visibility(): Promise<Visibility | undefined> {
    this.visibilityQuery ??= this.db.selectFrom('settings').select('value').where('key', '=', 'visibility').compile();
    const [row] = (await this.db.executeQuery(this.visibilityQuery)).rows;
    return row?.value === 'private' || row?.value === 'public' ? row.value : undefined;
  }
  /**
   * Moves the data version too, in the same transaction: who may read changes what may be
   * answered, and the door in front of the server (fastReads.ts) keeps the visibility it read
   * while the version stays.
   */
  async setVisibility(value: Visibility): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('settings')
        .values({ key: 'visibility', value })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
        .execute();
      await trx
        .updateTable('data_version')
        .set((eb) => ({ version: eb('version', '+', 1) }))
        .where('id', '=', 1)
        .execute();
    });
  }
}
