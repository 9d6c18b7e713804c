// The API with real accounts, in-process (app.request, no port), over a real SQLite file built by
// the real migrations in a temporary folder: what the Node server runs, with a clock the test
// moves. Clients are browsers (each with its own cookie jar and network address, sending this
// site's Origin on writes unless told otherwise) and scripts with a Bearer token. Every answer
// the harness sees is recorded, and every secret hash the database ever held is collected, so a
// test can prove that no answer ever carried a hash.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { expect, it } from 'vitest';
import {
  API_PATHS,
  SESSION_COOKIE,
  type CreatedInvite,
  type CreatedToken,
  type ErrorBody,
  type Role,
  type SessionInfo,
  type TokenScope,
  type Visibility,
} from '@shared/contract';
import { registerAccountRoutes } from '../accounts/accountRoutes';
import { Accounts } from '../accounts/accounts';
import type { AttemptPolicy } from '../accounts/signInLimits';
import { AccountStore } from '../accounts/accountStore';
import type { MailMessage } from '../accounts/outbox';
import { secretHash } from '../accounts/secrets';
import type { AnswerCache } from '../api/answers/answerMiddleware';
import { createApi } from '../api/createApi';
import { seedIfEmpty } from '../seed/seed';
import { sharedTokenBucket } from '../store/sql/rateBuckets';
import { openSqlStore, type SqlStore } from '../store/sql/sqlStore';

export const ACCOUNTS_NOW = Date.parse('2025-09-01T12:00:00Z');
export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** The origin app.request gives a relative URL: this site, as a browser on it names it. */
export const SITE_ORIGIN = 'http://localhost';
export const OWNER = { name: 'Olena Owner', email: 'owner@example.org', password: 'owner-password-1' } as const;

export interface Answer<T = unknown> {
  status: number;
  headers: Headers;
  /** Parsed JSON, or undefined for an empty or non-JSON body. */
  body: T;
  text: string;
  setCookies: string[];
}

