// @vitest-environment jsdom
// Who sees which controls: a signed-out visitor of a public tracker and a viewer read everything
// and see no control that would change it (list, pledge page, parties, trash, saved views); an
// editor sees them all; the demo's editor too. A private tracker shows a visitor the way in.
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { etagFor, type SessionInfo } from '@shared/contract';
import type { MockBackend } from '@mocks/backend';
import { mockServer, resetMockStore } from '@mocks/node';
import { renderApp } from '@client/test-utils/render-app';
import { ACCOUNTS, serveSession, servePrivateSignedOut, sessionAs } from '@client/test-utils/session';

const NOW = '2025-09-01T12:00:00Z';
const GUARANTEES = 'Put the security guarantees for Ukraine in writing';
const WEAPONS_ID = 'ukraine-buys-us-weapons';
let backend: MockBackend;

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
beforeEach(async () => {
  backend = await resetMockStore({ now: Date.parse(NOW) });
  // A second version, so the history has something to revert to.
  const res = await backend.app.request(`/api/pledges/${WEAPONS_ID}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', 'If-Match': etagFor(1) },
    body: JSON.stringify({ tags: ['arms', 'renamed'] }),
  });
  expect(res.status).toBe(200);
  await backend.store.createView({
    slug: 'k7m2xq9',
    name: 'Overdue',
    query: 'state=overdue',
    createdAt: '2025-09-01T10:00:00.000Z',
    updatedAt: '2025-09-01T10:00:00.000Z',
  });
});
afterEach(() => mockServer.resetHandlers());
afterAll(() => mockServer.close());

const EDIT_BUTTONS = [
  /Mark verdict/,
  /Change verdict/,
  /Move to trash/,
  /Record a delivery/,
  /Add evidence/,
  /Revert to this version/,
  /^Remove/,
  /^Restore/,
  /^Save view$/,
];

function expectNoEditControls() {
  for (const name of EDIT_BUTTONS) expect(screen.queryAllByRole('button', { name }), String(name)).toEqual([]);
  for (const name of [/^Edit$/, 'New pledge', 'Add from article'])
    expect(screen.queryAllByRole('link', { name }), String(name)).toEqual([]);
}

/** Waits until the header shows who this is: only then is "no controls" a finding, not a race. */
async function seenAs(info: SessionInfo) {
  const nav = await screen.findByRole('navigation', { name: 'Main' });
  if (!info.accounts) await within(nav).findByText('Demo editor');
  else if (info.account) await within(nav).findByRole('button', { name: new RegExp(info.account.name) });
  else await within(nav).findByRole('link', { name: 'Sign in' });
}

async function visit(url: string, info: SessionInfo) {
  const app = renderApp(url, { now: NOW });
  await seenAs(info);
  return app;
}

describe.each([
  ['a signed-out visitor of a public tracker', sessionAs(null, 'public')],
  ['a viewer', sessionAs(ACCOUNTS.viewer)],
])('%s', (_who, info) => {
  beforeEach(() => serveSession(info));

  test('reads the list with no verdict buttons, no new-pledge links and no "Save view"', async () => {
    await visit('/', info);
    const list = await screen.findByRole('list', { name: 'Pledges' });
    expect(within(list).getAllByRole('article')).toHaveLength(4);
    expectNoEditControls();
  });

  test('reads a pledge, its deliveries and history, with nothing to change them', async () => {
    await visit(`/pledges/${WEAPONS_ID}`, info);
    await screen.findByRole('heading', { level: 1, name: 'Buy about $90 billion of American weapons' });
    const history = await screen.findByRole('list', { name: 'Changes, newest first' });
    expect(history).toHaveTextContent('Demo editor made a change');
    expectNoEditControls();
  });

  test('reads the parties with no rename or merge', async () => {
    await visit('/parties', info);
    const table = await screen.findByRole('table', { name: /parties/ });
    expect(within(table).getByRole('rowheader', { name: /^Ukraine\b/ })).toBeInTheDocument();
    expect(within(table).queryAllByRole('button', { name: /^Edit |Merge into/ })).toEqual([]);
    expect(within(table).queryByRole('columnheader', { name: 'Actions' })).not.toBeInTheDocument();
  });

  test('reads the trash with no restore', async () => {
    const res = await backend.app.request('/api/pledges/security-guarantees-in-writing', {
      method: 'DELETE',
      headers: { 'If-Match': etagFor(1) },
    });
    expect(res.status).toBe(200);
    await visit('/trash', info);
    const list = await screen.findByRole('list', { name: 'Pledges in the trash' });
    expect(list).toHaveTextContent(GUARANTEES);
    expectNoEditControls();
  });

  test('opens saved views but cannot rename or delete them', async () => {
    const { user } = await visit('/', info);
    await user.click(await screen.findByRole('button', { name: /^Saved views/ }));
    const list = await screen.findByRole('list', { name: 'Saved views' });
    expect(within(list).getByRole('link', { name: 'Overdue' })).toBeInTheDocument();
    expect(within(list).queryAllByRole('button')).toEqual([]);
  });

  test('is told what it would take on an editor’s page, not shown the form', async () => {
    await visit('/pledges/new', info);
    if (info.account) {
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Your account can read, not change' }),
      ).toBeInTheDocument();
      expect(screen.getByText(/ask an admin of this tracker to make you an editor/)).toBeInTheDocument();
    } else {
      expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to record a pledge' })).toBeInTheDocument();
      const main = screen.getByRole('main');
      expect(within(main).getByRole('link', { name: 'Sign in' })).toHaveAttribute(
        'href',
        '/sign-in?next=%2Fpledges%2Fnew',
      );
    }
    expect(screen.queryByRole('textbox', { name: /Title/ })).not.toBeInTheDocument();
  });

  test('gets no edit form for a pledge, nor the intake', async () => {
    const first = await visit(`/pledges/${WEAPONS_ID}/edit`, info);
    const title = info.account ? 'Your account can read, not change' : 'Sign in to edit this pledge';
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe(`${title} · Pledge Tracker`));
    first.unmount();
    await visit('/intake', info);
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: info.account ? title : 'Sign in to add pledges from an article',
      }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /Article/i })).not.toBeInTheDocument();
  });
});

describe('an editor', () => {
  test('sees every control: list, pledge page, parties, trash, saved views', async () => {
    serveSession(sessionAs(ACCOUNTS.editor));
    const first = await visit('/', sessionAs(ACCOUNTS.editor));
    const list = await screen.findByRole('list', { name: 'Pledges' });
    expect(await within(list).findAllByRole('button', { name: /Mark verdict/ })).toHaveLength(4);
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'New pledge' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Add from article' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save view' })).toBeInTheDocument();
    await first.user.click(screen.getByRole('button', { name: /^Saved views/ }));
    expect(await screen.findByRole('button', { name: 'Rename “Overdue”' })).toBeInTheDocument();
    first.unmount();

    const page = await visit(`/pledges/${WEAPONS_ID}`, sessionAs(ACCOUNTS.editor));
    for (const name of [
      'Mark verdict',
      'Move to trash',
      'Record a delivery',
      'Add evidence',
      'Revert to this version',
    ]) {
      expect(await screen.findByRole('button', { name })).toBeInTheDocument();
    }
    expect(screen.getByRole('link', { name: 'Edit' })).toBeInTheDocument();
    page.unmount();

    const parties = await visit('/parties', sessionAs(ACCOUNTS.editor));
    expect(await screen.findByRole('button', { name: 'Edit Ukraine' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ukraine: Merge into…' })).toBeInTheDocument();
    parties.unmount();

    await backend.app.request('/api/pledges/security-guarantees-in-writing', {
      method: 'DELETE',
      headers: { 'If-Match': etagFor(1) },
    });
    await visit('/trash', sessionAs(ACCOUNTS.editor));
    expect(await screen.findByRole('button', { name: `Restore “${GUARANTEES}”` })).toBeInTheDocument();
  });

  test('in the demo, the demo editor sees the controls too, and no sign-in', async () => {
    const demo: SessionInfo = {
      account: { id: 'u_demo-editor', name: 'Demo editor', email: null, role: 'editor', needsPassword: false },
      visibility: 'public',
      accounts: false,
      via: 'demo',
    };
    await visit('/', demo);
    expect(await screen.findAllByRole('button', { name: /Mark verdict/ })).toHaveLength(4);
    expect(screen.queryByRole('link', { name: 'Sign in' })).not.toBeInTheDocument();
  });
});

describe('the header', () => {
  test('signed out: "Sign in", back to this page afterwards', async () => {
    serveSession(sessionAs(null));
    await visit('/parties?q=kyiv', sessionAs(null));
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/sign-in?next=%2Fparties%3Fq%3Dkyiv',
    );
  });

  test('signed in: the name and role, and a menu with Account, Admin (admins) and Sign out', async () => {
    serveSession(sessionAs(ACCOUNTS.admin));
    const { user } = await visit('/', sessionAs(ACCOUNTS.admin));
    const button = screen.getByRole('button', { name: 'Ada Admin, Admin' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(await screen.findByRole('link', { name: 'Account' })).toHaveAttribute('href', '/account');
    expect(screen.getByRole('link', { name: 'Admin' })).toHaveAttribute('href', '/admin');
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  test('an editor’s menu has no Admin', async () => {
    serveSession(sessionAs(ACCOUNTS.editor));
    const { user } = await visit('/', sessionAs(ACCOUNTS.editor));
    await user.click(screen.getByRole('button', { name: 'Olena Editor, Editor' }));
    expect(await screen.findByRole('link', { name: 'Account' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Admin' })).not.toBeInTheDocument();
  });

  test('the owner without a password yet is asked to finish setting up, and edits nothing until then', async () => {
    const owner = sessionAs({ ...ACCOUNTS.admin, email: null, needsPassword: true });
    serveSession(owner);
    await visit('/', owner);
    const notice = await screen.findByRole('region', { name: 'Account setup' });
    expect(within(notice).getByRole('link', { name: 'Finish setting up' })).toHaveAttribute('href', '/welcome');
    await screen.findByRole('list', { name: 'Pledges' });
    expectNoEditControls();
  });
});

describe('a private tracker, signed out', () => {
  test('every page is a calm panel with the way in, back to that page', async () => {
    servePrivateSignedOut();
    await visit('/pledges/security-guarantees-in-writing', sessionAs(null, 'private'));
    expect(await screen.findByRole('heading', { level: 1, name: 'This tracker is private' })).toBeInTheDocument();
    const panel = screen.getByRole('region', { name: 'This tracker is private' });
    expect(within(panel).getByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/sign-in?next=%2Fpledges%2Fsecurity-guarantees-in-writing',
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Parties' })).not.toBeInTheDocument();
    expect(document.title).toBe('This tracker is private · Pledge Tracker');
  });

  test('the list too, with no error state', async () => {
    servePrivateSignedOut();
    await visit('/?state=overdue', sessionAs(null, 'private'));
    expect(await screen.findByRole('heading', { level: 1, name: 'This tracker is private' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText(/could not be loaded/)).not.toBeInTheDocument());
    expect(screen.queryByRole('list', { name: 'Pledges' })).not.toBeInTheDocument();
  });

  test('the sign-in page itself stays open', async () => {
    servePrivateSignedOut();
    renderApp('/sign-in?next=/parties', { now: NOW });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'This tracker is private' })).not.toBeInTheDocument();
  });

  test('a session that ends while reading (a 401) turns the page into the panel', async () => {
    serveSession(sessionAs(ACCOUNTS.viewer, 'private'));
    const { queryClient } = await visit('/', sessionAs(ACCOUNTS.viewer, 'private'));
    await screen.findByRole('list', { name: 'Pledges' });
    // Signed out elsewhere: the next read is refused, the app asks again who is signed in, and follows.
    servePrivateSignedOut();
    await queryClient.invalidateQueries({ queryKey: ['pledges'] });
    expect(await screen.findByRole('heading', { level: 1, name: 'This tracker is private' })).toBeInTheDocument();
    expect(screen.queryByText(/could not be loaded/)).not.toBeInTheDocument();
  });
});

describe('a change refused for the role', () => {
  test('a 403 (made a viewer meanwhile) says why, and the controls go', async () => {
    serveSession(sessionAs(ACCOUNTS.editor));
    const { user } = await visit('/pledges/security-guarantees-in-writing', sessionAs(ACCOUNTS.editor));
    await screen.findByRole('button', { name: 'Move to trash' });
    // Meanwhile an admin made this editor a viewer: the server refuses, and says who may.
    serveSession(sessionAs({ ...ACCOUNTS.editor, role: 'viewer' }));
    mockServer.use(
      http.delete('*/api/pledges/*', () =>
        HttpResponse.json(
          {
            error: {
              code: 'forbidden',
              message: 'Your role (viewer) can read but not change the record. Ask an admin to make you an editor.',
            },
          },
          { status: 403 },
        ),
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Move to trash' }));
    expect(await screen.findByText(/Your role \(viewer\) can read but not change the record/)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Move to trash' })).not.toBeInTheDocument());
    expect(await screen.findByRole('button', { name: 'Olena Editor, Viewer' })).toBeInTheDocument();
  });
});

describe('a private tracker, signing in from its panel', () => {
  test('the panel leads to sign in, and back to the page, which now loads', async () => {
    servePrivateSignedOut();
    mockServer.use(
      http.post('*/api/session', () => {
        // Signed in: the reads are allowed again (the real API, behind these handlers).
        mockServer.resetHandlers();
        serveSession(sessionAs(ACCOUNTS.viewer, 'private'));
        return HttpResponse.json(sessionAs(ACCOUNTS.viewer, 'private'));
      }),
    );
    const { user, router } = await visit('/parties', sessionAs(null, 'private'));
    const panel = await screen.findByRole('region', { name: 'This tracker is private' });
    await user.click(within(panel).getByRole('link', { name: 'Sign in' }));
    const form = await screen.findByRole('form', { name: 'Sign in' });
    await user.type(within(form).getByLabelText('Email'), 'vera@example.org');
    await user.type(within(form).getByLabelText('Password'), 'correct horse battery');
    await user.click(within(form).getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/parties'));
    expect(await screen.findByRole('table', { name: /parties/ })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'This tracker is private' })).not.toBeInTheDocument();
  });
});
