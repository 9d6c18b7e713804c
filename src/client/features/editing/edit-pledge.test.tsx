// @vitest-environment jsdom
// Editing a pledge through the real app and the mock API: only changed fields are sent, the
// toast undoes, and a second editor's save in between leads to the conflict screen.
import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { etagFor, type Pledge } from '@shared/contract';
import type { MockBackend } from '@mocks/backend';
import { mockServer, resetMockStore } from '@mocks/node';
import { renderApp } from '@client/test-utils/render-app';

const NOW = '2025-09-01T12:00:00Z';
const ID = 'security-guarantees-in-writing';
let backend: MockBackend;
const patches: unknown[] = [];

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
beforeEach(async () => {
  backend = await resetMockStore({ now: Date.parse(NOW) });
  patches.length = 0;
  mockServer.events.on('request:start', ({ request }) => {
    if (request.method === 'PATCH')
      void request
        .clone()
        .json()
        .then((body: unknown) => patches.push(body));
  });
});
afterEach(() => {
  mockServer.resetHandlers();
  mockServer.events.removeAllListeners();
});
afterAll(() => mockServer.close());

/** Another editor saves through the same API. */
async function otherEditorSaves(patch: Record<string, unknown>) {
  const current = (await backend.store.get(ID))!;
  const res = await backend.app.request(`/api/pledges/${ID}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', 'If-Match': etagFor(current.version) },
    body: JSON.stringify(patch),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as Pledge;
}

describe('editing a pledge', () => {
  test('sends only what changed, lands on the pledge, and the toast undoes it', async () => {
    const { user, router } = renderApp(`/pledges/${ID}/edit`, { now: NOW });
    const title = await screen.findByLabelText('Title');
    expect(title).toHaveValue('Put the security guarantees for Ukraine in writing');
    await user.clear(title);
    await user.type(title, 'Write the security guarantees down');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/pledges/${ID}`));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Write the security guarantees down' }),
    ).toBeInTheDocument();
    expect(patches).toEqual([{ title: 'Write the security guarantees down' }]);
    expect(screen.getByText('Changes saved')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () =>
      expect((await backend.store.get(ID))?.title).toBe('Put the security guarantees for Ukraine in writing'),
    );
    expect((await backend.store.history(ID)).map((e) => e.actor)).toEqual(['Seed', 'Demo editor', 'Demo editor']);
  });

  test('a save in between shows both sides, field by field, and merges as chosen', async () => {
    const { user } = renderApp(`/pledges/${ID}/edit`, { now: NOW });
    const title = await screen.findByLabelText('Title');
    await otherEditorSaves({ title: 'Their title', tags: ['written'] });

    await user.clear(title);
    await user.type(title, 'My title');
    await user.type(screen.getByLabelText('Quote'), ' (as reported)');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const panel = await screen.findByRole('region', { name: 'Someone else saved this pledge while you were editing' });
    expect(panel).toHaveTextContent('It is now at version 2; you started from version 1.');
    const titleChoice = within(panel).getByRole('radiogroup', { name: 'Title' });
    expect(titleChoice).toHaveTextContent('Keep mine“My title”');
    expect(titleChoice).toHaveTextContent('Take theirs“Their title”');
    expect(within(panel).getByText('Your changes, to be saved').parentElement).toHaveTextContent('Quote');
    expect(within(panel).getByText('Their changes, kept').parentElement).toHaveTextContent(
      'Tags: security-guarantees, ukraine → written',
    );
    const save = within(panel).getByRole('button', { name: 'Choose for 1 more field' });
    expect(save).toBeDisabled();
    await user.click(within(titleChoice).getByRole('radio', { name: /Keep mine/ }));
    await user.click(within(panel).getByRole('button', { name: 'Save the merged pledge' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'My title' })).toBeInTheDocument();
    const stored = (await backend.store.get(ID))!;
    expect(stored).toMatchObject({ title: 'My title', tags: ['written'], version: 3 });
    expect(stored.quote).toMatch(/\(as reported\)$/);
  });

  test('taking theirs everywhere keeps their version and saves nothing of the conflict', async () => {
    const { user } = renderApp(`/pledges/${ID}/edit`, { now: NOW });
    const title = await screen.findByLabelText('Title');
    await otherEditorSaves({ title: 'Their title' });
    await user.clear(title);
    await user.type(title, 'My title');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const panel = await screen.findByRole('region', { name: /Someone else saved/ });
    await user.click(within(panel).getByRole('button', { name: 'Take all theirs' }));
    await user.click(within(panel).getByRole('button', { name: 'Save the merged pledge' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Their title' })).toBeInTheDocument();
    expect((await backend.store.get(ID))?.version).toBe(2);
  });
});
