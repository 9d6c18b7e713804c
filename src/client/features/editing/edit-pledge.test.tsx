// @vitest-environment jsdom
// Editing a pledge through the real app and the mock API: only changed fields are sent, the
// toast undoes, a second editor's save in between leads to the conflict screen, and a pledge
// moved to the trash meanwhile comes back with the changes still in the form.
import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { etagFor, type Pledge } from '@shared/contract';
import { pledgeKeys } from '@client/lib/query-keys';
import type { MockBackend } from '@mocks/backend';
import { mockServer, resetMockStore } from '@mocks/node';
import { renderApp } from '@client/test-utils/render-app';

const NOW = '2025-09-01T12:00:00Z';
const ID = 'security-guarantees-in-writing';
const TITLE = 'Put the security guarantees for Ukraine in writing';
let backend: MockBackend;
// The API's clock: where the client's is pinned, unless a test has someone act a while ago.
let serverNow = Date.parse(NOW);
const patches: unknown[] = [];

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
beforeEach(async () => {
  serverNow = Date.parse(NOW);
  backend = await resetMockStore({ now: () => serverNow });
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

/** Anna moves the pledge to the trash, `minutesAgo` before now. */
async function annaTrashesIt(minutesAgo: number) {
  const current = (await backend.store.get(ID))!;
  serverNow = Date.parse(NOW) - minutesAgo * 60_000;
  const res = await backend
    .actingAs('Anna Kovalenko')
    .request(`/api/pledges/${ID}`, { method: 'DELETE', headers: { 'If-Match': etagFor(current.version) } });
  serverNow = Date.parse(NOW);
  expect(res.status).toBe(200);
}

describe('editing a pledge', () => {
  test('sends only what changed, lands on the pledge, and the toast undoes it', async () => {
    const { user, router } = renderApp(`/pledges/${ID}/edit`, { now: NOW });
    const title = await screen.findByLabelText('Title in English');
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
    const title = await screen.findByLabelText('Title in English');
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
    const title = await screen.findByLabelText('Title in English');
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

  test('moved to the trash meanwhile: says who and when; Restore keeps the changes, which then save', async () => {
    const { user } = renderApp(`/pledges/${ID}/edit`, { now: NOW });
    const title = await screen.findByLabelText('Title in English');
    await user.clear(title);
    await user.type(title, 'My title');
    await annaTrashesIt(3);
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const notice = (await screen.findByRole('heading', { level: 2, name: 'This pledge is in the trash' }))
      .parentElement!;
    expect(notice).toHaveTextContent(
      'Anna Kovalenko moved this pledge to the trash 3 minutes ago. Your changes are kept below: restore it, then save them.',
    );
    expect(notice).not.toHaveTextContent('POST');
    expect(within(notice).getByRole('link', { name: 'Back to the pledges' })).toHaveAttribute('href', '/');
    expect(screen.getByLabelText('Title in English')).toHaveValue('My title');

    await user.click(await within(notice).findByRole('button', { name: `Restore “${TITLE}”` }));
    const back = await screen.findByText(
      'It is back from the trash. Your changes are still here: save them when you are ready.',
    );
    await waitFor(() => expect(back.parentElement).toHaveFocus());
    expect(screen.getByLabelText('Title in English')).toHaveValue('My title');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'My title' })).toBeInTheDocument();
    expect(await backend.store.get(ID)).toMatchObject({ title: 'My title', deletedAt: null, version: 4 });
    expect((await backend.store.history(ID)).map((e) => [e.kind, e.actor])).toEqual([
      ['created', 'Seed'],
      ['deleted', 'Anna Kovalenko'],
      ['restored', 'Demo editor'],
      ['updated', 'Demo editor'],
    ]);
  });

  test('a reload that finds it in the trash keeps the form and what was typed', async () => {
    const { user, queryClient } = renderApp(`/pledges/${ID}/edit`, { now: NOW });
    const title = await screen.findByLabelText('Title in English');
    await user.clear(title);
    await user.type(title, 'My title');
    await annaTrashesIt(0);
    await queryClient.refetchQueries({ queryKey: pledgeKeys.detail(ID) });

    expect(await screen.findByRole('heading', { level: 2, name: 'This pledge is in the trash' })).toBeInTheDocument();
    expect(screen.getByText(/^Anna Kovalenko moved this pledge to the trash just now\./)).toBeInTheDocument();
    expect(screen.getByLabelText('Title in English')).toHaveValue('My title');
  });
});
