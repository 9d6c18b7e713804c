// Who may read and who may change the record, tried from outside: anonymous visitors and viewers
// are refused every kind of write and change nothing; editors write under their own name; a
// private instance answers nothing to strangers; roles apply on the very next request; the last
// admin stays; a removed person's sessions and tokens stop working.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PATHS, type HistoryEvent, type Pledge, type SessionInfo, type UserSummary } from '@shared/contract';
import {
  errorCode,
  errorMessage,
  FULFILLED,
  issuePaths,
  itLeaksNoHash,
  NEW_PLEDGE,
  openAccountsApi,
  recordSnapshot,
  recordWrites,
  SEED_PLEDGE,
  type AccountsApi,
  type Browser,
  type Member,
  type Owner,
} from '../testing/accountsHarness';

const READS = [
  API_PATHS.pledges,
  `/api/pledges/${SEED_PLEDGE}`,
  `/api/pledges/${SEED_PLEDGE}/history`,
  API_PATHS.pledgesIcs,
  API_PATHS.pledgesAtom,
  API_PATHS.pledgesCsv,
  API_PATHS.trash,
  API_PATHS.parties,
  API_PATHS.partyStats,
  API_PATHS.views,
  API_PATHS.settings,
];

async function history(b: Browser, id: string): Promise<HistoryEvent[]> {
  const res = await b.get<{ items: HistoryEvent[] }>(`/api/pledges/${id}/history`);
  expect(res.status).toBe(200);
  return res.body.items;
}

describe('a public instance', () => {
  let api: AccountsApi;
  let owner: Owner;
  let editor: Member;
  let viewer: Member;
  beforeAll(async () => {
    api = await openAccountsApi();
    owner = await api.bootstrapOwner();
    editor = await api.member(owner, 'editor', { name: 'Edith Editor' });
    viewer = await api.member(owner, 'viewer', { name: 'Victor Viewer' });
  });
  afterAll(() => api.close());

  it('lets anonymous visitors read everything a reader may', async () => {
    const anon = api.browser();
    for (const url of READS) {
      const res = await anon.get(url);
      expect(res.status, url).toBe(200);
    }
    expect((await anon.session()).account).toBeNull();
    expect((await anon.session()).via).toBe('anonymous');
  });

  it('refuses every kind of anonymous write with 401, with or without an Origin, and changes nothing', async () => {
    const before = await recordSnapshot(owner.browser);
    for (const origin of [undefined, null] as const) {
      const anon = api.browser();
      for (const write of recordWrites()) {
        const res = await anon.request(write.method, write.url, { body: write.body, headers: write.headers, origin });
        expect(res.status, `${write.what} (origin ${origin})`).toBe(401);
        expect(errorCode(res)).toBe('unauthenticated');
        expect(res.headers.get('WWW-Authenticate')).toMatch(/^Bearer /);
      }
    }
    expect(await recordSnapshot(owner.browser)).toBe(before);
  });

  it('refuses every kind of write from a viewer with 403, and changes nothing', async () => {
    const before = await recordSnapshot(owner.browser);
    for (const write of recordWrites()) {
      const res = await viewer.browser.request(write.method, write.url, { body: write.body, headers: write.headers });
      expect(res.status, write.what).toBe(403);
      expect(errorCode(res)).toBe('forbidden');
      expect(errorMessage(res)).toMatch(/viewer/);
    }
    expect(await recordSnapshot(owner.browser)).toBe(before);
    for (const url of READS) expect((await viewer.browser.get(url)).status, url).toBe(200);
    expect((await viewer.browser.session()).account).toMatchObject({ role: 'viewer', name: 'Victor Viewer' });
  });

  it('refuses admin business to viewers and editors with 403', async () => {
    for (const person of [viewer, editor]) {
      const b = person.browser;
      const tries = [
        await b.get(API_PATHS.users),
        await b.get(API_PATHS.invites),
        await b.post(API_PATHS.invites, { role: 'admin' }),
        await b.patch(API_PATHS.user(person.id), { role: 'admin' }),
        await b.delete(API_PATHS.user(owner.id)),
        await b.post(API_PATHS.userUnlock(person.id)),
        await b.put(API_PATHS.settings, { visibility: 'private' }),
      ];
      for (const res of tries) {
        expect(res.status, `${person.role}: ${res.text}`).toBe(403);
        expect(errorCode(res)).toBe('forbidden');
      }
      expect((await b.session()).account?.role).toBe(person.role);
    }
    expect((await owner.browser.get<{ visibility: string }>(API_PATHS.settings)).body.visibility).toBe('public');
  });

  it('cannot be talked past with a differently spelled path', async () => {
    const anon = api.browser();
    for (const url of ['/api/%75sers', '/api/users/', '/api/./users', '/api/x/../users', '/api/user%73?x=1']) {
      const res = await anon.get(url);
      expect(res.status, url).toBe(401);
      const asEditor = await editor.browser.get(url);
      expect(asEditor.status, url).toBe(403);
      expect(asEditor.text).not.toContain(owner.email);
    }
    for (const url of ['/api/%73ettings', '/api/setting%73']) {
      const res = await editor.browser.put(url, { visibility: 'private' });
      expect(res.status, url).toBe(403);
      expect(errorCode(res)).toBe('forbidden');
    }
    const invite = await editor.browser.post('/api/%69nvites', { role: 'admin' });
    expect(invite.status).toBe(403);
    expect((await owner.browser.get<{ visibility: string }>(API_PATHS.settings)).body.visibility).toBe('public');
    expect((await owner.browser.get<{ items: unknown[] }>(API_PATHS.invites)).body.items).toEqual([]);
  });

  it('lets an editor write, and the history names the editor', async () => {
    const b = editor.browser;
    const created = await b.post<Pledge>('/api/pledges', NEW_PLEDGE);
    expect(created.status).toBe(201);
    const judged = await b.patch<Pledge>(`/api/pledges/${created.body.id}`, FULFILLED, {
      headers: { 'If-Match': created.headers.get('ETag')! },
    });
    expect(judged.status).toBe(200);
    expect(judged.body.verdict).toBe('fulfilled');
    expect(await history(b, created.body.id)).toMatchObject([
      { kind: 'created', actor: 'Edith Editor' },
      { kind: 'updated', actor: 'Edith Editor' },
    ]);
    expect((await b.post('/api/parties', { name: 'Group of Seven', kind: 'group' })).status).toBe(201);
    expect((await b.post('/api/views', { name: 'Overdue', query: 'state=overdue' })).status).toBe(201);
    expect((await b.post('/api/extract', recordWrites().find((w) => w.url === '/api/extract')!.body)).status).toBe(200);
    const deleted = await b.delete(`/api/pledges/${created.body.id}`, {
      headers: { 'If-Match': judged.headers.get('ETag')! },
    });
    expect(deleted.status).toBe(200);
    expect((await history(b, created.body.id)).at(-1)).toMatchObject({ kind: 'deleted', actor: 'Edith Editor' });
  });
});

