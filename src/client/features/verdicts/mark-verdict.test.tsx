// @vitest-environment jsdom
// Marking a verdict end to end against the mock API: optimistic, undoable, rolled back on failure,
// and carried over someone else's save in between.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { etagFor } from '@shared/contract';
import type { MockBackend } from '@mocks/backend';
import { mockServer, resetMockStore } from '@mocks/node';
import { apiError, gate } from '@client/test-utils/mock-api';
import { renderApp } from '@client/test-utils/render-app';

const NOW = '2026-11-28T12:00:00Z';
const ID = 'security-guarantees-in-writing';
const TITLE = 'Put the security guarantees for Ukraine in writing';

let backend: MockBackend;
// The API's clock: where the client's is pinned, unless a test has someone act a while ago.
let serverNow = Date.parse(NOW);

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
// A fresh seeded store for each test.
beforeEach(async () => {
  serverNow = Date.parse(NOW);
  backend = await resetMockStore({ now: () => serverNow });
});
afterEach(() => mockServer.resetHandlers());
afterAll(() => mockServer.close());

/** Another editor, Anna, changes the pledge through the same API, `minutesAgo` before now. */
async function annaChanges(method: 'PATCH' | 'DELETE', body?: Record<string, unknown>, minutesAgo = 0) {
  const current = (await backend.store.get(ID))!;
  serverNow = Date.parse(NOW) - minutesAgo * 60_000;
  const res = await backend.actingAs('Anna Kovalenko').request(`/api/pledges/${ID}`, {
    method,
    headers: { 'Content-Type': 'application/json', 'If-Match': etagFor(current.version) },
    body: body ? JSON.stringify(body) : undefined,
  });
  serverNow = Date.parse(NOW);
  expect(res.status).toBe(200);
}

/** Counts the PATCHes the page sends (they still reach the API). */
function countPatches() {
  const sent = { count: 0 };
  mockServer.use(
    http.patch(`*/api/pledges/${ID}`, () => {
      sent.count += 1;
    }),
  );
  return sent;
}

async function openPledge() {
  const app = renderApp(`/pledges/${ID}`, { now: NOW });
  await screen.findByRole('heading', { level: 1, name: TITLE });
  return { ...app, article: () => screen.getByRole('article', { name: TITLE }) };
}

async function fillFulfilled(user: ReturnType<typeof renderApp>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Mark verdict' }));
  const dialog = await screen.findByRole('dialog', { name: 'Mark a verdict' });
  const form = within(dialog);
  expect(form.getByRole('radio', { name: /^Fulfilled/ })).toBeChecked();
  expect(form.getByLabelText('Date it happened')).toHaveValue('2026-11-28');
  await user.type(form.getByLabelText(/^Link/), 'https://example.org/guarantees-text');
  await user.type(form.getByLabelText('Note'), 'Published after the summit.');
  return dialog;
}

