// Personal API tokens, tried from outside: a read-only token reads and never writes; a
// read-write one writes under its owner's name but never more than the owner's role allows; a
// revoked or malformed one is a 401 that says so; tokens cannot manage accounts; the secret is
// shown once, in the answer that creates it, and never again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PATHS, type ApiToken, type HistoryEvent, type Pledge, type SessionInfo } from '@shared/contract';
import {
  errorCode,
  errorMessage,
  HOUR,
  issuePaths,
  itLeaksNoHash,
  NEW_PLEDGE,
  openAccountsApi,
  recordedAnswers,
  recordSnapshot,
  recordWrites,
  type AccountsApi,
  type Member,
  type Owner,
} from '../testing/accountsHarness';

describe('API tokens', () => {
  let api: AccountsApi;
  let owner: Owner;
  let viewer: Member;
  beforeAll(async () => {
    api = await openAccountsApi();
    owner = await api.bootstrapOwner();
    viewer = await api.member(owner, 'viewer');
  });
  afterAll(() => api.close());

  const secrets: string[] = [];
  const make = async (...args: Parameters<AccountsApi['createToken']>) => {
    const created = await api.createToken(...args);
    secrets.push(created.token);
    return created;
  };

  it('a read-only token reads (200) and every write is a 403', async () => {
    const token = await make(owner, 'read');
    expect(token).toMatchObject({ scope: 'read', name: 'script read', lastUsedAt: null });
    expect(token.token).toMatch(/^pt_[A-Za-z0-9_-]{43}$/);
    const script = api.bearer(token.token);
    for (const url of [API_PATHS.pledges, API_PATHS.parties, API_PATHS.pledgesIcs, API_PATHS.settings])
      expect((await script.get(url)).status, url).toBe(200);
    const session = await script.get<SessionInfo>(API_PATHS.session);
    expect(session.body).toMatchObject({ via: 'token', account: { id: owner.id, role: 'admin' } });

    const before = await recordSnapshot(owner.browser);
    for (const write of recordWrites()) {
      const res = await script.request(write.method, write.url, { body: write.body, headers: write.headers });
      expect(res.status, write.what).toBe(403);
      expect(errorCode(res)).toBe('forbidden');
      expect(errorMessage(res)).toMatch(/read-only/);
    }
    expect(await recordSnapshot(owner.browser)).toBe(before);
  });

  it('a read-write token writes, with no Origin, and the history names the token’s owner', async () => {
    const token = await make(owner, 'read-write', 'nightly import');
    const script = api.bearer(token.token);
    const created = await script.post<Pledge>('/api/pledges', NEW_PLEDGE);
    expect(created.status).toBe(201);
    const edited = await script.patch<Pledge>(
      `/api/pledges/${created.body.id}`,
      { tags: ['imported'] },
      { headers: { 'If-Match': created.headers.get('ETag')! } },
    );
    expect(edited.status).toBe(200);
    const history = await script.get<{ items: HistoryEvent[] }>(`/api/pledges/${created.body.id}/history`);
    expect(history.body.items.map((e) => e.actor)).toEqual([owner.name, owner.name]);
    // Its use is shown on the list.
    const list = await owner.browser.get<{ items: ApiToken[] }>(API_PATHS.tokens);
    expect(list.body.items.find((t) => t.id === token.id)?.lastUsedAt).toBe(new Date(api.now).toISOString());
  });

  it('a revoked token is a 401 with WWW-Authenticate, for reads and writes alike', async () => {
    const token = await make(owner, 'read-write');
    const script = api.bearer(token.token);
    expect((await script.get(API_PATHS.pledges)).status).toBe(200);
    // Another person cannot revoke it: they have no token with this id.
    const notTheirs = await viewer.browser.delete(API_PATHS.token(token.id));
    expect(notTheirs.status).toBe(404);
    expect((await script.get(API_PATHS.pledges)).status).toBe(200);

    expect((await owner.browser.delete(API_PATHS.token(token.id))).status).toBe(204);
    for (const res of [
      await script.get(API_PATHS.pledges),
      await script.get(API_PATHS.session),
      await script.post('/api/pledges', NEW_PLEDGE),
    ]) {
      expect(res.status).toBe(401);
      expect(errorCode(res)).toBe('unauthenticated');
      expect(res.headers.get('WWW-Authenticate')).toBe('Bearer error="invalid_token"');
      expect(errorMessage(res)).toMatch(/revoked/);
    }
    const list = await owner.browser.get<{ items: ApiToken[] }>(API_PATHS.tokens);
    expect(list.body.items.map((t) => t.id)).not.toContain(token.id);
    const again = await owner.browser.delete(API_PATHS.token(token.id));
    expect(again.status).toBe(404);
    expect(errorCode(again)).toBe('not_found');
  });

  it('a malformed Authorization header is a 401, never an anonymous read', async () => {
    const real = await make(owner, 'read-write');
    for (const authorization of [
      'Basic b3duZXI6cGFzc3dvcmQ=',
      'Bearer',
      'Bearer ',
      `Bearer ${real.token} extra`,
      `Token ${real.token}`,
      'Bearer pt_' + 'x'.repeat(43),
      'Bearer ' + real.token.slice(3), // without its prefix
      'Bearer pt_' + 'x'.repeat(300),
      '',
    ]) {
      const res = await api.bearer('unused').get(API_PATHS.pledges, { headers: { Authorization: authorization } });
      expect(res.status, JSON.stringify(authorization)).toBe(401);
      expect(errorCode(res)).toBe('unauthenticated');
      expect(res.headers.get('WWW-Authenticate')).toMatch(/invalid_token/);
    }
    // The scheme is case-insensitive, as HTTP says.
    expect(
      (await api.bearer('unused').get(API_PATHS.pledges, { headers: { Authorization: `bearer ${real.token}` } }))
        .status,
    ).toBe(200);
  });

  it('a token never does more than its owner’s role: a viewer’s read-write token cannot write', async () => {
    const token = await make(viewer, 'read-write');
    const script = api.bearer(token.token);
    expect((await script.get(API_PATHS.pledges)).status).toBe(200);
    const before = await recordSnapshot(owner.browser);
    for (const write of recordWrites()) {
      const res = await script.request(write.method, write.url, { body: write.body, headers: write.headers });
      expect(res.status, write.what).toBe(403);
      expect(errorCode(res)).toBe('forbidden');
    }
    expect(await recordSnapshot(owner.browser)).toBe(before);
    // Nor after the owner's role is lowered: an editor's token stops writing the moment they are a viewer.
    const editor = await api.member(owner, 'editor');
    const editorScript = api.bearer((await make(editor, 'read-write')).token);
    expect((await editorScript.post('/api/pledges', NEW_PLEDGE)).status).toBe(201);
    expect((await owner.browser.patch(API_PATHS.user(editor.id), { role: 'viewer' })).status).toBe(200);
    const after = await editorScript.post('/api/pledges', NEW_PLEDGE);
    expect(after.status).toBe(403);
    expect(errorCode(after)).toBe('forbidden');
  });

  it('a token cannot manage tokens, the account, invites, users or settings (403)', async () => {
    const token = await make(owner, 'read-write', 'admin script');
    const script = api.bearer(token.token);
    const tries: [string, string, unknown?][] = [
      ['GET', API_PATHS.tokens],
      ['POST', API_PATHS.tokens, { name: 'another', scope: 'read-write' }],
      ['DELETE', API_PATHS.token(token.id)],
      ['PATCH', API_PATHS.account, { name: 'Renamed by a script' }],
      ['PUT', API_PATHS.password, { current: owner.password, next: 'taken-over-password' }],
      ['POST', API_PATHS.signOutEverywhere],
      ['GET', API_PATHS.invites],
      ['POST', API_PATHS.invites, { role: 'admin' }],
      ['GET', API_PATHS.users],
      ['PATCH', API_PATHS.user(viewer.id), { role: 'admin' }],
      ['DELETE', API_PATHS.user(viewer.id)],
      ['POST', API_PATHS.userUnlock(viewer.id)],
      ['PUT', API_PATHS.settings, { visibility: 'private' }],
    ];
    for (const [method, url, body] of tries) {
      const res = await script.request(method, url, body === undefined ? {} : { body });
      expect(res.status, `${method} ${url}`).toBe(403);
      expect(errorCode(res)).toBe('forbidden');
    }
    // Nothing changed: the token still works, the owner's name and password are theirs, the viewer is a viewer.
    expect((await script.get(API_PATHS.pledges)).status).toBe(200);
    expect((await owner.browser.session()).account?.name).toBe(owner.name);
    expect((await api.browser().signIn(owner.email, owner.password)).status).toBe(200);
    expect((await viewer.browser.session()).account?.role).toBe('viewer');
    expect((await owner.browser.get<{ visibility: string }>(API_PATHS.settings)).body.visibility).toBe('public');
  });

  it('shows the secret once: the list never carries it, and exactly one answer ever did', async () => {
    const token = await make(owner, 'read', 'shown once');
    const script = api.bearer(token.token);
    await script.get(API_PATHS.pledges);
    await script.get(API_PATHS.session);
    api.advance(HOUR);
    await script.get(API_PATHS.pledges);
    const list = await owner.browser.get<{ items: Record<string, unknown>[] }>(API_PATHS.tokens);
    expect(list.status).toBe(200);
    const listed = list.body.items.find((t) => t.id === token.id)!;
    expect(Object.keys(listed).sort()).toEqual(['createdAt', 'id', 'lastUsedAt', 'name', 'scope']);
    expect(list.text).not.toContain(token.token);
    expect(list.text).not.toContain(token.token.slice(3));
    expect(list.body.items.every((t) => !('token' in t))).toBe(true);

    // Every token this file made, used, listed and revoked: each secret was in its creation's answer only.
    expect(secrets.length).toBeGreaterThan(5);
    for (const secret of secrets) {
      const carrying = recordedAnswers().filter((a) => a.includes(secret));
      expect(carrying).toHaveLength(1);
      expect(carrying[0]).toMatch(/^POST \/api\/tokens → 201/);
    }
  });

  it('refuses a token without a name or with an unknown scope', async () => {
    for (const [body, path] of [
      [{ name: '', scope: 'read' }, 'name'],
      [{ name: 'x', scope: 'admin' }, 'scope'],
      [{ name: 'x'.repeat(81), scope: 'read' }, 'name'],
    ] as const) {
      const res = await owner.browser.post(API_PATHS.tokens, body);
      expect(res.status).toBe(400);
      expect(issuePaths(res)).toEqual([path]);
    }
    const anon = await api.browser().post(API_PATHS.tokens, { name: 'x', scope: 'read' });
    expect(anon.status).toBe(401);
    expect(errorCode(anon)).toBe('unauthenticated');
  });
});

itLeaksNoHash(['passwords', 'sessions', 'tokens', 'links']);