describe('a private instance', () => {
  let api: AccountsApi;
  let owner: Owner;
  let editor: Member;
  let viewer: Member;
  beforeAll(async () => {
    api = await openAccountsApi();
    owner = await api.bootstrapOwner();
    editor = await api.member(owner, 'editor');
    viewer = await api.member(owner, 'viewer', { name: 'Vera Viewer' });
    const res = await owner.browser.put(API_PATHS.settings, { visibility: 'private' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ visibility: 'private' });
  });
  afterAll(() => api.close());

  it('answers anonymous reads with 401 and says nothing of the record', async () => {
    const anon = api.browser();
    for (const url of READS) {
      const res = await anon.get(url);
      expect(res.status, url).toBe(401);
      expect(errorCode(res)).toBe('unauthenticated');
      expect(errorMessage(res)).toMatch(/private/);
      expect(res.text).not.toMatch(/security|Ukraine|ukraine/i);
    }
    // Nor to an unknown pledge: a stranger cannot tell which ids exist. HEAD and OPTIONS are reads too.
    expect((await anon.get('/api/pledges/no-such-pledge')).status).toBe(401);
    expect((await anon.request('HEAD', '/api/pledges')).status).toBe(401);
    expect((await anon.request('OPTIONS', '/api/pledges')).status).toBe(401);
  });

  it('still answers /api/health and /api/session, which says the instance is private', async () => {
    const anon = api.browser();
    expect((await anon.get(API_PATHS.health)).status).toBe(200);
    const session = await anon.get<SessionInfo>(API_PATHS.session);
    expect(session.status).toBe(200);
    expect(session.body).toEqual({ account: null, visibility: 'private', accounts: true, via: 'anonymous' });
  });

  it('lets a signed-in viewer read, and still refuses their writes', async () => {
    for (const url of READS) expect((await viewer.browser.get(url)).status, url).toBe(200);
    expect((await viewer.browser.session()).visibility).toBe('private');
    const res = await viewer.browser.post('/api/pledges', NEW_PLEDGE);
    expect(res.status).toBe(403);
    expect(errorCode(res)).toBe('forbidden');
  });

  it('lets only an admin change the visibility', async () => {
    for (const b of [editor.browser, viewer.browser]) {
      const res = await b.put(API_PATHS.settings, { visibility: 'public' });
      expect(res.status).toBe(403);
      expect(errorCode(res)).toBe('forbidden');
    }
    const anon = await api.browser().put(API_PATHS.settings, { visibility: 'public' });
    expect(anon.status).toBe(401);
    expect((await api.browser().get(API_PATHS.pledges)).status).toBe(401);

    const bad = await owner.browser.put(API_PATHS.settings, { visibility: 'secret' });
    expect(bad.status).toBe(400);
    expect(issuePaths(bad)).toEqual(['visibility']);
    expect((await owner.browser.put(API_PATHS.settings, { visibility: 'public' })).status).toBe(200);
    expect((await api.browser().get(API_PATHS.pledges)).status).toBe(200);
    expect((await owner.browser.put(API_PATHS.settings, { visibility: 'private' })).status).toBe(200);
    expect((await api.browser().get(API_PATHS.pledges)).status).toBe(401);
  });

  it('stays private after a restart (the setting is stored, not only cached)', async () => {
    const { Accounts } = await import('./accounts');
    const { AccountStore } = await import('./accountStore');
    const fresh = new Accounts({ store: new AccountStore(api.store.database), now: () => api.now });
    expect(await fresh.visibility()).toBe('private');
  });
});

