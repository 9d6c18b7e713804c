// The rules of accounts: who a request comes from (sessions and API tokens), signing in and
// out, the owner's first-start link, invites, passwords, tokens, roles and the instance's
// visibility. Implements the API's Access; the routes in accountRoutes.ts are thin over this.
import type {
  Account,
  AccountPatch,
  ApiToken,
  CreatedInvite,
  CreatedToken,
  Invite,
  InviteAccept,
  InviteCreate,
  InvitePreview,
  PasswordChange,
  Role,
  TokenCreate,
  UserSummary,
  Visibility,
} from '@shared/contract';
import { SESSION_COOKIE } from '@shared/contract';
import { parse as parseCookies } from 'hono/utils/cookie';
import { accountOf, type Access, type Identification, type Principal } from '../api/access';
import { ApiError, invalidInput, notFound } from '../api/errors';
import type { AccountStore, AttemptKey, AttemptRow, LinkRow, TokenRow, UserRow } from './accountStore';
import { COMMON_PASSWORD_MESSAGE, isCommonPassword } from './commonPasswords';
import { EmailChanges } from './emailChanges';
import type { Outbox } from './outbox';
import { passwordShapeProblem } from './passwordShape';
import { DEFAULT_COST, hashPassword, verifyPassword, type PasswordCost } from './passwords';
import { newId, newSecret, secretHash } from './secrets';
import {
  ACCOUNT_POLICY,
  ADDRESS_POLICY,
  afterFailure,
  current,
  isLocked,
  NO_FAILURES,
  STRANGERS,
  waitMs,
  type AttemptPolicy,
  type AttemptState,
} from './signInLimits';

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;

/** A new password anyone would guess (by its shape, or from breach lists) is refused before anything is stored. */
function refuseGuessablePassword(password: string, field: 'password' | 'next'): void {
  const shape = passwordShapeProblem(password);
  if (shape) throw invalidInput('Choose a password that is harder to guess.', [{ path: field, message: shape }]);
  if (isCommonPassword(password))
    throw invalidInput('Choose a password that is not a common one.', [
      { path: field, message: COMMON_PASSWORD_MESSAGE },
    ]);
}

export interface AccountsOptions {
  store: AccountStore;
  now: () => number;
  passwordCost?: PasswordCost;
  /** How long the owner's first-start link and an invite stay valid. */
  ownerLinkMs?: number;
  inviteMs?: number;
  /** A session ends this long after sign-in, or after this long unused. */
  sessionMs?: number;
  sessionIdleMs?: number;
  accountPolicy?: AttemptPolicy;
  addressPolicy?: AttemptPolicy;
  /** Where account mail goes (a new email's link); the server's log by default (outbox.ts). */
  outbox?: Outbox;
}

/** A new browser session: the cookie's value is shown to the browser only. */
export interface SignedIn {
  sessionToken: string;
  principal: Principal;
}

const API_TOKEN_PREFIX = 'pt_';

function seconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

function waitWords(ms: number): string {
  const s = seconds(ms);
  return s < 120 ? `${s} s` : `${Math.ceil(s / 60)} min`;
}

function principalOf(
  row: Pick<UserRow, 'id' | 'name' | 'email' | 'role' | 'password_hash'>,
  via: Principal['via'],
  extra: Partial<Principal> = {},
): Principal {
  return {
    userId: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    via,
    scope: 'read-write',
    needsPassword: row.password_hash === null,
    ...extra,
  };
}

function attemptState(row: AttemptRow | undefined): AttemptState {
  return row
    ? { failures: row.failures, lastFailedAt: row.last_failed_at, lockedUntil: row.locked_until }
    : NO_FAILURES;
}

function attemptRow(state: AttemptState): AttemptRow {
  return { failures: state.failures, last_failed_at: state.lastFailedAt, locked_until: state.lockedUntil };
}

/** What charge() did: the wait it found, or the failure it counted and the state it replaced. */
interface Charge {
  wait: number;
  counted?: AttemptRow;
  before?: AttemptRow;
}

