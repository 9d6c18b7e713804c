// @vitest-environment jsdom
// The account page (details, password, sign out everywhere, API tokens shown once) and the admin
// page (invites with their link shown once, roles, lockouts, removal, visibility), against a real
// instance's answers put in front of the mock API.
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ApiToken, Invite, PendingEmail, SessionInfo, UserSummary } from '@shared/contract';
import { mockServer, resetMockStore } from '@mocks/node';
import { renderApp } from '@client/test-utils/render-app';
import { ACCOUNTS, sessionAs } from '@client/test-utils/session';

const NOW = '2025-09-01T12:00:00Z';
const SECRET = 'pt_live_9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c';
const INVITE_TOKEN = 'Inv1te_-fresh-token-000000001';

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetMockStore({ now: Date.parse(NOW) }));
afterEach(() => {
  mockServer.resetHandlers();
  vi.restoreAllMocks();
});
afterAll(() => mockServer.close());

function stubClipboard() {
  const writeText = vi.fn(() => Promise.resolve());
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return writeText;
}

describe('the account page', () => {
  function signedIn(info: SessionInfo = sessionAs(ACCOUNTS.editor)) {
    const state = {
      session: info,
      tokens: [
        {
          id: 'tok_1',
          name: 'Nightly CSV',
          scope: 'read',
          createdAt: '2025-08-20T09:00:00.000Z',
          lastUsedAt: '2025-08-31T23:00:00.000Z',
        },
      ] as ApiToken[],
      created: [] as unknown[],
      revoked: [] as string[],
      pending: null as PendingEmail['pending'],
      emailRequests: [] as unknown[],
    };
    mockServer.use(
      http.get('*/api/session', () => HttpResponse.json(state.session)),
      http.get('*/api/account/email', () => HttpResponse.json({ pending: state.pending })),
      http.put('*/api/account/email', async ({ request }) => {
        const { email } = (await request.json()) as { email: string };
        state.emailRequests.push(email);
        // As the server answers any address, free or taken: the change waits for its link.
        state.pending = { email, expiresAt: '2025-09-02T12:00:00.000Z' };
        return HttpResponse.json({ pending: state.pending }, { status: 202 });
      }),
      http.delete('*/api/account/email', () => {
        state.pending = null;
        return new HttpResponse(null, { status: 204 });
      }),
      http.get('*/api/tokens', () => HttpResponse.json({ items: state.tokens })),
      http.post('*/api/tokens', async ({ request }) => {
        const body = (await request.json()) as { name: string; scope: ApiToken['scope'] };
        state.created.push(body);
        const token: ApiToken = {
          id: 'tok_2',
          name: body.name,
          scope: body.scope,
          createdAt: '2025-09-01T12:00:00.000Z',
          lastUsedAt: null,
        };
        state.tokens = [...state.tokens, token];
        return HttpResponse.json({ ...token, token: SECRET }, { status: 201 });
      }),
      http.delete('*/api/tokens/:id', ({ params }) => {
        state.revoked.push(String(params.id));
        state.tokens = state.tokens.filter((t) => t.id !== params.id);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    return state;
  }

  test('a new API token’s secret is shown once, with Copy, and is gone after Done', async () => {
    const state = signedIn();
    const { user } = renderApp('/account', { now: NOW });
    const writeText = stubClipboard();
    const section = await screen.findByRole('region', { name: 'API tokens' });
    const table = await within(section).findByRole('table');
    expect(within(table).getByRole('rowheader', { name: 'Nightly CSV' }).closest('tr')).toHaveTextContent(
      /Nightly CSV\s*Read only/,
    );

    const form = within(section).getByRole('form', { name: 'New API token' });
    await user.click(within(form).getByRole('button', { name: 'Create token' }));
    expect(within(form).getByLabelText('Name')).toHaveAccessibleDescription(
      /Name the token after the script that uses it/,
    );
    await user.type(within(form).getByLabelText('Name'), 'Newsroom bot');
    await user.click(within(form).getByRole('radio', { name: /Read and write/ }));
    await user.click(within(form).getByRole('button', { name: 'Create token' }));

    const reveal = await within(section).findByRole('region', { name: 'Your new token “Newsroom bot”' });
    expect(state.created).toEqual([{ name: 'Newsroom bot', scope: 'read-write' }]);
    expect(reveal).toHaveTextContent('Copy it now: it will not be shown again.');
    expect(within(reveal).getByLabelText('Token')).toHaveValue(SECRET);
    await user.click(within(reveal).getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith(SECRET);
    expect(within(reveal).getByRole('button', { name: 'Copied' })).toBeInTheDocument();
    expect(await within(table).findByRole('rowheader', { name: 'Newsroom bot' })).toBeInTheDocument();

    await user.click(within(reveal).getByRole('button', { name: 'Done' }));
    expect(within(section).queryByRole('region', { name: /Your new token/ })).not.toBeInTheDocument();
    expect(screen.queryByDisplayValue(SECRET)).not.toBeInTheDocument();
    expect(document.body.textContent).not.toContain(SECRET);
  });

  test('revoking a token asks first, and Cancel keeps it', async () => {
    const state = signedIn();
    const { user } = renderApp('/account', { now: NOW });
    const section = await screen.findByRole('region', { name: 'API tokens' });
    await user.click(await within(section).findByRole('button', { name: 'Revoke “Nightly CSV”' }));
    let dialog = await screen.findByRole('dialog', { name: 'Revoke “Nightly CSV”?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(state.revoked).toEqual([]);

    await user.click(within(section).getByRole('button', { name: 'Revoke “Nightly CSV”' }));
    dialog = await screen.findByRole('dialog', { name: 'Revoke “Nightly CSV”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Revoke token' }));
    expect(await screen.findByText('Revoked “Nightly CSV”')).toBeInTheDocument();
    expect(state.revoked).toEqual(['tok_1']);
    expect(await within(section).findByText('No tokens yet.')).toBeInTheDocument();
  });

  test('a viewer’s tokens read only', async () => {
    signedIn(sessionAs(ACCOUNTS.viewer));
    renderApp('/account', { now: NOW });
    const form = await screen.findByRole('form', { name: 'New API token' });
    expect(within(form).getByRole('radio', { name: /Read and write/ })).toBeDisabled();
    expect(within(form).getByRole('radio', { name: /Read only/ })).toBeChecked();
  });

  test('changes the name, and asks for nothing else', async () => {
    const state = signedIn();
    const patches: unknown[] = [];
    mockServer.use(
      http.patch('*/api/account', async ({ request }) => {
        const patch = (await request.json()) as { name?: string };
        patches.push(patch);
        state.session = { ...state.session, account: { ...state.session.account!, ...patch } };
        return HttpResponse.json(state.session.account);
      }),
    );
    const { user } = renderApp('/account', { now: NOW });
    const form = await screen.findByRole('form', { name: 'Your name' });
    const save = within(form).getByRole('button', { name: 'Save name' });
    expect(save).toBeDisabled();
    await user.clear(within(form).getByLabelText('Name'));
    await user.type(within(form).getByLabelText('Name'), 'Olena K.');
    await user.click(save);
    expect(await screen.findByText('Your name is saved')).toBeInTheDocument();
    expect(patches).toEqual([{ name: 'Olena K.' }]);
    expect(await screen.findByRole('button', { name: 'Olena K., Editor' })).toBeInTheDocument();
  });

  test('a new email waits for the link sent to it, and says the same whoever has the address', async () => {
    const state = signedIn();
    const { user } = renderApp('/account', { now: NOW });
    const section = await screen.findByRole('region', { name: 'Email' });
    expect(section).toHaveTextContent(`You sign in with ${ACCOUNTS.editor.email}.`);
    const form = within(section).getByRole('form', { name: 'Change email' });
    await user.type(within(form).getByLabelText('New email'), ACCOUNTS.editor.email!);
    await user.click(within(form).getByRole('button', { name: 'Change email' }));
    expect(within(form).getByLabelText('New email')).toHaveAccessibleDescription(/This is already your email/);
    expect(state.emailRequests).toEqual([]);

    await user.clear(within(form).getByLabelText('New email'));
    await user.type(within(form).getByLabelText('New email'), ' Olena.K@Example.org ');
    await user.click(within(form).getByRole('button', { name: 'Change email' }));
    expect(await screen.findByText('Link sent')).toBeInTheDocument();
    expect(state.emailRequests).toEqual(['olena.k@example.org']);
    const waiting = within(section).getByRole('status');
    expect(waiting).toHaveTextContent('Waiting for confirmation. A link to confirm olena.k@example.org was sent');
    expect(waiting).toHaveTextContent(`Until it is opened, you sign in with ${ACCOUNTS.editor.email}.`);
    // The account itself is unchanged until the link is opened.
    expect(section).toHaveTextContent(`You sign in with ${ACCOUNTS.editor.email}.`);
    expect(within(form).getByLabelText('New email')).toHaveValue('');

    await user.click(within(section).getByRole('button', { name: 'Drop this change' }));
    expect(await screen.findByText('Change dropped')).toBeInTheDocument();
    expect(within(section).queryByText(/Waiting for confirmation/)).not.toBeInTheDocument();
  });

  test('a change already waiting is shown when the page opens', async () => {
    const state = signedIn();
    state.pending = { email: 'later@example.org', expiresAt: '2025-09-02T12:00:00.000Z' };
    renderApp('/account', { now: NOW });
    const section = await screen.findByRole('region', { name: 'Email' });
    expect(await within(section).findByRole('status')).toHaveTextContent(/confirm later@example\.org/);
  });

  test('changes the password; a wrong current one is said by its field', async () => {
    signedIn();
    const sent: unknown[] = [];
    mockServer.use(
      http.put('*/api/account/password', async ({ request }) => {
        const body = (await request.json()) as { current: string; next: string };
        sent.push(body);
        if (body.current !== 'the old password') {
          return HttpResponse.json(
            {
              error: {
                code: 'invalid_input',
                message: 'The request body is not valid.',
                issues: [{ path: 'current', message: 'This is not your current password' }],
              },
            },
            { status: 400 },
          );
        }
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user } = renderApp('/account', { now: NOW });
    const form = await screen.findByRole('form', { name: 'Change password' });
    await user.type(within(form).getByLabelText('Current password'), 'a wrong guess');
    await user.type(within(form).getByLabelText('New password'), 'a brand new passphrase');
    await user.type(within(form).getByLabelText('New password again'), 'a brand new passphrase');
    await user.click(within(form).getByRole('button', { name: 'Change password' }));
    await waitFor(() =>
      expect(within(form).getByLabelText('Current password')).toHaveAccessibleDescription(
        'This is not your current password',
      ),
    );
    await user.clear(within(form).getByLabelText('Current password'));
    await user.type(within(form).getByLabelText('Current password'), 'the old password');
    await user.click(within(form).getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('Password changed')).toBeInTheDocument();
    expect(sent.at(-1)).toEqual({ current: 'the old password', next: 'a brand new passphrase' });
    expect(within(form).getByLabelText('New password')).toHaveValue('');
  });

  test('“Sign out everywhere” asks, then ends every session and goes to sign in', async () => {
    const state = signedIn();
    let ended = 0;
    mockServer.use(
      http.post('*/api/session/everywhere', () => {
        ended += 1;
        state.session = sessionAs(null);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user, router } = renderApp('/account', { now: NOW });
    await user.click(await screen.findByRole('button', { name: 'Sign out everywhere' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sign out everywhere?' });
    expect(dialog).toHaveTextContent('this one too');
    await user.click(within(dialog).getByRole('button', { name: 'Sign out everywhere' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(ended).toBe(1);
    expect(await screen.findByText('Signed out everywhere')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
  });

  test('signed out, the page asks to sign in; in the demo, it says there are no accounts', async () => {
    mockServer.use(http.get('*/api/session', () => HttpResponse.json(sessionAs(null))));
    const first = renderApp('/account', { now: NOW });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to see your account' })).toBeInTheDocument();
    first.unmount();
    mockServer.resetHandlers();
    renderApp('/account', { now: NOW });
    expect(await screen.findByRole('heading', { level: 1, name: 'This demo has no accounts' })).toBeInTheDocument();
  });
});

describe('the admin page', () => {
  const LOCKED_UNTIL = '2025-09-01T12:15:00.000Z';

  function asAdmin() {
    const state = {
      users: [
        {
          id: ACCOUNTS.admin.id,
          name: 'Ada Admin',
          email: 'ada@example.org',
          role: 'admin',
          createdAt: '2025-08-01T09:00:00.000Z',
          lockedUntil: null,
          failedSignIns: 0,
        },
        {
          id: ACCOUNTS.viewer.id,
          name: 'Vera Viewer',
          email: 'vera@example.org',
          role: 'viewer',
          createdAt: '2025-08-10T09:00:00.000Z',
          lockedUntil: LOCKED_UNTIL,
          failedSignIns: 10,
        },
      ] as UserSummary[],
      invites: [] as Invite[],
      inviteBodies: [] as unknown[],
      rolePatches: [] as unknown[],
      unlocked: [] as string[],
      visibility: 'public' as 'public' | 'private',
    };
    mockServer.use(
      http.get('*/api/session', () => HttpResponse.json(sessionAs(ACCOUNTS.admin, state.visibility))),
      http.get('*/api/users', () => HttpResponse.json({ items: state.users })),
      http.patch('*/api/users/:id', async ({ params, request }) => {
        const body = (await request.json()) as { role: UserSummary['role'] };
        state.rolePatches.push({ id: params.id, ...body });
        const user = { ...state.users.find((u) => u.id === params.id)!, role: body.role };
        state.users = state.users.map((u) => (u.id === user.id ? user : u));
        return HttpResponse.json(user);
      }),
      http.post('*/api/users/:id/unlock', ({ params }) => {
        state.unlocked.push(String(params.id));
        const user = { ...state.users.find((u) => u.id === params.id)!, lockedUntil: null, failedSignIns: 0 };
        state.users = state.users.map((u) => (u.id === user.id ? user : u));
        return HttpResponse.json(user);
      }),
      http.get('*/api/invites', () => HttpResponse.json({ items: state.invites })),
      http.post('*/api/invites', async ({ request }) => {
        const body = (await request.json()) as { role: Invite['role']; note?: string };
        state.inviteBodies.push(body);
        const invite: Invite = {
          id: 'inv_1',
          role: body.role,
          ...(body.note ? { note: body.note } : {}),
          createdAt: '2025-09-01T12:00:00.000Z',
          expiresAt: '2025-09-08T12:00:00.000Z',
          createdBy: 'Ada Admin',
        };
        state.invites = [...state.invites, invite];
        return HttpResponse.json({ ...invite, token: INVITE_TOKEN }, { status: 201 });
      }),
      http.get('*/api/settings', () => HttpResponse.json({ visibility: state.visibility })),
      http.put('*/api/settings', async ({ request }) => {
        state.visibility = ((await request.json()) as { visibility: 'public' | 'private' }).visibility;
        return HttpResponse.json({ visibility: state.visibility });
      }),
    );
    return state;
  }

  test('an invite shows its link once, with Copy, then waits in the list', async () => {
    const state = asAdmin();
    const { user } = renderApp('/admin', { now: NOW });
    const writeText = stubClipboard();
    const section = await screen.findByRole('region', { name: 'Invites' });
    expect(await within(section).findByText(/None: every invite has been used/)).toBeInTheDocument();
    const form = within(section).getByRole('form', { name: 'New invite' });
    expect(within(form).getByLabelText('Role')).toHaveValue('editor');
    await user.type(within(form).getByLabelText('Note (optional)'), 'For Marta, night desk');
    await user.click(within(form).getByRole('button', { name: 'Create invite link' }));

    const reveal = await within(section).findByRole('region', { name: 'Invite link for an editor' });
    // The link carries the admin's language, so the invited person reads the page as it was sent.
    const link = `${window.location.origin}/invite?lang=en#token=${INVITE_TOKEN}`;
    expect(within(reveal).getByLabelText('Invite link')).toHaveValue(link);
    expect(reveal).toHaveTextContent('Copy it now: it will not be shown again.');
    await user.click(within(reveal).getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith(link);
    expect(state.inviteBodies).toEqual([{ role: 'editor', note: 'For Marta, night desk' }]);

    const pending = await within(section).findByRole('list', { name: 'Pending invites' });
    expect(pending).toHaveTextContent('Editor For Marta, night desk');
    expect(pending).toHaveTextContent('By Ada Admin');
    await user.click(within(reveal).getByRole('button', { name: 'Done' }));
    expect(document.body.textContent).not.toContain(INVITE_TOKEN);
  });

  test('a role changes from its select, at once', async () => {
    const state = asAdmin();
    const { user } = renderApp('/admin', { now: NOW });
    const select = await screen.findByLabelText('Role of Vera Viewer');
    expect(select).toHaveValue('viewer');
    await user.selectOptions(select, 'Editor');
    expect(await screen.findByText('Vera Viewer is now an editor')).toBeInTheDocument();
    expect(state.rolePatches).toEqual([{ id: ACCOUNTS.viewer.id, role: 'editor' }]);
    expect(select).toHaveValue('editor');
  });

  test('the last admin cannot be taken away: the server’s reason shows by the select, which goes back', async () => {
    asAdmin();
    mockServer.use(
      http.patch('*/api/users/:id', () =>
        HttpResponse.json(
          {
            error: {
              code: 'invalid_input',
              message: 'A tracker needs at least one admin. Make someone else an admin first.',
            },
          },
          { status: 400 },
        ),
      ),
    );
    const { user } = renderApp('/admin', { now: NOW });
    const select = await screen.findByLabelText('Role of Ada Admin');
    await user.selectOptions(select, 'Editor');
    expect(
      await screen.findByText('A tracker needs at least one admin. Make someone else an admin first.'),
    ).toBeInTheDocument();
    expect(select).toHaveValue('admin');
    expect(select).toHaveAccessibleDescription('A tracker needs at least one admin. Make someone else an admin first.');
  });

  test('a locked account says so, and the lockout can be lifted', async () => {
    const state = asAdmin();
    const { user } = renderApp('/admin', { now: NOW });
    const row = (await screen.findByRole('rowheader', { name: /Vera Viewer/ })).closest('tr')!;
    expect(row).toHaveTextContent('Locked');
    expect(row).toHaveTextContent('after 10 failed sign-ins');
    await user.click(within(row).getByRole('button', { name: 'Lift lockout for Vera Viewer' }));
    expect(await screen.findByText('Vera Viewer can sign in again')).toBeInTheDocument();
    expect(state.unlocked).toEqual([ACCOUNTS.viewer.id]);
    expect(row).toHaveTextContent('Active');
    expect(within(row).queryByRole('button', { name: /Lift lockout/ })).not.toBeInTheDocument();
  });

  test('one cannot remove oneself; removing someone else asks first', async () => {
    const state = asAdmin();
    let removed: string | null = null;
    mockServer.use(
      http.delete('*/api/users/:id', ({ params }) => {
        removed = String(params.id);
        state.users = state.users.filter((u) => u.id !== params.id);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user } = renderApp('/admin', { now: NOW });
    const me = (await screen.findByRole('rowheader', { name: /Ada Admin/ })).closest('tr')!;
    expect(me).toHaveTextContent('(you)');
    expect(within(me).queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove Vera Viewer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove Vera Viewer?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
    expect(await screen.findByText('Removed Vera Viewer')).toBeInTheDocument();
    expect(removed).toBe(ACCOUNTS.viewer.id);
    expect(screen.queryByRole('rowheader', { name: /Vera Viewer/ })).not.toBeInTheDocument();
  });

  test('makes the tracker private', async () => {
    const state = asAdmin();
    const { user } = renderApp('/admin', { now: NOW });
    const form = await screen.findByRole('form', { name: 'Who may read' });
    expect(within(form).getByRole('radio', { name: /Public/ })).toBeChecked();
    expect(within(form).getByRole('button', { name: 'Saved' })).toBeDisabled();
    await user.click(within(form).getByRole('radio', { name: /Private/ }));
    await user.click(within(form).getByRole('button', { name: 'Make it private' }));
    expect(await screen.findByText('The tracker is private')).toBeInTheDocument();
    expect(state.visibility).toBe('private');
    expect(within(form).getByRole('radio', { name: /Private/ })).toBeChecked();
  });

  test('is for admins only', async () => {
    mockServer.use(http.get('*/api/session', () => HttpResponse.json(sessionAs(ACCOUNTS.editor))));
    renderApp('/admin', { now: NOW });
    expect(await screen.findByRole('heading', { level: 1, name: 'Only admins run the tracker' })).toBeInTheDocument();
  });
});