describe('changing roles', () => {
  let api: AccountsApi;
  let owner: Owner;
  beforeAll(async () => {
    api = await openAccountsApi();
    owner = await api.bootstrapOwner();
  });
  afterAll(() => api.close());

  it('applies a new role on the very next request of that person', async () => {
    const person = await api.member(owner, 'viewer', { name: 'Pat Promoted' });
    const refused = await person.browser.post<Pledge>('/api/pledges', NEW_PLEDGE);
    expect(refused.status).toBe(403);

    const promoted = await owner.browser.patch<UserSummary>(API_PATHS.user(person.id), { role: 'editor' });
    expect(promoted.status).toBe(200);
    expect(promoted.body).toMatchObject({ id: person.id, role: 'editor' });
    const created = await person.browser.post<Pledge>('/api/pledges', NEW_PLEDGE);
    expect(created.status).toBe(201);
    expect((await history(person.browser, created.body.id))[0]!.actor).toBe('Pat Promoted');

    expect((await owner.browser.patch(API_PATHS.user(person.id), { role: 'viewer' })).status).toBe(200);
    const demoted = await person.browser.post('/api/pledges', NEW_PLEDGE);
    expect(demoted.status).toBe(403);
    expect(errorCode(demoted)).toBe('forbidden');
    expect((await person.browser.session()).account?.role).toBe('viewer');
  });

  it('keeps the last admin: they cannot be demoted or removed', async () => {
    for (const role of ['editor', 'viewer']) {
      const res = await owner.browser.patch(API_PATHS.user(owner.id), { role });
      expect(res.status).toBe(400);
      expect(errorCode(res)).toBe('invalid_input');
      expect(issuePaths(res)).toEqual(['role']);
    }
    const removed = await owner.browser.delete(API_PATHS.user(owner.id));
    expect(removed.status).toBe(400);
    expect(errorCode(removed)).toBe('invalid_input');
    expect((await owner.browser.session()).account?.role).toBe('admin');

    // With a second admin, one of them may step down.
    const second = await api.member(owner, 'admin');
    const stepDown = await second.browser.patch<UserSummary>(API_PATHS.user(second.id), { role: 'editor' });
    expect(stepDown.status).toBe(200);
    expect(stepDown.body.role).toBe('editor');
    expect((await owner.browser.patch(API_PATHS.user(owner.id), { role: 'editor' })).status).toBe(400);
  });

  it('answers 404 for a user who does not exist', async () => {
    for (const res of [
      await owner.browser.patch(API_PATHS.user('u_nobody-at-all'), { role: 'editor' }),
      await owner.browser.delete(API_PATHS.user('u_nobody-at-all')),
      await owner.browser.post(API_PATHS.userUnlock('u_nobody-at-all')),
    ]) {
      expect(res.status).toBe(404);
      expect(errorCode(res)).toBe('not_found');
    }
  });

  it('ends a removed person’s sessions and tokens, and keeps their name on what they did', async () => {
    const gone = await api.member(owner, 'editor', { name: 'Gail Gone' });
    const other = api.browser();
    expect((await other.signIn(gone.email, gone.password)).status).toBe(200);
    const token = await api.createToken(gone, 'read-write');
    const script = api.bearer(token.token);
    const created = await script.post<Pledge>('/api/pledges', NEW_PLEDGE);
    expect(created.status).toBe(201);

    expect((await owner.browser.delete(API_PATHS.user(gone.id))).status).toBe(204);

    for (const b of [gone.browser, other]) {
      expect((await b.session()).account).toBeNull();
      const write = await b.post('/api/pledges', NEW_PLEDGE);
      expect(write.status).toBe(401);
      expect(errorCode(write)).toBe('unauthenticated');
    }
    for (const res of [await script.get(API_PATHS.pledges), await script.post('/api/pledges', NEW_PLEDGE)]) {
      expect(res.status).toBe(401);
      expect(errorCode(res)).toBe('unauthenticated');
      expect(res.headers.get('WWW-Authenticate')).toMatch(/invalid_token/);
    }
    const signIn = await api.browser().signIn(gone.email, gone.password);
    expect(signIn.status).toBe(401);
    const users = await owner.browser.get<{ items: UserSummary[] }>(API_PATHS.users);
    expect(users.body.items.map((u) => u.id)).not.toContain(gone.id);
    expect((await history(owner.browser, created.body.id))[0]!.actor).toBe('Gail Gone');
    const db = api.store.database;
    expect(await db.selectFrom('sessions').select('id_hash').where('user_id', '=', gone.id).execute()).toEqual([]);
    expect(await db.selectFrom('api_tokens').select('id').where('user_id', '=', gone.id).execute()).toEqual([]);
  });
});

itLeaksNoHash(['passwords', 'sessions', 'tokens', 'links']);
