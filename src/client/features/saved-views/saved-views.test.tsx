// @vitest-environment jsdom
// Saved views against the mock API: save the view on screen under a name, find it in the
// navigation, open its short link, rename it, delete it (after confirming), and a deleted link.
import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import type { MockBackend } from '@mocks/backend';
import { mockServer, resetMockStore } from '@mocks/node';
import { renderApp } from '@client/test-utils/render-app';

const NOW = '2026-11-28T12:00:00Z';
const GUARANTEES = 'Put the security guarantees for Ukraine in writing';
let backend: MockBackend;

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
beforeEach(async () => {
  backend = await resetMockStore({ now: Date.parse(NOW) });
});
afterEach(() => {
  mockServer.resetHandlers();
  vi.restoreAllMocks();
});
afterAll(() => mockServer.close());

async function titles() {
  const list = await screen.findByRole('list', { name: 'Pledges' });
  return within(list)
    .getAllByRole('article')
    .map((a) => within(a).getByRole('heading').textContent);
}

async function openMenu(user: ReturnType<typeof renderApp>['user']) {
  await user.click(await screen.findByRole('button', { name: /^Saved views/ }));
  return screen.findByRole('list', { name: 'Saved views' });
}

const saved = (name: string, query: string, slug = 'k7m2xq9') =>
  backend.store.createView({
    slug,
    name,
    query,
    createdAt: '2026-11-28T10:00:00.000Z',
    updatedAt: '2026-11-28T10:00:00.000Z',
  });

describe('saved views', () => {
  test('saves the view on screen under a name, and lists it in the navigation', async () => {
    const { user } = renderApp('/?state=overdue&q=guarantees', { now: NOW });
    expect(await titles()).toEqual([GUARANTEES]);
    await user.click(screen.getByRole('button', { name: 'Save view' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save this view' });
    await user.click(within(dialog).getByRole('button', { name: 'Save view' }));
    expect(within(dialog).getByText('Give the view a name.')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Name'), 'Overdue guarantees');
    await user.click(within(dialog).getByRole('button', { name: 'Save view' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('Saved “Overdue guarantees”')).toBeInTheDocument();
    const [view] = await backend.store.listViews();
    expect(view).toMatchObject({ name: 'Overdue guarantees', query: 'state=overdue&q=guarantees' });
    const list = await openMenu(user);
    const link = within(list).getByRole('link', { name: 'Overdue guarantees' });
    expect(link).toHaveAttribute('href', `/v/${view!.slug}`);
    expect(screen.getByRole('button', { name: 'Saved views (1)' })).toHaveAttribute('aria-expanded', 'true');
  });

  test('a short link opens the full view, replacing itself in the history', async () => {
    await saved('Overdue guarantees', 'state=overdue&q=guarantees');
    const { router } = renderApp('/v/k7m2xq9', { now: NOW });
    await waitFor(() => expect(router.state.location.href).toBe('/?state=overdue&q=guarantees'));
    expect(await titles()).toEqual([GUARANTEES]);
    expect(screen.getByLabelText('Search')).toHaveValue('guarantees');
    expect(router.history.length).toBe(1);
  });

  test('a deleted view’s short link says so, calmly', async () => {
    renderApp('/v/zzzzzzz', { now: NOW });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This saved view no longer exists' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See all pledges' })).toBeInTheDocument();
  });

  test('renames a view from the navigation, with the keyboard', async () => {
    await saved('Old name', 'verdict=broken');
    const { user } = renderApp('/', { now: NOW });
    const list = await openMenu(user);
    await user.click(within(list).getByRole('button', { name: 'Rename “Old name”' }));
    const input = await within(list).findByLabelText('New name for “Old name”');
    await waitFor(() => expect(input).toHaveFocus());
    await user.clear(input);
    await user.type(input, 'Broken promises{Enter}');
    expect(await within(list).findByRole('link', { name: 'Broken promises' })).toBeInTheDocument();
    expect((await backend.store.getView('k7m2xq9'))?.name).toBe('Broken promises');
  });

  test('deletes a view after confirming, and not when cancelled', async () => {
    await saved('Keep me?', 'state=due');
    const { user } = renderApp('/', { now: NOW });
    const list = await openMenu(user);
    await user.click(within(list).getByRole('button', { name: 'Delete “Keep me?”' }));
    let dialog = await screen.findByRole('dialog', { name: 'Delete “Keep me?”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await backend.store.listViews()).toHaveLength(1);
    await user.click(within(list).getByRole('button', { name: 'Delete “Keep me?”' }));
    dialog = await screen.findByRole('dialog', { name: 'Delete “Keep me?”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete view' }));
    expect(await screen.findByText(/None yet/)).toBeInTheDocument();
    expect(await backend.store.listViews()).toEqual([]);
  });
});
