// What the client assumes of the demo's backend: GET /api/session answers (parsed with the shared
// contract) that there are no accounts and the visitor is the demo editor, who may edit; the
// routes that only a server with accounts has (sign-in, tokens, users) are not there.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { API_PATHS, sessionInfoSchema } from '@shared/contract';
import { permissionsOf } from '@client/lib/session';
import { mockServer, resetMockStore } from './node';

const BASE = 'http://localhost';

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetMockStore());
afterEach(() => mockServer.resetHandlers());
afterAll(() => mockServer.close());

describe('the demo’s session', () => {
  it('is the demo editor, on a public tracker with no accounts', async () => {
    const res = await fetch(`${BASE}${API_PATHS.session}`);
    expect(res.status).toBe(200);
    const info = sessionInfoSchema.parse(await res.json());
    expect(info).toMatchObject({
      accounts: false,
      visibility: 'public',
      via: 'demo',
      account: { name: 'Demo editor', role: 'editor', needsPassword: false },
    });
    expect(permissionsOf(info)).toEqual({ edit: true, admin: false });
  });

  it('has nothing to sign in to and no admin routes', async () => {
    const signIn = await fetch(`${BASE}${API_PATHS.session}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'a@example.org', password: 'whatever it is' }),
    });
    expect(signIn.status).toBe(405);
    // The same guard as the server's: the demo editor is not an admin.
    const users = await fetch(`${BASE}${API_PATHS.users}`);
    expect(users.status).toBe(403);
    expect(((await users.json()) as { error: { code: string } }).error.code).toBe('forbidden');
    const settings = await fetch(`${BASE}${API_PATHS.settings}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ visibility: 'private' }),
    });
    expect(settings.status).toBe(403);
  });
});