export interface RequestOptions {
  body?: unknown;
  /** Sent as-is instead of JSON.stringify(body). */
  rawBody?: string;
  headers?: Record<string, string>;
  /** The Origin header: this site's by default on writes from a browser; null sends none. */
  origin?: string | null;
  /** Sec-Fetch-Site, as a browser's Fetch Metadata would say it. */
  secFetchSite?: string;
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The error code of an answer in the one error shape, or undefined. */
export function errorCode(answer: Answer): string | undefined {
  return (answer.body as Partial<ErrorBody> | undefined)?.error?.code;
}
export function issuePaths(answer: Answer): string[] {
  return ((answer.body as Partial<ErrorBody> | undefined)?.error?.issues ?? []).map((i) => i.path);
}
export function errorMessage(answer: Answer): string {
  return (answer.body as Partial<ErrorBody> | undefined)?.error?.message ?? '';
}

// ── what every harness in this test file saw: answers, secrets and the database's hashes ──

const recorded: string[] = [];
const hashesSeen = new Set<string>();
const hashKinds = { sessions: new Set<string>(), tokens: new Set<string>(), links: new Set<string>() };
const passwordHashesSeen = new Set<string>();
const secretsSeen = new Set<string>();

/** Every answer (status line, headers and body) any harness of this test file has seen, in order. */
export function recordedAnswers(): readonly string[] {
  return recorded;
}

export interface LeakReport {
  /** How many distinct hashes were checked, by kind. */
  counts: { passwordHashes: number; secretHashes: number; sessions: number; tokens: number; links: number };
  /** One stored hash of each kind seen, to show the check would find it. */
  samples: string[];
  /** Hashes (or hash-like strings) found in some answer. */
  leaks: string[];
}

/** Looks for every hash the databases ever held, and the hash of every secret handed out, in every answer recorded. */
export function findHashLeaks(answers: readonly string[] = recorded): LeakReport {
  const secretHashes = new Set([...hashesSeen, ...[...secretsSeen].map(secretHash)]);
  const needles = [
    ...passwordHashesSeen,
    ...[...passwordHashesSeen].map((h) => h.split('$').at(-1)!),
    ...secretHashes,
    'scrypt$',
  ];
  const haystack = answers.join('\n');
  const lower = haystack.toLowerCase();
  return {
    counts: {
      passwordHashes: passwordHashesSeen.size,
      secretHashes: secretHashes.size,
      sessions: hashKinds.sessions.size,
      tokens: hashKinds.tokens.size,
      links: hashKinds.links.size,
    },
    samples: [passwordHashesSeen, ...Object.values(hashKinds)].flatMap((set) => [...set].slice(0, 1)),
    leaks: needles.filter((needle) => haystack.includes(needle) || lower.includes(needle.toLowerCase())),
  };
}

/**
 * The last test of an accounts test file: no answer any of its harnesses saw carried a password
 * hash, or the hash of a session, token or link, nor any 'scrypt$' string. `expectKinds` names
 * the kinds of hash the file must have produced, so the check is never vacuous.
 */
export function itLeaksNoHash(
  expectKinds: ('passwords' | 'sessions' | 'tokens' | 'links')[] = ['passwords', 'sessions', 'links'],
): void {
  it('no answer carried a password hash, or a session, token or link hash', () => {
    const report = findHashLeaks();
    expect(recordedAnswers().length).toBeGreaterThan(10);
    const counts = {
      passwords: report.counts.passwordHashes,
      sessions: report.counts.sessions,
      tokens: report.counts.tokens,
      links: report.counts.links,
    };
    for (const kind of expectKinds) expect(counts[kind], kind).toBeGreaterThan(0);
    expect(report.leaks).toEqual([]);
    // The check would notice: each kind of hash, planted in one more answer, is found.
    for (const sample of report.samples)
      expect(findHashLeaks([...recordedAnswers(), `{"x":"${sample}"}`]).leaks).toContain(sample);
    expect(findHashLeaks([...recordedAnswers(), '{"hash":"scrypt$15$8$1$abc$def"}']).leaks).toContain('scrypt$');
  });
}

function record(method: string, url: string, res: Response, text: string): void {
  const headers = [...res.headers].map(([k, v]) => `${k}: ${v}`).join('\n');
  recorded.push(`${method} ${url} → ${res.status}\n${headers}\n\n${text}`);
}

function sessionCookieOf(setCookies: string[]): { value: string; cleared: boolean } | undefined {
  for (const line of setCookies) {
    const [pair, ...attributes] = line.split(';').map((s) => s.trim());
    const eq = pair!.indexOf('=');
    if (pair!.slice(0, eq) !== SESSION_COOKIE) continue;
    const value = pair!.slice(eq + 1);
    const maxAge = attributes.find((a) => /^max-age=/i.test(a));
    const expires = attributes.find((a) => /^expires=/i.test(a));
    const cleared =
      value === '' ||
      (maxAge !== undefined && Number(maxAge.split('=')[1]) <= 0) ||
      (expires !== undefined && Date.parse(expires.slice(8)) <= Date.now());
    return { value, cleared };
  }
  return undefined;
}

export interface AccountsApiOptions {
  writesPerMinute?: number | false;
  trustProxy?: boolean;
  visibility?: Visibility;
  /** Follow the wall clock (for the load test on a real socket) instead of the test's clock. */
  realClock?: boolean;
  /** The limit per network address across accounts (to test the per-person-and-address limit alone). */
  addressPolicy?: AttemptPolicy;
  /** Where the API reports unexpected errors (console.error by default). */
  logError?: (error: unknown, request: Request) => void;
  /** Recent public answers, as the Node server keeps them (none by default). */
  answerCache?: AnswerCache;
}

export async function openAccountsApi(options: AccountsApiOptions = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'pledge-accounts-'));
  const path = join(dir, 'accounts.db');
  const store: SqlStore = await openSqlStore({ path });
  let nowMs = options.realClock ? Date.now() : ACCOUNTS_NOW;
  const now = options.realClock ? () => Date.now() : () => nowMs;
  await seedIfEmpty(store, nowMs);
  const trustProxy = options.trustProxy ?? false;
  /** Every mail the accounts sent, in order: what each mailbox would hold. */
  const mails: MailMessage[] = [];
  const accounts = new Accounts({
    store: new AccountStore(store.database),
    now,
    passwordCost: { logN: 10, r: 8, p: 1 },
    outbox: {
      send: (message) => {
        mails.push(message);
        return Promise.resolve();
      },
    },
    ...(options.addressPolicy ? { addressPolicy: options.addressPolicy } : {}),
  });
  if (options.visibility) await accounts.setVisibility(options.visibility);
  const app = createApi({
    store,
    now,
    access: accounts,
    accountRoutes: (a) => registerAccountRoutes(a, { accounts, trustProxy }),
    writesPerMinute: options.writesPerMinute ?? false,
    // As the server counts them: in the database.
    ...(options.writesPerMinute
      ? { writeLimiter: sharedTokenBucket(store.database, 'write', options.writesPerMinute) }
      : {}),
    trustProxy,
    ...(options.logError ? { logError: options.logError } : {}),
    ...(options.answerCache ? { answerCache: options.answerCache } : {}),
  });
  // A second connection to the same file, read-only: the hashes as they are stored, not as the code says.
  const reader = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  let closed = false;

  /** Adds every hash the file now holds to the ones this test file has seen. */
  function collectHashes(): void {
    if (closed) return;
    for (const { h } of reader
      .prepare('select password_hash as h from users where password_hash is not null')
      .all() as { h: string }[])
      passwordHashesSeen.add(h);
    const kinds: [Set<string>, string][] = [
      [hashKinds.sessions, 'select id_hash as h from sessions'],
      [hashKinds.tokens, 'select token_hash as h from api_tokens'],
      [hashKinds.links, 'select token_hash as h from one_time_links union all select token_hash from email_changes'],
    ];
    for (const [set, sql] of kinds) {
      for (const { h } of reader.prepare(sql).all() as { h: string }[]) {
        set.add(h);
        hashesSeen.add(h);
      }
    }
  }

  /** The hashes the file holds right now, read straight from it. */
  function storedHashes() {
    const column = (sql: string) => (reader.prepare(sql).all() as { h: string }[]).map((r) => r.h);
    return {
      passwords: column('select password_hash as h from users where password_hash is not null'),
      sessions: column('select id_hash as h from sessions'),
      tokens: column('select token_hash as h from api_tokens'),
      links: column('select token_hash as h from one_time_links union all select token_hash from email_changes'),
    };
  }

  let nextAddress = 1;
  const freshAddress = () => `192.0.2.${nextAddress++}`;

  async function send<T>(
    method: string,
    url: string,
    opts: RequestOptions & { cookie?: string; authorization?: string; address: string },
  ): Promise<Answer<T>> {
    const headers: Record<string, string> = {};
    let body: string | undefined = opts.rawBody;
    if (opts.body !== undefined) {
      body = JSON.stringify(opts.body);
      headers['Content-Type'] = 'application/json';
    }
    if (opts.origin) headers.Origin = opts.origin;
    if (opts.secFetchSite) headers['Sec-Fetch-Site'] = opts.secFetchSite;
    if (opts.cookie !== undefined) headers.Cookie = `${SESSION_COOKIE}=${opts.cookie}`;
    if (opts.authorization !== undefined) headers.Authorization = opts.authorization;
    Object.assign(headers, opts.headers);
    const res = await app.request(
      url,
      { method, headers, ...(body !== undefined ? { body } : {}) },
      { address: opts.address },
    );
    const text = await res.text();
    record(method, url, res, text);
    collectHashes();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    const setCookies = res.headers.getSetCookie();
    // Secrets handed out in an answer: their hashes are looked for in every answer too.
    const secret = (parsed as { token?: unknown } | undefined)?.token;
    if (typeof secret === 'string') secretsSeen.add(secret);
    const cookie = sessionCookieOf(setCookies);
    if (cookie && !cookie.cleared) secretsSeen.add(cookie.value);
    return { status: res.status, headers: res.headers, body: parsed as T, text, setCookies };
  }

  /** A browser: its own cookie jar and network address; writes carry this site's Origin unless told otherwise. */
  function browser(address: string = freshAddress()) {
    let cookie: string | undefined;
    const request = async <T = unknown>(method: string, url: string, opts: RequestOptions = {}): Promise<Answer<T>> => {
      const origin = opts.origin === undefined ? (SAFE.has(method) ? undefined : SITE_ORIGIN) : opts.origin;
      const answer = await send<T>(method, url, {
        ...opts,
        origin,
        address,
        ...(cookie !== undefined ? { cookie } : {}),
      });
      const set = sessionCookieOf(answer.setCookies);
      if (set) cookie = set.cleared ? undefined : set.value;
      return answer;
    };
    return {
      address,
      request,
      get: <T = unknown>(url: string, opts?: RequestOptions) => request<T>('GET', url, opts),
      post: <T = unknown>(url: string, body?: unknown, opts?: RequestOptions) =>
        request<T>('POST', url, { ...(body !== undefined ? { body } : {}), ...opts }),
      patch: <T = unknown>(url: string, body?: unknown, opts?: RequestOptions) =>
        request<T>('PATCH', url, { ...(body !== undefined ? { body } : {}), ...opts }),
      put: <T = unknown>(url: string, body?: unknown, opts?: RequestOptions) =>
        request<T>('PUT', url, { ...(body !== undefined ? { body } : {}), ...opts }),
      delete: <T = unknown>(url: string, opts?: RequestOptions) => request<T>('DELETE', url, opts),
      /** The session cookie's value in this browser's jar. */
      get cookie() {
        return cookie;
      },
      /** Puts a value in the jar, as an attacker planting a session id would. */
      setCookie(value: string | undefined) {
        cookie = value;
      },
      /** Who the server thinks this browser is. */
      async session(): Promise<SessionInfo> {
        const answer = await request<SessionInfo>('GET', API_PATHS.session);
        if (answer.status !== 200) throw new Error(`GET /api/session answered ${answer.status}`);
        return answer.body;
      },
      async signIn(email: string, password: string, opts?: RequestOptions) {
        return request<SessionInfo>('POST', API_PATHS.session, { body: { email, password }, ...opts });
      },
    };
  }

  /** A script with an API token: no cookies, no Origin unless told. */
  function bearer(token: string, address: string = freshAddress()) {
    const request = <T = unknown>(method: string, url: string, opts: RequestOptions = {}) =>
      send<T>(method, url, {
        ...opts,
        origin: opts.origin ?? null,
        address,
        authorization: opts.headers?.Authorization ?? `Bearer ${token}`,
      });
    return {
      request,
      get: <T = unknown>(url: string, opts?: RequestOptions) => request<T>('GET', url, opts),
      post: <T = unknown>(url: string, body?: unknown, opts?: RequestOptions) =>
        request<T>('POST', url, { ...(body !== undefined ? { body } : {}), ...opts }),
      patch: <T = unknown>(url: string, body?: unknown, opts?: RequestOptions) =>
        request<T>('PATCH', url, { ...(body !== undefined ? { body } : {}), ...opts }),
      put: <T = unknown>(url: string, body?: unknown, opts?: RequestOptions) =>
        request<T>('PUT', url, { ...(body !== undefined ? { body } : {}), ...opts }),
      delete: <T = unknown>(url: string, opts?: RequestOptions) => request<T>('DELETE', url, opts),
    };
  }

  function expectStatus(answer: Answer, status: number, what: string): void {
    if (answer.status !== status) throw new Error(`${what}: expected ${status}, got ${answer.status} ${answer.text}`);
  }

  /** The owner's first start: the printed link, a name and email, then a password. */
  async function bootstrapOwner(who: { name: string; email: string; password: string } = OWNER) {
    const token = await accounts.ownerLinkToken();
    if (!token) throw new Error('No owner link: an admin already has a password');
    const b = browser();
    expectStatus(await b.post(API_PATHS.sessionLink, { token }), 200, 'owner link');
    expectStatus(await b.patch(API_PATHS.account, { name: who.name, email: who.email }), 200, 'owner name and email');
    expectStatus(await b.put(API_PATHS.password, { next: who.password }), 204, 'owner password');
    const info = await b.session();
    return { browser: b, id: info.account!.id, ...who };
  }

  type Admin = Awaited<ReturnType<typeof bootstrapOwner>>;

  async function invite(
    admin: { browser: ReturnType<typeof browser> },
    role: Role,
    note?: string,
  ): Promise<CreatedInvite> {
    const answer = await admin.browser.post<CreatedInvite>(API_PATHS.invites, { role, ...(note ? { note } : {}) });
    expectStatus(answer, 201, `invite a ${role}`);
    return answer.body;
  }

  let people = 0;
  /** An admin invites someone with `role`; they accept in a new browser and are signed in. */
  async function member(
    admin: Admin,
    role: Role,
    who: Partial<{ name: string; email: string; password: string }> = {},
  ) {
    people++;
    const person = {
      name: who.name ?? `${role[0]!.toUpperCase()}${role.slice(1)} ${people}`,
      email: who.email ?? `${role}${people}@example.org`,
      password: who.password ?? `${role}-password-${people}`,
    };
    const { token } = await invite(admin, role);
    const b = browser();
    const accepted = await b.post<SessionInfo>(API_PATHS.inviteAccept, { token, ...person });
    expectStatus(accepted, 201, `accept an invite as ${role}`);
    return { browser: b, id: accepted.body.account!.id, role, ...person };
  }

  /** Creates an API token from a signed-in browser; the answer carries its secret. */
  async function createToken(
    owner: { browser: ReturnType<typeof browser> },
    scope: TokenScope,
    name = `script ${scope}`,
  ): Promise<CreatedToken> {
    const answer = await owner.browser.post<CreatedToken>(API_PATHS.tokens, { name, scope });
    expectStatus(answer, 201, 'create a token');
    return answer.body;
  }

  return {
    app,
    accounts,
    mails,
    store,
    path,
    browser,
    bearer,
    freshAddress,
    bootstrapOwner,
    invite,
    member,
    createToken,
    storedHashes,
    get now() {
      return now();
    },
    setNow(ms: number) {
      nowMs = ms;
    },
    advance(ms: number) {
      nowMs += ms;
    },
    async close() {
      collectHashes();
      closed = true;
      reader.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type AccountsApi = Awaited<ReturnType<typeof openAccountsApi>>;
export type Browser = ReturnType<AccountsApi['browser']>;
export type Member = Awaited<ReturnType<AccountsApi['member']>>;
export type Owner = Awaited<ReturnType<AccountsApi['bootstrapOwner']>>;

// ── the record's writes, for tests that try each kind ──

export const SEED_PLEDGE = 'security-guarantees-in-writing';

export const NEW_PLEDGE = {
  title: 'Deliver air defence systems',
  quote: 'We will deliver them this autumn',
  pledgers: ['united-states'],
  beneficiaries: ['ukraine'],
  announcedOn: '2025-08-20',
  timeZone: 'Europe/Kyiv',
  deadline: { latest: '2025-11-30', text: 'this autumn' },
  tags: ['air-defence'],
  sources: [{ title: 'Press briefing', url: 'https://example.org/briefing', publishedOn: '2025-08-20' }],
};

export const FULFILLED = {
  verdict: 'fulfilled',
  resolvedOn: '2025-08-27',
  evidence: [{ url: 'https://example.org/signed', note: 'The text was signed' }],
};

export interface Write {
  what: string;
  method: string;
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** One of every kind of write to the record (not to accounts), as an editor would send it (the refusal tests need them well formed, not all to succeed). */
export function recordWrites(n = 0): Write[] {
  return [
    {
      what: 'create a pledge',
      method: 'POST',
      url: '/api/pledges',
      body: { ...NEW_PLEDGE, title: `Deliver air defence systems ${n}` },
    },
    {
      what: 'edit a pledge',
      method: 'PATCH',
      url: `/api/pledges/${SEED_PLEDGE}`,
      body: { tags: ['guarantees', `try-${n}`] },
      headers: { 'If-Match': '"1"' },
    },
    {
      what: 'judge a pledge',
      method: 'PATCH',
      url: `/api/pledges/${SEED_PLEDGE}`,
      body: FULFILLED,
      headers: { 'If-Match': '"1"' },
    },
    { what: 'delete a pledge', method: 'DELETE', url: `/api/pledges/${SEED_PLEDGE}`, headers: { 'If-Match': '"1"' } },
    {
      what: 'restore a pledge',
      method: 'POST',
      url: `/api/pledges/${SEED_PLEDGE}/restore`,
      headers: { 'If-Match': '"1"' },
    },
    {
      what: 'revert a pledge',
      method: 'POST',
      url: `/api/pledges/${SEED_PLEDGE}/revert`,
      body: { toVersion: 1 },
      headers: { 'If-Match': '"1"' },
    },
    { what: 'add a party', method: 'POST', url: '/api/parties', body: { name: `Group of Seven ${n}`, kind: 'group' } },
    { what: 'rename a party', method: 'PATCH', url: '/api/parties/ukraine', body: { name: 'Ukraina' } },
    { what: 'merge parties', method: 'POST', url: '/api/parties/ukraine/merge', body: { into: 'united-states' } },
    { what: 'save a view', method: 'POST', url: '/api/views', body: { name: `Overdue ${n}`, query: 'state=overdue' } },
    {
      what: 'extract pledges',
      method: 'POST',
      url: '/api/extract',
      body: {
        text: 'The United States will deliver air defence to Ukraine by December.',
        publishedOn: '2025-08-18',
        timeZone: 'America/New_York',
      },
    },
  ];
}

/** The record as a reader sees it: pledges, the seed pledge and its history, parties, views, trash. */
export async function recordSnapshot(reader: { get: (url: string) => Promise<Answer> }): Promise<string> {
  const parts: string[] = [];
  for (const url of [
    '/api/pledges?limit=100',
    `/api/pledges/${SEED_PLEDGE}`,
    `/api/pledges/${SEED_PLEDGE}/history`,
    '/api/parties',
    '/api/views',
    '/api/trash',
  ]) {
    const answer = await reader.get(url);
    if (answer.status !== 200) throw new Error(`GET ${url} answered ${answer.status}: ${answer.text}`);
    parts.push(answer.text);
  }
  return parts.join('\n');
}
