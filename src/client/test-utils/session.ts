// Who the mock API says is signed in. The default mock backend is the demo (no accounts, every
// visitor the demo editor); these put a real instance's answers in front of it for one test.
import { http, HttpResponse } from 'msw';
import type { Account, Role, SessionInfo, Visibility } from '@shared/contract';
import { mockServer } from '@mocks/node';

export const ACCOUNTS: Record<Role, Account> = {
  viewer: { id: 'u_viewer0001', name: 'Vera Viewer', email: 'vera@example.org', role: 'viewer', needsPassword: false },
  editor: {
    id: 'u_editor0001',
    name: 'Olena Editor',
    email: 'olena@example.org',
    role: 'editor',
    needsPassword: false,
  },
  admin: { id: 'u_admin00001', name: 'Ada Admin', email: 'ada@example.org', role: 'admin', needsPassword: false },
};

export function sessionAs(account: Account | null, visibility: Visibility = 'public'): SessionInfo {
  return { account, visibility, accounts: true, via: account ? 'session' : 'anonymous' };
}

/** GET /api/session answers `info` (until the test ends, or `serveSession` is called again). */
export function serveSession(info: SessionInfo): void {
  mockServer.use(http.get('*/api/session', () => HttpResponse.json(info)));
}

/** A private instance, signed out: the session says so, and every read of the record is a 401. */
export function servePrivateSignedOut(): void {
  serveSession(sessionAs(null, 'private'));
  const refuse = () =>
    HttpResponse.json(
      { error: { code: 'unauthenticated', message: 'This tracker is private: sign in to read it.' } },
      { status: 401 },
    );
  mockServer.use(
    http.get('*/api/pledges', refuse),
    http.get('*/api/pledges/*', refuse),
    http.get('*/api/parties', refuse),
    http.get('*/api/parties/*', refuse),
    http.get('*/api/trash', refuse),
    http.get('*/api/views', refuse),
    http.get('*/api/views/*', refuse),
  );
}
