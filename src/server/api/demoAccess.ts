// The demo (MSW in the browser) has no accounts: every visitor is the same demo editor, who may
// read and change pledges but not run users or settings. The same guard enforces that as on the
// server, so the demo shows exactly what an editor can do.
import type { Access, Principal } from './access';

export const DEMO_EDITOR: Principal = Object.freeze({
  userId: 'u_demo-editor',
  name: 'Demo editor',
  role: 'editor',
  via: 'demo',
  scope: 'read-write',
  email: null,
  needsPassword: false,
});

export const demoAccess: Access = {
  accounts: false,
  identify: () => Promise.resolve({ principal: DEMO_EDITOR }),
  visibility: () => Promise.resolve('public'),
};