describe('marking a verdict', () => {
  test('updates the page at once, then persists with its history', async () => {
    const held = gate();
    mockServer.use(
      http.patch(`*/api/pledges/${ID}`, async () => {
        await held.wait; // then fall through to the real API
      }),
    );
    const { user, article } = await openPledge();
    const dialog = await fillFulfilled(user);
    await user.click(within(dialog).getByRole('button', { name: 'Save verdict' }));

    // At once, before the server has answered: the verdict, and the deadline state that follows from it.
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(article()).toHaveTextContent('Verdict: Fulfilled');
    expect(article()).toHaveTextContent('Deadline: Late');
    expect(article()).toHaveTextContent('fulfilled 457 days late');
    expect(within(article()).getByRole('link', { name: /example\.org/ })).toBeInTheDocument();
    expect(screen.getByText('Saving…')).toBeInTheDocument();

    held.open();
    expect(await screen.findByText('Marked Fulfilled')).toBeInTheDocument();
    const history = within(article()).getByRole('region', { name: 'History' });
    await waitFor(() => expect(history).toHaveTextContent(/Demo editor made a change/));
    expect(history).toHaveTextContent(/Verdict:\s*Open\s*→\s*changed to\s*Fulfilled/);
    expect(history).toHaveTextContent(/Date it happened:\s*not set\s*→\s*changed to\s*28 Nov 2026/);
    expect(history).toHaveTextContent(/Evidence:\s*added “example\.org”/);

    // A fresh page (new cache) reads it back from the API.
    cleanup();
    const again = await openPledge();
    expect(again.article()).toHaveTextContent('Verdict: Fulfilled');
    expect(again.article()).toHaveTextContent('Published after the summit.');
  });

  test('says whose name the history will carry, and asks for none', async () => {
    const { user } = await openPledge();
    const dialog = await fillFulfilled(user);
    expect(dialog).toHaveTextContent('Recorded in the history as Demo editor.');
    expect(within(dialog).queryByLabelText('Editing as')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Save verdict' }));
    await screen.findByText('Marked Fulfilled');
    expect(localStorage.getItem('pledge-tracker:editor')).toBeNull();
  });

  test('Undo puts it back as it was', async () => {
    const { user, article } = await openPledge();
    const dialog = await fillFulfilled(user);
    await user.click(within(dialog).getByRole('button', { name: 'Save verdict' }));
    const toast = (await screen.findByText('Marked Fulfilled')).closest('li')!;
    await user.click(within(toast).getByRole('button', { name: 'Undo' }));

    expect(article()).toHaveTextContent('Verdict: Open');
    expect(article()).toHaveTextContent('Deadline: Overdue');
    expect(await screen.findByText('Change undone')).toBeInTheDocument();
    const history = within(article()).getByRole('region', { name: 'History' });
    await waitFor(() => expect(history).toHaveTextContent(/Verdict:\s*Fulfilled\s*→\s*changed to\s*Open/));

    cleanup();
    const again = await openPledge();
    expect(again.article()).toHaveTextContent('Verdict: Open');
    expect(within(again.article()).getByRole('region', { name: 'Evidence' })).toHaveTextContent('None yet');
  });

  test('a failed save rolls back and says why', async () => {
    mockServer.use(
      http.patch(`*/api/pledges/${ID}`, () => apiError('internal', 'The store could not save this change.')),
    );
    const { user, article } = await openPledge();
    const dialog = await fillFulfilled(user);
    await user.click(within(dialog).getByRole('button', { name: 'Save verdict' }));

    const toast = (await screen.findByText(`Not saved: “${TITLE}” was left as it was`)).closest('li')!;
    expect(toast).toHaveTextContent('The store could not save this change.');
    expect(article()).toHaveTextContent('Verdict: Open');
    expect(article()).toHaveTextContent('Deadline: Overdue');

    // Nothing typed is lost: "Edit again" reopens the form as it was sent.
    await user.click(within(toast).getByRole('button', { name: 'Edit again' }));
    const reopened = await screen.findByRole('dialog');
    expect(within(reopened).getByLabelText(/^Link/)).toHaveValue('https://example.org/guarantees-text');
    expect(within(reopened).getByRole('alert')).toHaveTextContent('Not saved: The store could not save this change.');
  });

  test('a save in between that left the verdict alone: the verdict goes on top of it, once, and nothing is lost', async () => {
    const patches = countPatches();
    const { user, article } = await openPledge();
    const dialog = await fillFulfilled(user);
    await annaChanges('PATCH', { tags: ['written'], quote: 'to be formally written within ten days' });
    await user.click(within(dialog).getByRole('button', { name: 'Save verdict' }));

    const toast = (await screen.findByText('Marked Fulfilled')).closest('li')!;
    expect(toast).toHaveTextContent('with the change someone else saved meanwhile kept');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(patches.count).toBe(2);
    const stored = (await backend.store.get(ID))!;
    expect(stored).toMatchObject({
      verdict: 'fulfilled',
      resolvedOn: '2026-11-28',
      tags: ['written'],
      quote: 'to be formally written within ten days',
      version: 3,
    });
    expect(stored.evidence).toMatchObject([
      { url: 'https://example.org/guarantees-text', note: 'Published after the summit.' },
    ]);
    await waitFor(() => expect(article()).toHaveTextContent('Verdict: Fulfilled'));
    expect((await backend.store.history(ID)).map((e) => e.actor)).toEqual(['Seed', 'Anna Kovalenko', 'Demo editor']);
  });

  test('someone else set the verdict first: the form comes back with what was typed, and who set what', async () => {
    const { user, article } = await openPledge();
    const dialog = await fillFulfilled(user);
    await annaChanges(
      'PATCH',
      { verdict: 'broken', resolvedOn: '2026-11-20', evidence: [{ url: 'https://example.org/talks-collapsed' }] },
      3,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save verdict' }));

    const again = within(await screen.findByRole('dialog', { name: 'Change the verdict' }));
    const notice = again.getByRole('region', {
      name: 'Anna Kovalenko changed the verdict 3 minutes ago, while you were writing yours',
    });
    expect(notice).toHaveFocus();
    expect(notice).toHaveTextContent(/Verdict:\s*Open\s*→\s*changed to\s*Broken/);
    expect(notice).toHaveTextContent(/Date it happened:\s*not set\s*→\s*changed to\s*20 Nov 2026/);
    expect(notice).toHaveTextContent('Evidence: added “example.org”');
    // Everything typed is still there; their version is what the page shows behind the form.
    expect(again.getByRole('radio', { name: /^Fulfilled/ })).toBeChecked();
    expect(again.getByLabelText('Date it happened')).toHaveValue('2026-11-28');
    expect(again.getByLabelText(/^Link/)).toHaveValue('https://example.org/guarantees-text');
    expect(again.getByLabelText('Note')).toHaveValue('Published after the summit.');
    expect(article()).toHaveTextContent('Verdict: Broken');

    await user.click(again.getByRole('button', { name: 'Save mine instead' }));
    expect(await screen.findByText('Marked Fulfilled')).toBeInTheDocument();
    const stored = (await backend.store.get(ID))!;
    expect(stored).toMatchObject({ verdict: 'fulfilled', resolvedOn: '2026-11-28', version: 3 });
    expect(stored.evidence.map((e) => e.url)).toEqual([
      'https://example.org/talks-collapsed',
      'https://example.org/guarantees-text',
    ]);
  });

  test('keeping theirs closes the form and sends nothing more', async () => {
    const patches = countPatches();
    const { user, article } = await openPledge();
    const dialog = await fillFulfilled(user);
    await annaChanges('PATCH', { verdict: 'withdrawn', resolvedOn: '2026-11-27' });
    await user.click(within(dialog).getByRole('button', { name: 'Save verdict' }));

    const again = within(await screen.findByRole('dialog'));
    expect(again.getByRole('region', { name: /^Anna Kovalenko changed the verdict just now/ })).toHaveTextContent(
      /Verdict:\s*Open\s*→\s*changed to\s*Withdrawn/,
    );
    await user.click(again.getByRole('button', { name: 'Keep theirs' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(patches.count).toBe(1);
    expect((await backend.store.get(ID))?.verdict).toBe('withdrawn');
    expect(article()).toHaveTextContent('Verdict: Withdrawn');
  });

  test('a pledge moved to the trash meanwhile: says who and when, and keeps the verdict for after Restore', async () => {
    const { user } = await openPledge();
    const dialog = await fillFulfilled(user);
    await annaChanges('DELETE', undefined, 3);
    await user.click(within(dialog).getByRole('button', { name: 'Save verdict' }));

    const toast = (await screen.findByText(`Not saved: “${TITLE}” is in the trash`)).closest('li')!;
    expect(toast).toHaveTextContent('Anna Kovalenko moved this pledge to the trash 3 minutes ago.');
    expect(toast).not.toHaveTextContent('POST');
    const notice = (await screen.findByRole('heading', { level: 1, name: 'This pledge is in the trash' }))
      .parentElement!;
    expect(notice).toHaveTextContent('Anna Kovalenko moved this pledge to the trash 3 minutes ago.');

    await user.click(within(notice).getByRole('button', { name: `Restore “${TITLE}”` }));
    expect(await screen.findByRole('heading', { level: 1, name: TITLE })).toBeInTheDocument();
    await user.click(within(toast).getByRole('button', { name: 'Edit again' }));
    const again = within(await screen.findByRole('dialog'));
    expect(again.getByLabelText(/^Link/)).toHaveValue('https://example.org/guarantees-text');
    await user.click(again.getByRole('button', { name: 'Save verdict' }));
    expect(await screen.findByText('Marked Fulfilled')).toBeInTheDocument();
    expect((await backend.store.get(ID))?.verdict).toBe('fulfilled');
  });

  test('checks the form before sending, and shows each problem by its field', async () => {
    let patches = 0;
    mockServer.use(
      http.patch(`*/api/pledges/${ID}`, () => {
        patches += 1;
      }),
    );
    const { user } = await openPledge();
    await user.click(await screen.findByRole('button', { name: 'Mark verdict' }));
    const dialog = within(await screen.findByRole('dialog'));
    await user.type(dialog.getByLabelText(/^Link/), 'javascript:alert(1)');
    await user.click(dialog.getByRole('button', { name: 'Save verdict' }));

    const link = dialog.getByLabelText(/^Link/);
    expect(link).toHaveAttribute('aria-invalid', 'true');
    expect(link).toHaveAccessibleDescription(/Use a link that starts with http:\/\/ or https:\/\//);
    expect(link).toHaveFocus();

    fireEvent.change(dialog.getByLabelText('Date it happened'), { target: { value: '2026-12-25' } });
    await user.click(dialog.getByRole('button', { name: 'Save verdict' }));
    expect(dialog.getByLabelText('Date it happened')).toHaveAccessibleDescription(/cannot have happened after today/);
    expect(patches).toBe(0);
  });

  test('shows the server’s field issues next to the fields, like its own', async () => {
    mockServer.use(
      http.patch(`*/api/pledges/${ID}`, () =>
        apiError('invalid_input', 'The request body is not valid.', [
          { path: 'evidence.0.url', message: 'This address does not answer' },
        ]),
      ),
    );
    const { user, article } = await openPledge();
    const dialog = await fillFulfilled(user);
    await user.click(within(dialog).getByRole('button', { name: 'Save verdict' }));

    const reopened = within(await screen.findByRole('dialog'));
    expect(reopened.getByRole('alert')).toHaveTextContent('Not saved: The request body is not valid. See below.');
    expect(reopened.getByLabelText(/^Link/)).toHaveAccessibleDescription(/This address does not answer/);
    expect(reopened.getByLabelText(/^Link/)).toHaveValue('https://example.org/guarantees-text');
    expect(reopened.getByLabelText('Note')).toHaveValue('Published after the summit.');
    expect(article()).toHaveTextContent('Verdict: Open');
  });

  test('works from a list row, by keyboard, and Escape leaves the dialog without a change', async () => {
    const { user } = renderApp('/', { now: NOW });
    const row = (
      await screen.findByRole('heading', { name: 'Meet Vladimir Putin face to face to end the war' })
    ).closest('article')!;
    const button = await within(row).findByRole('button', { name: /Mark verdict/ });

    button.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();

    await user.keyboard('{Enter}');
    const dialog = within(await screen.findByRole('dialog'));
    await user.click(dialog.getByRole('radio', { name: /^Withdrawn/ }));
    await user.click(dialog.getByRole('button', { name: 'Save verdict' }));
    expect(row).toHaveTextContent('Verdict: Withdrawn');
    expect(await screen.findByText('Marked Withdrawn')).toBeInTheDocument();
  });
});
