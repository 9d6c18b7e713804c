// For the API tests of everything but accounts: each request is an editor named by its X-Actor
// header (percent-encoded), or "Test editor", and X-Test-Role may make it a viewer or an admin.
// Test code only: the Node server identifies people by session cookie or API token.
import type { Role } from '@shared/contract';
import type { Access, Principal } from '../api/access';

export const TEST_ACTOR_HEADER = 'X-Actor';
export const TEST_ROLE_HEADER = 'X-Test-Role';

function decoded(header: string): string {
  try {
    return decodeURIComponent(header);
  } catch {
    return header;
  }
}

export function headerAccess(defaultName = 'Test editor'): Access {
  return {
    accounts: false,
    identify(request) {
      const name = decoded(request.headers.get(TEST_ACTOR_HEADER) ?? '').trim() || defaultName;
      const role = (request.headers.get(TEST_ROLE_HEADER) ?? 'editor') as Role;
      const principal: Principal = {
        userId: `u_test-${encodeURIComponent(name).slice(0, 30)}`,
        name,
        role,
        via: 'demo',
        scope: 'read-write',
        email: null,
        needsPassword: false,
      };
      return Promise.resolve({ principal });
    },
    visibility: () => Promise.resolve('public'),
  };
}
