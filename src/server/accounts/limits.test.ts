// Limits, tried by flooding: each person's writes are limited per minute (429 with Retry-After,
// nothing written, others unaffected), and requests are bounded in body size, JSON depth and
// query parameters before anything reads them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  API_PATHS,
  MAX_BODY_BYTES,
  MAX_JSON_DEPTH,
  MAX_PARAM_LENGTH,
  MAX_QUERY_PARAMS,
  type Pledge,
  type UserSummary,
} from '@shared/contract';
import {
  errorCode,
  errorMessage,
  issuePaths,
  itLeaksNoHash,
  MINUTE,
  NEW_PLEDGE,
  openAccountsApi,
  recordSnapshot,
  SECOND,
  type AccountsApi,
  type Member,
  type Owner,
} from '../testing/accountsHarness';

describe('writes per person per minute', () => {
  let api: AccountsApi;
  let owner: Owner;
  let a: Member;
  let b: Member;
  beforeAll(async () => {
    api = await openAccountsApi({ writesPerMinute: 5 });
    owner = await api.bootstrapOwner();
    a = await api.member(owner, 'editor', { name: 'Ann Busy' });
    b = await api.member(owner, 'editor', { name: 'Ben Calm' });
    api.advance(MINUTE); // the owner's setup writes are forgotten
  });
  afterAll(() => api.close());

  it('refuses the sixth write in a minute with 429 and Retry-After, and writes nothing', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await a.browser.post('/api/views', { name: `View ${i}`, query: '' });
      expect(res.status, `write ${i + 1}`).toBe(201);
    }
    const before = await recordSnapshot(owner.browser);
    const sixth = await a.browser.post<Pledge>('/api/pledges', NEW_PLEDGE);
    expect(sixth.status).toBe(429);
    expect(errorCode(sixth)).toBe('rate_limited');
    const wait = sixth.headers.get('Retry-After');
    expect(wait).toMatch(/^[1-9]\d*$/);
    expect(Number(wait)).toBe(12); // one write every 60/5 s
    expect(errorMessage(sixth)).toContain(`${wait} s`);
    expect(await recordSnapshot(owner.browser)).toBe(before);

    // The limit is the person's, not the browser's or the token's.
    const elsewhere = api.browser();
    expect((await elsewhere.signIn(a.email, a.password)).status).toBe(200);
    expect((await elsewhere.post('/api/views', { name: 'Other tab', query: '' })).status).toBe(429);
    expect((await a.browser.post(API_PATHS.tokens, { name: 'dodge', scope: 'read-write' })).status).toBe(429);
    // Reads go on.
    expect((await a.browser.get('/api/pledges')).status).toBe(200);

    // Someone else still writes.
    const other = await b.browser.post<Pledge>('/api/pledges', NEW_PLEDGE);
    expect(other.status).toBe(201);

    // Once the wait is over, one more write passes; the next waits again.
    api.advance(Number(wait) * SECOND - 1);
    expect((await a.browser.post('/api/views', { name: 'Too soon', query: '' })).status).toBe(429);
    api.advance(1);
    expect((await a.browser.post('/api/views', { name: 'Now', query: '' })).status).toBe(201);
    expect((await a.browser.post('/api/views', { name: 'Again too soon', query: '' })).status).toBe(429);
    // After a quiet minute the whole burst is back.
    api.advance(MINUTE);
    for (let i = 0; i < 5; i++)
      expect((await a.browser.post('/api/views', { name: `Later ${i}`, query: '' })).status).toBe(201);
  });

  it('limits an API token’s writes as its owner’s', async () => {
    api.advance(MINUTE);
    const { token } = await api.createToken(b, 'read-write');
    const script = api.bearer(token);
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++)
      statuses.push((await script.post('/api/views', { name: `Scripted ${i}`, query: '' })).status);
    // One write went to creating the token.
    expect(statuses).toEqual([201, 201, 201, 201, 429, 429, 429, 429]);
    const res = await script.post('/api/views', { name: 'x', query: '' });
    expect(res.headers.get('Retry-After')).toMatch(/^[1-9]\d*$/);
  });

  it('does not count sign-ins as writes (they have their own limits)', async () => {
    for (let i = 0; i < 8; i++) expect((await api.browser().signIn(b.email, b.password)).status).toBe(200);
  });
});

