// @vitest-environment jsdom
// Signing in and out against the mock API, with a real instance's answers put in front of it:
// success (back to where one came from), wrong credentials, too many attempts, a lockout.
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { SessionInfo } from '@shared/contract';
import { mockServer, resetMockStore } from '@mocks/node';
import { safeNext } from '@client/lib/session';
import { refusalReason, waitWords } from './sign-in-view';
import { renderApp } from '@client/test-utils/render-app';
import { ACCOUNTS, sessionAs } from '@client/test-utils/session';

const NOW = '2025-09-01T12:00:00Z';

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetMockStore({ now: Date.parse(NOW) }));
afterEach(() => mockServer.resetHandlers());
afterAll(() => mockServer.close());

/** A tracker with accounts: GET /api/session says whatever the last sign-in or sign-out made it. */
function instance(start: SessionInfo = sessionAs(null)) {
  const state = { session: start, signIns: [] as unknown[], signOuts: 0 };
  mockServer.use(
    http.get('*/api/session', () => HttpResponse.json(state.session)),
    http.delete('*/api/session', () => {
      state.signOuts += 1;
      state.session = sessionAs(null, state.session.visibility);
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return state;
}

function answerSignIn(reply: (body: { email: string; password: string }) => Response) {
  mockServer.use(
    http.post('*/api/session', async ({ request }) =>
      reply((await request.json()) as { email: string; password: string }),
    ),
  );
}

async function fill(user: ReturnType<typeof renderApp>['user'], email: string, password: string) {
  const form = await screen.findByRole('form', { name: 'Sign in' });
  await user.type(within(form).getByLabelText('Email'), email);
  await user.type(within(form).getByLabelText('Password'), password);
  await user.click(within(form).getByRole('button', { name: 'Sign in' }));
  return form;
}

describe('signing in', () => {
  test('with the right password: signed in, back on the page one came from, every query fresh', async () => {
    const state = instance();
    answerSignIn((body) => {
      state.signIns.push(body);
      state.session = sessionAs(ACCOUNTS.editor);
      return HttpResponse.json(state.session);
    });
    const { user, router } = renderApp('/sign-in?next=%2Fparties%3Fq%3Dkyiv', { now: NOW });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    await fill(user, ' Olena@Example.org ', 'correct horse battery');
    await waitFor(() => expect(router.state.location.href).toBe('/parties?q=kyiv'));
    expect(state.signIns).toEqual([{ email: 'olena@example.org', password: 'correct horse battery' }]);
    expect(await screen.findByText('Signed in as Olena Editor')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('button', { name: 'Olena Editor, Editor' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'New pledge' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Edit Ukraine' })).toBeInTheDocument();
  });

  test('a `next` that leaves the site is not followed: home instead', async () => {
    const state = instance();
    answerSignIn(() => HttpResponse.json((state.session = sessionAs(ACCOUNTS.viewer))));
    const { user, router } = renderApp('/sign-in?next=%2F%2Fevil.example%2Fphish', { now: NOW });
    await fill(user, 'vera@example.org', 'a password that works');
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Pledges' })).toBeInTheDocument();
  });

  test('wrong credentials say so, keep the email and clear the password', async () => {
    instance();
    answerSignIn(() =>
      HttpResponse.json({ error: { code: 'unauthenticated', message: 'Wrong email or password.' } }, { status: 401 }),
    );
    const { user, router } = renderApp('/sign-in', { now: NOW });
    const form = await fill(user, 'olena@example.org', 'not it');
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('That email and password do not match an account here. Check both and try again.');
    expect(within(form).getByLabelText('Email')).toHaveValue('olena@example.org');
    expect(within(form).getByLabelText('Password')).toHaveValue('');
    expect(router.state.location.pathname).toBe('/sign-in');
    // Still signed out, on the way in itself: the header offers no second "Sign in".
    expect(
      within(screen.getByRole('navigation', { name: 'Main' })).queryByRole('link', { name: 'Sign in' }),
    ).toBeNull();
  });

  test('too many attempts (429): the wait from Retry-After, and the reason when there is one', async () => {
    instance();
    answerSignIn(() =>
      HttpResponse.json(
        {
          error: {
            code: 'rate_limited',
            message: 'This account is locked for 15 minutes after 10 failed sign-ins. An admin can lift the lockout.',
          },
        },
        { status: 429, headers: { 'Retry-After': '900' } },
      ),
    );
    const { user } = renderApp('/sign-in', { now: NOW });
    const form = await fill(user, 'olena@example.org', 'guess number eleven');
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Too many attempts, try again in 15 min.');
    expect(alert).toHaveTextContent(
      'This account is locked for 15 minutes after 10 failed sign-ins. An admin can lift the lockout.',
    );
  });

  test('the server’s reason, without the wait the heading already counts', () => {
    expect(refusalReason('Too many failed sign-ins from your network. Try again in 4 s.', true)).toBe(
      'Too many failed sign-ins from your network.',
    );
    expect(refusalReason('Too many failed attempts for this account. Try again in 2 min.', true)).toBe(
      'Too many failed attempts for this account.',
    );
    const locked =
      'Sign-in to this account is locked after too many failed attempts. Try again in 15 min, or ask an admin to lift the lock.';
    expect(refusalReason(locked, true)).toBe(locked);
    expect(refusalReason('Too many sign-in attempts. Try again in 30 s.', true)).toBe('');
    expect(refusalReason('Too many sign-in attempts. Try again in 30 s.', false)).toBe(
      'Too many sign-in attempts. Try again in 30 s.',
    );
    expect(waitWords(45)).toBe('45 s');
    expect(waitWords(119)).toBe('119 s');
    expect(waitWords(900)).toBe('15 min');
  });

  test('a 429 whose message only repeats the wait shows the wait once', async () => {
    instance();
    answerSignIn(() =>
      HttpResponse.json(
        { error: { code: 'rate_limited', message: 'Too many sign-in attempts. Try again in 30 s.' } },
        { status: 429, headers: { 'Retry-After': '30' } },
      ),
    );
    const { user } = renderApp('/sign-in', { now: NOW });
    const form = await fill(user, 'olena@example.org', 'guess again');
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent(/^Too many attempts, try again in 30 s\.$/);
  });

  test('checks the fields before sending', async () => {
    instance();
    let posts = 0;
    answerSignIn(() => {
      posts += 1;
      return HttpResponse.json(sessionAs(null));
    });
    const { user } = renderApp('/sign-in', { now: NOW });
    const form = await screen.findByRole('form', { name: 'Sign in' });
    await user.type(within(form).getByLabelText('Email'), 'not an email');
    await user.click(within(form).getByRole('button', { name: 'Sign in' }));
    expect(within(form).getByLabelText('Email')).toHaveAccessibleDescription(
      /Use an email address such as name@example.org/,
    );
    expect(within(form).getByLabelText('Email')).toHaveFocus();
    expect(within(form).getByLabelText('Password')).toHaveAccessibleDescription('Enter your password');
    expect(posts).toBe(0);
  });

  test('already signed in: says as whom, and goes on', async () => {
    instance(sessionAs(ACCOUNTS.editor));
    const { user, router } = renderApp('/sign-in?next=/trash', { now: NOW });
    expect(await screen.findByRole('heading', { level: 1, name: 'You are signed in' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/trash'));
  });

  test('the demo has nothing to sign in to, and says so', async () => {
    renderApp('/sign-in', { now: NOW });
    expect(await screen.findByRole('heading', { level: 1, name: 'No sign-in in the demo' })).toBeInTheDocument();
  });
});

describe('signing out', () => {
  test('from the header menu: signed out, the controls go, the account page is left', async () => {
    const state = instance(sessionAs(ACCOUNTS.editor));
    mockServer.use(
      http.get('*/api/tokens', () => HttpResponse.json({ items: [] })),
      http.get('*/api/account/email', () => HttpResponse.json({ pending: null })),
    );
    const { user, router } = renderApp('/account', { now: NOW });
    expect(await screen.findByRole('heading', { level: 1, name: 'Your account' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Olena Editor, Editor' }));
    await user.click(await screen.findByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(state.signOuts).toBe(1);
    expect(await screen.findByText('Signed out')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'New pledge' })).not.toBeInTheDocument();
    await screen.findByRole('list', { name: 'Pledges' });
    expect(screen.queryAllByRole('button', { name: /Mark verdict/ })).toEqual([]);
  });
});

describe('where to go after signing in', () => {
  test('only a path on this site', () => {
    expect(safeNext('/parties?q=kyiv')).toBe('/parties?q=kyiv');
    expect(safeNext('/')).toBe('/');
    expect(safeNext('//evil.example')).toBeNull();
    expect(safeNext('/\\evil.example')).toBeNull();
    expect(safeNext('https://evil.example/')).toBeNull();
    expect(safeNext('javascript:alert(1)')).toBeNull();
    expect(safeNext('/\t/evil.example')).toBeNull();
    expect(safeNext('')).toBeNull();
    expect(safeNext(undefined)).toBeNull();
  });
});