/** Forget stale address and stranger attempts once every this many failures. */
const PRUNE_EVERY_FAILURES = 500;

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export class Accounts implements Access {
  readonly accounts = true;
  private readonly store: AccountStore;
  private readonly now: () => number;
  private readonly cost: PasswordCost;
  private readonly ownerLinkMs: number;
  private readonly inviteMs: number;
  private readonly sessionMs: number;
  private readonly sessionIdleMs: number;
  private readonly accountPolicy: AttemptPolicy;
  private readonly addressPolicy: AttemptPolicy;
  /** Changing one's email: confirmed from the new address, and silent about whose an address is. */
  readonly emailChanges: EmailChanges;
  /** Failures since old attempts were last forgotten (see forgetOldAttempts). */
  private failuresSincePrune = 0;
  private dummyHash: Promise<string> | undefined;

  constructor(options: AccountsOptions) {
    this.store = options.store;
    this.now = options.now;
    this.cost = options.passwordCost ?? DEFAULT_COST;
    this.ownerLinkMs = options.ownerLinkMs ?? HOUR;
    this.inviteMs = options.inviteMs ?? 7 * DAY;
    this.sessionMs = options.sessionMs ?? 30 * DAY;
    this.sessionIdleMs = options.sessionIdleMs ?? 14 * DAY;
    this.accountPolicy = options.accountPolicy ?? ACCOUNT_POLICY;
    this.addressPolicy = options.addressPolicy ?? ADDRESS_POLICY;
    this.emailChanges = new EmailChanges({
      store: options.store,
      now: options.now,
      ...(options.outbox ? { outbox: options.outbox } : {}),
    });
  }

  // ── Access ──

  async identify(request: Request): Promise<Identification> {
    const authorization = request.headers.get('authorization');
    if (authorization !== null) {
      const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
      if (!m) return { principal: null, problem: 'bad_token' };
      return this.identifyToken(m[1]!);
    }
    const header = request.headers.get('cookie');
    const cookie = header ? parseCookies(header, SESSION_COOKIE)[SESSION_COOKIE] : undefined;
    if (!cookie) return { principal: null };
    const idHash = secretHash(cookie);
    const row = await this.store.sessionWithUser(idHash);
    const now = this.now();
    if (!row) return { principal: null };
    if (row.expires_at <= now || now - row.last_seen_at > this.sessionIdleMs) {
      await this.store.deleteSession(idHash);
      return { principal: null };
    }
    if (now - row.last_seen_at > 10 * 60_000) await this.store.touchSession(idHash, now);
    return { principal: principalOf(row, 'session', { sessionId: idHash }) };
  }

  private async identifyToken(token: string): Promise<Identification> {
    if (!token.startsWith(API_TOKEN_PREFIX) || token.length > 200) return { principal: null, problem: 'bad_token' };
    const row = await this.store.tokenWithUser(secretHash(token));
    if (!row) return { principal: null, problem: 'bad_token' };
    const now = this.now();
    if (row.last_used_at === null || now - row.last_used_at > 60_000) await this.store.touchToken(row.token_id, now);
    return { principal: principalOf(row, 'token', { scope: row.scope }) };
  }

  /** Read at every request, not kept: another instance may have just made the tracker private. */
  async visibility(): Promise<Visibility> {
    return (await this.store.visibility()) ?? 'public';
  }

  async setVisibility(visibility: Visibility): Promise<Visibility> {
    await this.store.setVisibility(visibility);
    return visibility;
  }

  // ── the owner's first start ──

  /**
   * A fresh one-time sign-in link token for the owner while no admin has a password yet (the
   * first start, or a start after the owner never finished), else null. Links printed before it
   * keep working for their hour: several instances starting together each print one, and the
   * owner may open whichever log they read. Using one voids the others (signInWithLink).
   */
  async ownerLinkToken(): Promise<string | null> {
    if ((await this.store.countAdmins(true)) > 0) return null;
    const token = newSecret();
    const now = this.now();
    await this.store.transaction(async (store) => {
      // Instances starting together on one empty database: one at a time looks for the owner and
      // makes it, so there is one owner. (PostgreSQL reads committed rows without waiting; SQLite
      // serializes writers anyway.)
      await store.lockFirstStart();
      const owner = (await store.users()).find((u) => u.role === 'admin' && u.password_hash === null);
      const ownerId = owner?.id ?? newId('u_');
      if (!owner)
        await store.insertUser({
          id: ownerId,
          name: 'Owner',
          email: null,
          role: 'admin',
          passwordHash: null,
          createdAt: iso(now),
        });
      await store.insertLink(this.adminLinkRow('owner', ownerId, token, now));
    });
    return token;
  }

  /** A one-time sign-in link for an admin, printed on the server (first start, recovery), valid an hour. */
  private adminLinkRow(kind: 'owner' | 'recovery', userId: string, token: string, now: number) {
    return {
      id: newId('l_'),
      token_hash: secretHash(token),
      kind,
      role: 'admin' as const,
      user_id: userId,
      note: null,
      created_by: null,
      created_by_id: null,
      created_at: now,
      expires_at: now + this.ownerLinkMs,
    };
  }

  async signInWithLink(token: string, previousSession?: string): Promise<SignedIn> {
    const now = this.now();
    const link = await this.store.useLink(secretHash(token), ['owner', 'recovery'], now);
    const user = link?.user_id ? await this.store.userById(link.user_id) : undefined;
    // Once the owner has a password, a link printed before it was set (by a restart meanwhile) must not bypass it.
    // A recovery link is for an admin, and only while they still are one.
    const valid = link?.kind === 'recovery' ? user?.role === 'admin' : user?.password_hash === null;
    if (!user || !valid)
      throw new ApiError(
        'unauthenticated',
        'This sign-in link is not valid: it was used already or has expired. Restart the server to print a new one.',
      );
    if (link?.kind === 'recovery') {
      // Recovery is for a forgotten password or a locked account: the old password goes (the
      // welcome page asks for a new one), and so do the locks and every other session.
      await this.store.updateUser(user.id, { password_hash: null });
      await this.store.clearSignInFailures(user.id);
      await this.store.deleteSessionsOf(user.id);
      return this.startSession({ ...user, password_hash: null }, previousSession);
    }
    // The owner is in: the links other instances (or earlier starts) printed are not needed any more.
    await this.store.deleteUnusedOwnerLinks();
    return this.startSession(user, previousSession);
  }

  /**
   * A one-time link, valid for an hour, that signs an admin in without their password: printed
   * on the server by `npm run recovery-link`, for an admin who forgot the password or is locked out.
   */
  async recoveryLinkToken(email: string): Promise<string> {
    const user = await this.store.userByEmail(email.trim().toLowerCase());
    if (!user || user.role !== 'admin')
      throw new Error(
        `No admin has the email ${email}. Recovery links are for admins: an admin can invite anyone else again.`,
      );
    const token = newSecret();
    const now = this.now();
    await this.store.transaction(async (store) => {
      await store.deleteUnusedRecoveryLinks(user.id);
      await store.insertLink(this.adminLinkRow('recovery', user.id, token, now));
    });
    return token;
  }

  // ── sessions ──

  private async startSession(user: UserRow, previousSession?: string): Promise<SignedIn> {
    // A new id at every sign-in: a session id planted before sign-in is worth nothing after it.
    if (previousSession) await this.store.deleteSession(secretHash(previousSession));
    const sessionToken = newSecret();
    const now = this.now();
    const idHash = secretHash(sessionToken);
    await this.store.insertSession(idHash, user.id, now, now + this.sessionMs);
    if (Math.random() < 0.05) await this.store.deleteExpiredSessions(now);
    return { sessionToken, principal: principalOf(user, 'session', { sessionId: idHash }) };
  }

  /** How long a session lasts, for the cookie's Max-Age. */
  get sessionSeconds(): number {
    return Math.floor(this.sessionMs / 1000);
  }

  /**
   * Failures count per person *and address*: a stranger's wrong passwords slow down and lock only
   * the stranger's address, never the person's own. While an account is under attack from many
   * addresses, only places where the person signed in before stay open (and the recovery link).
   *
   * Each attempt is counted as a failure *before* its password is checked, and given back if the
   * password is right: guesses sent all at once, to one instance or spread over several, each see
   * the ones before them, so no more are heard than one at a time would be.
   */
  async signIn(email: string, password: string, address: string, previousSession?: string): Promise<SignedIn> {
    const now = this.now();
    const addressKey = { table: 'address_attempts', address } as const;
    const addressCharge = await this.charge(addressKey, this.addressPolicy, now);
    const addressWait = addressCharge.wait;
    if (addressWait > 0)
      throw this.tooMany(
        addressWait,
        `Too many failed sign-ins from your network. Try again in ${waitWords(addressWait)}.`,
      );
    const user = await this.store.userByEmail(email);
    // An email no account has is kept like an account's, per address, so that both answer alike.
    const pairKey: AttemptKey = user
      ? { table: 'sign_in_attempts', user_id: user.id, address }
      : { table: 'stranger_attempts', email, address };
    const lastSuccess = user ? ((await this.store.signInPair(user.id, address))?.last_success_at ?? null) : null;
    const pairCharge = await this.charge(pairKey, this.accountPolicy, now);
    const pairWait = pairCharge.wait;
    if (pairWait > 0) {
      // Not heard, so not counted against the address either.
      await this.giveBack(addressKey, addressCharge, this.addressPolicy);
      const locked = isLocked(attemptState(await this.store.attempts(pairKey)), now);
      throw this.tooMany(
        pairWait,
        locked
          ? `Sign-in to this account from your network is locked after too many failed attempts. Try again in ${waitWords(pairWait)}, or ask an admin to lift the lock.`
          : `Too many failed attempts for this account. Try again in ${waitWords(pairWait)}.`,
      );
    }
    if (lastSuccess === null) {
      const since = now - STRANGERS.windowMs;
      // This attempt is already counted among them: the ones before it are one fewer.
      const failures =
        (user ? await this.store.failuresSince(user.id, since) : await this.store.strangerFailuresSince(email, since)) -
        1;
      if (failures >= STRANGERS.failures) {
        await this.giveBack(addressKey, addressCharge, this.addressPolicy);
        await this.giveBack(pairKey, pairCharge, this.accountPolicy);
        throw this.tooMany(
          STRANGERS.waitMs,
          `Too many failed sign-ins for this account from many places. Try again in ${waitWords(STRANGERS.waitMs)}, or from a place you signed in from before.`,
        );
      }
    }
    // Hash even when there is no such account, so the answer's timing does not tell.
    this.dummyHash ??= hashPassword('not anyone’s password', this.cost);
    const ok = user?.password_hash
      ? await verifyPassword(password, user.password_hash)
      : (await verifyPassword(password, await this.dummyHash), false);
    if (!ok || !user) {
      // Already counted, at both limits.
      await this.forgetOldAttempts(now);
      throw new ApiError('unauthenticated', 'The email or password is not right.');
    }
    await this.giveBack(addressKey, addressCharge, this.addressPolicy);
    await this.store.saveSignInPair({
      user_id: user.id,
      address,
      failures: 0,
      last_failed_at: null,
      locked_until: null,
      last_success_at: now,
    });
    return this.startSession(user, previousSession);
  }

  /**
   * Counts one failure at the limit `key`, unless the limit makes the attempt wait: then answers
   * how long (and counts nothing). A compare-and-swap, read again when another attempt changed
   * the row first. What it replaced is kept, for giveBack().
   */
  private async charge(key: AttemptKey, policy: AttemptPolicy, now: number): Promise<Charge> {
    for (;;) {
      const row = await this.store.attempts(key);
      const state = attemptState(row);
      const wait = waitMs(state, policy, now);
      if (wait > 0) return { wait };
      const counted = attemptRow(afterFailure(state, policy, now));
      if (await this.store.swapAttempts(key, row, counted))
        return { wait: 0, counted, before: row ?? attemptRow(NO_FAILURES) };
    }
  }

  /**
   * Takes back a failure charge() counted: the state before it, if nothing else changed the row
   * since; else one failure fewer (and no lock, if this one set it), the others' failures kept.
   */
  private async giveBack(key: AttemptKey, charge: Charge, policy: AttemptPolicy): Promise<void> {
    if (!charge.counted || !charge.before) return;
    if (await this.store.swapAttempts(key, charge.counted, charge.before)) return;
    for (;;) {
      const row = await this.store.attempts(key);
      if (!row || row.failures === 0) return;
      const failures = row.failures - 1;
      const next = { ...row, failures, locked_until: failures >= policy.lockAfter ? row.locked_until : null };
      if (await this.store.swapAttempts(key, row, next)) return;
    }
  }

  /**
   * Now and then, drops the address and stranger attempts nothing counts any more (an attacker
   * trying random emails would otherwise grow the table without end).
   */
  private async forgetOldAttempts(now: number): Promise<void> {
    if (++this.failuresSincePrune < PRUNE_EVERY_FAILURES) return;
    this.failuresSincePrune = 0;
    const longest = Math.max(STRANGERS.windowMs, this.accountPolicy.forgetAfterMs, this.addressPolicy.forgetAfterMs);
    await this.store.forgetAttemptsBefore(now - longest);
  }

  private tooMany(waitMsLeft: number, message: string): ApiError {
    return new ApiError('rate_limited', message, undefined, { 'Retry-After': String(seconds(waitMsLeft)) });
  }

  async signOut(principal: Principal | null): Promise<void> {
    if (principal?.sessionId) await this.store.deleteSession(principal.sessionId);
  }

  async signOutEverywhere(userId: string): Promise<void> {
    await this.store.deleteSessionsOf(userId);
  }

  // ── the signed-in person ──

  private async userOrThrow(id: string): Promise<UserRow> {
    const user = await this.store.userById(id);
    if (!user) throw notFound('No user has this id.');
    return user;
  }

  /**
   * A name, and a first email. Another email than the one an account has is asked for at
   * /api/account/email and confirmed from the address (emailChanges.ts), so that the answer does
   * not say whether an address is taken. Only the owner's account starts without an email, after
   * the first-start link, which whoever runs the server holds: there a taken address may be said.
   */
  async updateAccount(principal: Principal, patch: AccountPatch): Promise<Account> {
    if (patch.email !== undefined) {
      const user = await this.userOrThrow(principal.userId);
      if (user.email !== null && user.email !== patch.email)
        throw invalidInput('A new email is confirmed by a link sent to it: ask for it from your account page.', [
          { path: 'email', message: 'Change your email with “Change email”: it is confirmed by a link sent to it' },
        ]);
      const holder = await this.store.userByEmail(patch.email);
      if (holder && holder.id !== user.id)
        throw invalidInput('This email is taken.', [{ path: 'email', message: 'Another account uses this email' }]);
    }
    await this.store.updateUser(principal.userId, {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.email !== undefined ? { email: patch.email } : {}),
    });
    const user = await this.userOrThrow(principal.userId);
    return accountOf(principalOf(user, principal.via));
  }

  /** Sets a new password; every other session of this person ends. */
  async changePassword(principal: Principal, change: PasswordChange): Promise<void> {
    const user = await this.userOrThrow(principal.userId);
    if (user.password_hash !== null) {
      if (!change.current)
        throw invalidInput('Enter your current password.', [
          { path: 'current', message: 'Enter your current password' },
        ]);
      if (!(await verifyPassword(change.current, user.password_hash)))
        throw invalidInput('The current password is not right.', [
          { path: 'current', message: 'Not your current password' },
        ]);
    }
    if (user.email === null)
      throw invalidInput('Choose an email to sign in with first.', [
        { path: 'email', message: 'Set an email before a password' },
      ]);
    refuseGuessablePassword(change.next, 'next');
    await this.store.updateUser(user.id, { password_hash: await hashPassword(change.next, this.cost) });
    await this.store.deleteSessionsOf(user.id, principal.sessionId);
  }

  // ── API tokens ──

  private tokenOf(row: TokenRow): ApiToken {
    return {
      id: row.id,
      name: row.name,
      scope: row.scope,
      createdAt: iso(row.created_at),
      lastUsedAt: row.last_used_at === null ? null : iso(row.last_used_at),
    };
  }

  async tokens(userId: string): Promise<ApiToken[]> {
    return (await this.store.tokensOf(userId)).map((row) => this.tokenOf(row));
  }

  async createToken(userId: string, { name, scope }: TokenCreate): Promise<CreatedToken> {
    if ((await this.store.tokensOf(userId)).length >= 50)
      throw invalidInput('You have 50 tokens; revoke one you no longer use first.');
    const token = newSecret(API_TOKEN_PREFIX);
    const row: Omit<TokenRow, 'last_used_at'> = {
      id: newId('t_'),
      user_id: userId,
      name,
      token_hash: secretHash(token),
      scope,
      created_at: this.now(),
    };
    await this.store.insertToken(row);
    return { ...this.tokenOf({ ...row, last_used_at: null }), token };
  }

  async revokeToken(userId: string, id: string): Promise<void> {
    if (!(await this.store.deleteToken(userId, id))) throw notFound('You have no token with this id.');
  }

  // ── invites ──

  private inviteOf(row: LinkRow): Invite {
    return {
      id: row.id,
      role: row.role,
      ...(row.note ? { note: row.note } : {}),
      createdAt: iso(row.created_at),
      expiresAt: iso(row.expires_at),
      createdBy: row.created_by ?? '',
    };
  }

  async createInvite(admin: Principal, { role, note }: InviteCreate): Promise<CreatedInvite> {
    if ((await this.store.pendingInvites(this.now())).length >= 200)
      throw invalidInput('There are 200 pending invites; revoke some first.');
    const token = newSecret();
    const now = this.now();
    const row: Omit<LinkRow, 'used_at'> = {
      id: newId('i_'),
      token_hash: secretHash(token),
      kind: 'invite',
      role,
      user_id: null,
      note: note ?? null,
      created_by: admin.name,
      created_by_id: admin.userId,
      created_at: now,
      expires_at: now + this.inviteMs,
    };
    await this.store.insertLink(row);
    return { ...this.inviteOf({ ...row, used_at: null }), token };
  }

  async invites(): Promise<Invite[]> {
    return (await this.store.pendingInvites(this.now())).map((row) => this.inviteOf(row));
  }

  async revokeInvite(id: string): Promise<void> {
    if (!(await this.store.deleteLink(id, 'invite'))) throw notFound('No pending invite has this id.');
  }

  private static readonly BAD_INVITE =
    'This invite link is not valid: it may have expired, been used, or been revoked. Ask for a new one.';

  async checkInvite(token: string): Promise<InvitePreview> {
    const row = await this.store.linkByHash(secretHash(token));
    if (!row || row.kind !== 'invite' || row.used_at !== null || row.expires_at <= this.now())
      throw notFound(Accounts.BAD_INVITE);
    return { role: row.role, expiresAt: iso(row.expires_at), invitedBy: row.created_by ?? '' };
  }

  async acceptInvite(accept: InviteAccept, previousSession?: string): Promise<SignedIn> {
    refuseGuessablePassword(accept.password, 'password');
    const passwordHash = await hashPassword(accept.password, this.cost);
    const user = await this.store.transaction(async (store) => {
      // The invite first: without a valid one, nothing is said about the address.
      const link = await store.useLink(secretHash(accept.token), ['invite'], this.now());
      if (!link) throw notFound(Accounts.BAD_INVITE);
      // Two accounts cannot share an address, so a taken one must be said; it uses the invite up,
      // so that one invite tells about one address at most (docs/decisions/0022).
      if (await store.userByEmail(accept.email)) return null;
      const id = newId('u_');
      await store.insertUser({
        id,
        name: accept.name,
        email: accept.email,
        role: link.role,
        passwordHash,
        createdAt: iso(this.now()),
      });
      return store.userById(id);
    });
    if (!user)
      throw invalidInput('This email already has an account here: sign in with it. The invite is now used up.', [
        { path: 'email', message: 'This email has an account here: sign in with it' },
      ]);
    return this.startSession(user, previousSession);
  }

  // ── administration ──

  /** A person as the Admin page lists them: locked while any address is locked out, failures summed. */
  private async summaryOf(row: UserRow): Promise<UserSummary> {
    const now = this.now();
    const states = (await this.store.signInPairsOf(row.id)).map((pair) =>
      current(attemptState(pair), this.accountPolicy, now),
    );
    const lockedUntil = Math.max(0, ...states.map((state) => (isLocked(state, now) ? state.lockedUntil! : 0)));
    return {
      id: row.id,
      name: row.name,
      email: row.email,
      role: row.role,
      createdAt: row.created_at,
      lockedUntil: lockedUntil > 0 ? iso(lockedUntil) : null,
      failedSignIns: states.reduce((sum, state) => sum + state.failures, 0),
    };
  }

  async users(): Promise<UserSummary[]> {
    return Promise.all((await this.store.users()).map((row) => this.summaryOf(row)));
  }

  private async assertNotLastAdmin(user: UserRow): Promise<void> {
    if (user.role === 'admin' && (await this.store.countAdmins(false)) <= 1) {
      throw invalidInput('There must always be an admin: make someone else an admin first.', [
        { path: 'role', message: 'The last admin' },
      ]);
    }
  }

  async setRole(userId: string, role: Role): Promise<UserSummary> {
    const user = await this.userOrThrow(userId);
    if (role !== 'admin') await this.assertNotLastAdmin(user);
    await this.store.updateUser(userId, { role });
    // An invite is an admin's act: it does not outlive their being one.
    if (role !== 'admin') await this.store.deleteInvitesBy(userId);
    return this.summaryOf(await this.userOrThrow(userId));
  }

  async unlock(userId: string): Promise<UserSummary> {
    await this.userOrThrow(userId);
    await this.store.clearSignInFailures(userId);
    return this.summaryOf(await this.userOrThrow(userId));
  }

  /** Their sessions, tokens and pending invites go with them; the history keeps their name on what they did. */
  async removeUser(userId: string): Promise<void> {
    await this.assertNotLastAdmin(await this.userOrThrow(userId));
    await this.store.deleteUser(userId);
  }
}