describe('request bounds', () => {
  let api: AccountsApi;
  let owner: Owner;
  let editor: Member;
  beforeAll(async () => {
    api = await openAccountsApi();
    owner = await api.bootstrapOwner();
    editor = await api.member(owner, 'editor');
  });
  afterAll(() => api.close());

  const nested = (depth: number) => `{"title":${'['.repeat(depth - 1)}"x"${']'.repeat(depth - 1)}}`;

  it(`refuses JSON nested deeper than ${MAX_JSON_DEPTH} levels with 400, before reading it`, async () => {
    expect(MAX_JSON_DEPTH).toBe(8);
    const before = await recordSnapshot(owner.browser);
    for (const [url, method] of [
      ['/api/pledges', 'POST'],
      ['/api/views', 'POST'],
      [API_PATHS.account, 'PATCH'],
      [API_PATHS.session, 'POST'],
    ] as const) {
      const deep = await editor.browser.request(method, url, {
        rawBody: nested(9),
        headers: { 'Content-Type': 'application/json' },
      });
      expect(deep.status, url).toBe(400);
      expect(errorCode(deep)).toBe('invalid_input');
      expect(errorMessage(deep)).toMatch(/nest/);
    }
    // Eight levels pass the depth check and are judged as a pledge (the title is not text).
    const eight = await editor.browser.request('POST', '/api/pledges', {
      rawBody: nested(8),
      headers: { 'Content-Type': 'application/json' },
    });
    expect(eight.status).toBe(400);
    expect(errorMessage(eight)).not.toMatch(/nest/);
    expect(issuePaths(eight)).toContain('title');
    // Nesting inside a string does not count.
    const inString = await editor.browser.post('/api/views', { name: '[[[[[[[[[[[[', query: '' });
    expect(inString.status).toBe(201);
    expect(await recordSnapshot(owner.browser)).not.toBe(before);
  });

  it(`refuses a body over ${MAX_BODY_BYTES / 1024} KB with 413`, async () => {
    const before = await recordSnapshot(owner.browser);
    const big = await editor.browser.post('/api/pledges', { ...NEW_PLEDGE, quote: 'q'.repeat(MAX_BODY_BYTES) });
    expect(big.status).toBe(413);
    expect(errorCode(big)).toBe('payload_too_large');
    const bigView = await editor.browser.post('/api/views', { name: 'Big', query: 'q=' + 'a'.repeat(MAX_BODY_BYTES) });
    expect(bigView.status).toBe(413);
    expect(await recordSnapshot(owner.browser)).toBe(before);
    // Account routes take far less: a 9 KB sign-in is refused too, and not counted as a failed attempt.
    const signIn = await api.browser().signIn(editor.email, 'p'.repeat(9 * 1024));
    expect(signIn.status).toBe(413);
    expect(errorCode(signIn)).toBe('payload_too_large');
    const users = await owner.browser.get<{ items: UserSummary[] }>(API_PATHS.users);
    expect(users.body.items.find((u) => u.id === editor.id)?.failedSignIns).toBe(0);
  });

  it(`refuses more than ${MAX_QUERY_PARAMS} query parameters, or a value over ${MAX_PARAM_LENGTH} characters, with 400`, async () => {
    const params = (n: number) => Array.from({ length: n }, (_, i) => `p${i}=1`).join('&');
    expect((await api.browser().get(`/api/health?${params(MAX_QUERY_PARAMS)}`)).status).toBe(200);
    for (const url of [
      `/api/health?${params(MAX_QUERY_PARAMS + 1)}`,
      `/api/pledges?${params(MAX_QUERY_PARAMS + 1)}`,
      `/api/session?${params(41)}`,
    ]) {
      const res = await editor.browser.get(url);
      expect(res.status, url).toBe(400);
      expect(errorCode(res)).toBe('invalid_input');
      expect(errorMessage(res)).toMatch(/at most 40 parameters/);
    }
    expect((await api.browser().get(`/api/health?q=${'a'.repeat(MAX_PARAM_LENGTH)}`)).status).toBe(200);
    for (const url of [
      `/api/health?q=${'a'.repeat(MAX_PARAM_LENGTH + 1)}`,
      `/api/pledges?q=${'a'.repeat(MAX_PARAM_LENGTH + 1)}`,
      `/api/health?${'n'.repeat(101)}=1`,
    ]) {
      const res = await editor.browser.get(url);
      expect(res.status, url.slice(0, 40)).toBe(400);
      expect(errorCode(res)).toBe('invalid_input');
      expect(errorMessage(res)).toMatch(/too long/);
    }
    // Writes are bounded the same way, before anyone is identified.
    const write = await editor.browser.post(`/api/views?${params(41)}`, { name: 'x', query: '' });
    expect(write.status).toBe(400);
  });
});

itLeaksNoHash(['passwords', 'sessions', 'tokens', 'links']);
