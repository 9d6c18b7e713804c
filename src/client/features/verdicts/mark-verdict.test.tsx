// @vitest-environment jsdom
// Marking a verdict end to end against the mock API: optimistic, undoable, rolled back on failure.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { mockServer, resetMockStore } from '@mocks/node';
import { apiError, gate } from '@client/test-utils/mock-api';
import { renderApp } from '@client/test-utils/render-app';

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
// A fresh seeded store for each test, its clock pinned where the client's is.
beforeEach(() => resetMockStore({ now: Date.parse(NOW) }));
afterEach(() => mockServer.resetHandlers());
afterAll(() => mockServer.close());

const NOW = '2026-11-28T12:00:00Z';
const ID = 'security-guarantees-in-writing';
const TITLE = 'Put the security guarantees for Ukraine in writing';

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
  // Written as the app writes dates, whatever the browser shows in the input.
  expect(form.getByLabelText('Date it happened')).toHaveAccessibleDescription(/Sat 28 Nov 2026/);
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

  test('a conflict (412) says someone else changed it, and loads their version', async () => {
    const { user, article } = await openPledge();
    let reads = 0;
    mockServer.use(
      http.patch(`*/api/pledges/${ID}`, () =>
        apiError('precondition_failed', 'Someone changed this pledge since you loaded it.'),
      ),
      http.get(`*/api/pledges/${ID}`, () => {
        reads += 1; // then fall through to the real API
      }),
    );
    const dialog = await fillFulfilled(user);
    await user.click(within(dialog).getByRole('button', { name: 'Save verdict' }));
    const toast = (await screen.findByText('Not saved: someone else changed this pledge')).closest('li')!;
    expect(toast).toHaveTextContent('Their version is shown now');
    expect(article()).toHaveTextContent('Verdict: Open');
    await waitFor(() => expect(reads).toBeGreaterThan(0));
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
