// @vitest-environment jsdom
// Moving a pledge to the trash and back, and setting it back to an earlier version from its
// history: through the real app and the mock API.
import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { etagFor } from '@shared/contract';
import type { MockBackend } from '@mocks/backend';
import { mockServer, resetMockStore } from '@mocks/node';
import { renderApp } from '@client/test-utils/render-app';
import { ACCOUNTS, serveSession, sessionAs } from '@client/test-utils/session';

const NOW = '2025-09-01T12:00:00Z';
const ID = 'security-guarantees-in-writing';
const TITLE = 'Put the security guarantees for Ukraine in writing';
let backend: MockBackend;

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
beforeEach(async () => {
  backend = await resetMockStore({ now: Date.parse(NOW) });
});
afterEach(() => mockServer.resetHandlers());
afterAll(() => mockServer.close());

describe('the trash', () => {
  test('move to trash: out of the list, the toast undoes it; the trash page restores it', async () => {
    const { user, router } = renderApp(`/pledges/${ID}`, { now: NOW });
    await user.click(await screen.findByRole('button', { name: 'Move to trash' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(await screen.findByText(`“${TITLE}” is in the trash`)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('link', { name: TITLE })).not.toBeInTheDocument());
    expect(screen.getByText('3 pledges')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('link', { name: TITLE })).toBeInTheDocument();
    expect((await backend.store.history(ID)).map((e) => e.kind)).toEqual(['created', 'deleted', 'restored']);
  });

  test('a pledge in the trash says so on its page, and comes back from the trash page', async () => {
    const res = await backend.actingAs('Anna Kovalenko').request(`/api/pledges/${ID}`, {
      method: 'DELETE',
      headers: { 'If-Match': etagFor(1) },
    });
    expect(res.status).toBe(200);
    const { user, router } = renderApp(`/pledges/${ID}`, { now: NOW });
    const notice = (await screen.findByRole('heading', { level: 1, name: 'This pledge is in the trash' }))
      .parentElement!;
    expect(notice).toHaveTextContent('Anna Kovalenko moved this pledge to the trash just now.');
    await user.click(screen.getByRole('link', { name: 'See everything in the trash' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/trash'));
    const list = await screen.findByRole('list', { name: 'Pledges in the trash' });
    expect(list).toHaveTextContent(TITLE);
    await user.click(within(list).getByRole('button', { name: `Restore “${TITLE}”` }));
    expect(await screen.findByRole('heading', { name: 'The trash is empty' })).toBeInTheDocument();
    expect((await backend.store.get(ID))?.deletedAt).toBeNull();
  });

  test('a reader is told who trashed it and when, and gets the way back to the list, not Restore', async () => {
    serveSession(sessionAs(ACCOUNTS.viewer));
    const res = await backend.actingAs('Anna Kovalenko').request(`/api/pledges/${ID}`, {
      method: 'DELETE',
      headers: { 'If-Match': etagFor(1) },
    });
    expect(res.status).toBe(200);
    const { user, router } = renderApp(`/pledges/${ID}`, { now: NOW });
    const notice = (await screen.findByRole('heading', { level: 1, name: 'This pledge is in the trash' }))
      .parentElement!;
    expect(notice).toHaveTextContent(
      'Anna Kovalenko moved this pledge to the trash just now. It is out of every list, feed and count, with its history kept.',
    );
    expect(await within(notice).findByText(TITLE)).toBeInTheDocument();
    expect(within(notice).queryByRole('button', { name: /Restore/ })).not.toBeInTheDocument();
    await user.click(within(notice).getByRole('link', { name: 'Back to the pledges' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });
});

describe('reverting from the history', () => {
  test('set back to version 1 after two edits, as a new version; undo goes forward again', async () => {
    for (const [version, title] of [
      [1, 'Second title'],
      [2, 'Third title'],
    ] as const) {
      const res = await backend.app.request(`/api/pledges/${ID}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', 'If-Match': etagFor(version) },
        body: JSON.stringify({ title }),
      });
      expect(res.status).toBe(200);
    }
    const { user } = renderApp(`/pledges/${ID}`, { now: NOW });
    expect(await screen.findByRole('heading', { level: 1, name: 'Third title' })).toBeInTheDocument();
    const history = await screen.findByRole('list', { name: 'Changes, newest first' });
    const first = within(history)
      .getAllByRole('listitem')
      .find((li) => li.textContent?.includes('added this pledge'))!;
    await user.click(within(first).getByRole('button', { name: 'Revert to this version' }));
    await user.click(within(first).getByRole('button', { name: 'Revert to version 1' }));
    expect(await screen.findByRole('heading', { level: 1, name: TITLE })).toBeInTheDocument();
    await waitFor(() => expect(history).toHaveTextContent('Demo editor set it back to version 1'));
    expect((await backend.store.get(ID))?.version).toBe(4);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Third title' })).toBeInTheDocument();
    expect((await backend.store.get(ID))?.version).toBe(5);
  });
});
