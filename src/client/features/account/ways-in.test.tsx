// @vitest-environment jsdom
// The links that make or move an account: the owner's first sign-in link (/welcome#token=…), an
// invite (/invite#token=…) and the link sent to a new email (/confirm-email#token=…). The token
// is sent once, in a POST body, and leaves the address bar.
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Account, SessionInfo } from '@shared/contract';
import { mockServer, resetMockStore } from '@mocks/node';
import { renderApp } from '@client/test-utils/render-app';
import { ACCOUNTS, sessionAs } from '@client/test-utils/session';
import { forgetConfirmAttempts } from './confirm-email-view';
import { forgetLinkAttempts } from './welcome-view';

const NOW = '2025-09-01T12:00:00Z';
const LINK = 'Abc123_-owner-first-start-token';
const INVITE = 'Inv1te_-token-for-marta-0001';

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetMockStore({ now: Date.parse(NOW) }));
afterEach(() => {
  mockServer.resetHandlers();
  forgetLinkAttempts();
  forgetConfirmAttempts();
});
afterAll(() => mockServer.close());

const OWNER: Account = { id: 'u_owner000001', name: 'Owner', email: null, role: 'admin', needsPassword: true };

/** A fresh instance: its owner signs in once with the printed link, then sets email and password. */
function freshInstance() {
  const state = {
    session: sessionAs(null) as SessionInfo,
    linkPosts: [] as unknown[],
    patches: [] as unknown[],
    passwords: [] as unknown[],
  };
  mockServer.use(
    http.get('*/api/session', () => HttpResponse.json(state.session)),
    http.post('*/api/session/link', async ({ request }) => {
      const body = (await request.json()) as { token: string };
      state.linkPosts.push(body);
      if (body.token !== LINK || state.linkPosts.length > 1)
        return HttpResponse.json(
          { error: { code: 'unauthenticated', message: 'This sign-in link is not valid.' } },
          { status: 401 },
        );
      state.session = sessionAs(OWNER);
      return HttpResponse.json(state.session);
    }),
    http.patch('*/api/account', async ({ request }) => {
      const patch = (await request.json()) as Partial<Account>;
      state.patches.push(patch);
      const account = { ...state.session.account!, ...patch };
      state.session = { ...state.session, account };
      return HttpResponse.json(account);
    }),
    http.put('*/api/account/password', async ({ request }) => {
      state.passwords.push(await request.json());
      state.session = { ...state.session, account: { ...state.session.account!, needsPassword: false } };
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return state;
}

describe('the owner’s first sign-in link', () => {
  test('signs in once, takes the token out of the address bar, then sets up the account', async () => {
    const state = freshInstance();
    const { user, router } = renderApp(`/welcome#token=${LINK}`, { now: NOW });
    const form = await screen.findByRole('form', { name: 'Finish setting up' });
    expect(state.linkPosts).toEqual([{ token: LINK }]);
    await waitFor(() => expect(router.state.location.href).toBe('/welcome'));
    expect(router.state.location.hash).toBe('');
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to your tracker' })).toBeInTheDocument();
    expect(within(form).getByLabelText('Your name')).toHaveValue('Owner');

    // Checked before anything is sent.
    await user.click(within(form).getByRole('button', { name: 'Save and start' }));
    expect(within(form).getByLabelText('Email')).toHaveAccessibleDescription(/Enter your email address/);
    expect(within(form).getByLabelText('Password')).toHaveAccessibleDescription(/Use at least 10 characters/);
    expect(state.patches).toEqual([]);

    await user.clear(within(form).getByLabelText('Your name'));
    await user.type(within(form).getByLabelText('Your name'), 'Nadia Owner');
    await user.type(within(form).getByLabelText('Email'), 'Nadia@Example.org');
    await user.type(within(form).getByLabelText('Password'), 'four unrelated words here');
    await user.type(within(form).getByLabelText('Password again'), 'four unrelated words her');
    await user.click(within(form).getByRole('button', { name: 'Save and start' }));
    expect(within(form).getByLabelText('Password again')).toHaveAccessibleDescription(
      /The two passwords are not the same/,
    );
    await user.type(within(form).getByLabelText('Password again'), 'e');
    await user.click(within(form).getByRole('button', { name: 'Save and start' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(state.patches).toEqual([{ name: 'Nadia Owner', email: 'nadia@example.org' }]);
    expect(state.passwords).toEqual([{ next: 'four unrelated words here' }]);
    expect(await screen.findByText('Your account is ready')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Nadia Owner, Admin' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Account setup' })).not.toBeInTheDocument();
    expect(await screen.findAllByRole('button', { name: /Mark verdict/ })).toHaveLength(4);
  });

  test('an email someone else has is said next to the field', async () => {
    const state = freshInstance();
    mockServer.use(
      http.patch('*/api/account', () =>
        HttpResponse.json(
          {
            error: {
              code: 'invalid_input',
              message: 'The request body is not valid.',
              issues: [{ path: 'email', message: 'Another account uses this email' }],
            },
          },
          { status: 400 },
        ),
      ),
    );
    const { user } = renderApp(`/welcome#token=${LINK}`, { now: NOW });
    const form = await screen.findByRole('form', { name: 'Finish setting up' });
    await user.type(within(form).getByLabelText('Email'), 'taken@example.org');
    await user.type(within(form).getByLabelText('Password'), 'four unrelated words here');
    await user.type(within(form).getByLabelText('Password again'), 'four unrelated words here');
    await user.click(within(form).getByRole('button', { name: 'Save and start' }));
    await waitFor(() =>
      expect(within(form).getByLabelText('Email')).toHaveAccessibleDescription(/Another account uses this email/),
    );
    expect(within(form).getByLabelText('Email')).toHaveFocus();
    expect(state.passwords).toEqual([]);
  });

  test('a used or expired link says what to do: restart the server for a new one', async () => {
    freshInstance();
    const { router } = renderApp('/welcome#token=Zzz999_-an-old-used-token', { now: NOW });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This sign-in link no longer works' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Restart the server: while no one has chosen a password, it prints a new link/),
    ).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in');
    expect(router.state.location.hash).toBe('');
  });

  test('a malformed token is not even sent', async () => {
    const state = freshInstance();
    renderApp('/welcome#token=<script>', { now: NOW });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This sign-in link no longer works' }),
    ).toBeInTheDocument();
    expect(state.linkPosts).toEqual([]);
  });

  test('signed in without a password yet: the form at once, no link needed', async () => {
    const state = freshInstance();
    state.session = sessionAs(OWNER);
    renderApp('/welcome', { now: NOW });
    expect(await screen.findByRole('form', { name: 'Finish setting up' })).toBeInTheDocument();
    expect(state.linkPosts).toEqual([]);
  });

  test('no link and nobody signed in: where the link comes from', async () => {
    freshInstance();
    renderApp('/welcome', { now: NOW });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This page opens from a sign-in link' }),
    ).toBeInTheDocument();
  });
});

/** An instance with one pending editor invite from Ada Admin. */
function withInvite() {
  const state = { session: sessionAs(null) as SessionInfo, accepted: [] as unknown[], checks: 0 };
  mockServer.use(
    http.get('*/api/session', () => HttpResponse.json(state.session)),
    http.post('*/api/invites/check', async ({ request }) => {
      state.checks += 1;
      const { token } = (await request.json()) as { token: string };
      if (token !== INVITE || state.accepted.length)
        return HttpResponse.json(
          { error: { code: 'not_found', message: 'This invite is not valid.' } },
          { status: 404 },
        );
      return HttpResponse.json({ role: 'editor', expiresAt: '2025-09-08T12:00:00.000Z', invitedBy: 'Ada Admin' });
    }),
    http.post('*/api/invites/accept', async ({ request }) => {
      const body = (await request.json()) as { token: string; name: string; email: string; password: string };
      state.accepted.push(body);
      state.session = sessionAs({
        id: 'u_marta000001',
        name: body.name,
        email: body.email,
        role: 'editor',
        needsPassword: false,
      });
      return HttpResponse.json(state.session, { status: 201 });
    }),
  );
  return state;
}

describe('an invite link', () => {
  test('says who invited whom as what, then makes the account and signs in', async () => {
    const state = withInvite();
    const { user, router } = renderApp(`/invite#token=${INVITE}`, { now: NOW });
    expect(await screen.findByRole('heading', { level: 1, name: 'Join this pledge tracker' })).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(main).toHaveTextContent(
      'Ada Admin invited you as an editor. Records pledges, edits them and marks verdicts.',
    );
    expect(main).toHaveTextContent('The invite works once, until 8 Sep 2025.');

    const form = screen.getByRole('form', { name: 'Accept the invite' });
    await user.type(within(form).getByLabelText('Your name'), 'Marta Kovalenko');
    await user.type(within(form).getByLabelText('Email'), 'marta@example.org');
    await user.type(within(form).getByLabelText('Password'), 'a long enough password');
    await user.type(within(form).getByLabelText('Password again'), 'a long enough password');
    await user.click(within(form).getByRole('button', { name: 'Join and sign in' }));

    await waitFor(() => expect(router.state.location.href).toBe('/'));
    expect(state.accepted).toEqual([
      { token: INVITE, name: 'Marta Kovalenko', email: 'marta@example.org', password: 'a long enough password' },
    ]);
    expect(await screen.findByText('Welcome, Marta Kovalenko')).toBeInTheDocument();
    expect(screen.getByText('You are signed in as an editor.')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Marta Kovalenko, Editor' })).toBeInTheDocument();
    expect(await screen.findAllByRole('button', { name: /Mark verdict/ })).toHaveLength(4);
  });

  test('a used, revoked or expired invite says so, and what to do', async () => {
    withInvite();
    renderApp('/invite#token=Old1nvite_-already-used-0', { now: NOW });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This invite link no longer works' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Ask the person who invited you for a new link/)).toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });

  test('an invite used up while the form was open says so on submit', async () => {
    withInvite();
    mockServer.use(
      http.post('*/api/invites/accept', () =>
        HttpResponse.json({ error: { code: 'not_found', message: 'This invite is not valid.' } }, { status: 404 }),
      ),
    );
    const { user } = renderApp(`/invite#token=${INVITE}`, { now: NOW });
    const form = await screen.findByRole('form', { name: 'Accept the invite' });
    await user.type(within(form).getByLabelText('Your name'), 'Marta');
    await user.type(within(form).getByLabelText('Email'), 'marta@example.org');
    await user.type(within(form).getByLabelText('Password'), 'a long enough password');
    await user.type(within(form).getByLabelText('Password again'), 'a long enough password');
    await user.click(within(form).getByRole('button', { name: 'Join and sign in' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This invite link no longer works' }),
    ).toBeInTheDocument();
  });

  test('opened while signed in: says accepting switches accounts', async () => {
    const state = withInvite();
    state.session = sessionAs(ACCOUNTS.viewer);
    renderApp(`/invite#token=${INVITE}`, { now: NOW });
    expect(
      await screen.findByText(/You are signed in as Vera Viewer. Accepting makes a new account/),
    ).toBeInTheDocument();
  });

  test('no token: where invites come from', async () => {
    withInvite();
    renderApp('/invite', { now: NOW });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This page opens from an invite link' }),
    ).toBeInTheDocument();
  });
});

describe('the link sent to a new email', () => {
  const TOKEN = 'Em41l_-confirm-token-000000001';

  function confirming(answer: () => Response) {
    const posts: unknown[] = [];
    mockServer.use(
      http.get('*/api/session', () => HttpResponse.json(sessionAs(null))),
      http.post('*/api/account/email/confirm', async ({ request }) => {
        posts.push(await request.json());
        return answer();
      }),
    );
    return posts;
  }

  test('confirms once, takes the token out of the address bar, and says which email signs in now', async () => {
    const posts = confirming(() => HttpResponse.json({ email: 'olena.k@example.org' }));
    const { router } = renderApp(`/confirm-email#token=${TOKEN}`, { now: NOW });
    expect(await screen.findByRole('heading', { level: 1, name: 'Your email is changed' })).toBeInTheDocument();
    expect(screen.getByText(/From now on you sign in with/)).toHaveTextContent('olena.k@example.org');
    expect(posts).toEqual([{ token: TOKEN }]);
    expect(router.state.location.href).toBe('/confirm-email');
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Sign in' })).toBeInTheDocument();
  });

  test('a used, replaced or expired link says so, and where to go', async () => {
    confirming(() =>
      HttpResponse.json(
        { error: { code: 'not_found', message: 'This confirmation link is not valid: it was used.' } },
        { status: 404 },
      ),
    );
    renderApp(`/confirm-email#token=${TOKEN}`, { now: NOW });
    expect(await screen.findByRole('heading', { level: 1, name: 'This link does not work' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('This confirmation link is not valid: it was used.');
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Sign in' })).toBeInTheDocument();
  });

  test('a malformed token is not even sent', async () => {
    const posts = confirming(() => HttpResponse.json({ email: 'x@example.org' }));
    renderApp('/confirm-email#token=not%20a%20token', { now: NOW });
    expect(await screen.findByRole('heading', { level: 1, name: 'This link does not work' })).toBeInTheDocument();
    expect(posts).toEqual([]);
  });
});
