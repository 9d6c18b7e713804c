// @vitest-environment jsdom
// The Parties page through the real app and the mock API: each party's record, renaming one
// (the contract's and the server's field errors included), merging a duplicate, sort and search.
import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { MockBackend } from '@mocks/backend';
import { mockServer, resetMockStore } from '@mocks/node';
import { apiError } from '@client/test-utils/mock-api';
import { renderApp } from '@client/test-utils/render-app';

const NOW = '2025-09-01T12:00:00Z';
let backend: MockBackend;

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
beforeEach(async () => {
  backend = await resetMockStore({ now: Date.parse(NOW) });
});
afterEach(() => mockServer.resetHandlers());
afterAll(() => mockServer.close());

const table = () => screen.getByRole('table', { name: /parties/ });

/** The row whose header is this party's name. */
function row(name: string): HTMLElement {
  const header = within(table()).getByRole('rowheader', { name: new RegExp(`^${name}\\b`) });
  return header.closest('tr')!;
}

/** Made, received, guaranteed, kept, broken, on time, late. */
function counts(name: string): number[] {
  return within(row(name))
    .getAllByRole('cell')
    .slice(0, 7)
    .map((c) => Number(c.textContent));
}

const rowNames = () =>
  within(table())
    .getAllByRole('rowheader')
    .map((h) => within(h).getByRole('link').textContent);

async function post(path: string, body: unknown) {
  const res = await backend.app.request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as { id: string };
}

describe('the Parties page', () => {
  test('lists every seeded party with its record, each linking to its pledges', async () => {
    const { user } = renderApp('/', { now: NOW });
    await user.click(await screen.findByRole('link', { name: 'Parties' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Parties' })).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: '8 parties' })).toBeInTheDocument();
    expect(counts('United States')).toEqual([2, 1, 0, 0, 0, 0, 0]);
    expect(counts('Ukraine')).toEqual([1, 2, 0, 0, 0, 0, 0]);
    expect(counts('European allies')).toEqual([1, 0, 0, 0, 0, 0, 0]);
    expect(counts('Volodymyr Zelensky')).toEqual([1, 0, 0, 0, 0, 0, 0]);
    expect(counts('Vladimir Putin')).toEqual([0, 1, 0, 0, 0, 0, 0]);
    expect(within(row('Ukraine')).getByRole('rowheader')).toHaveTextContent('State · also Україна, Kyiv, Ukrainian');
    expect(within(row('Volodymyr Zelensky')).getByRole('rowheader')).toHaveTextContent('Person for Ukraine');
    expect(within(row('Ukraine')).getByRole('link', { name: 'Ukraine' })).toHaveAttribute('href', '/?party=ukraine');
    expect(
      within(table())
        .getAllByRole('columnheader')
        .map((h) => h.textContent?.replace(/[▲▼↕]/g, '')),
    ).toEqual(['Party', 'Made', 'Received', 'Guaranteed', 'Kept', 'Broken', 'On time', 'Late', 'Actions']);

    await user.click(within(row('Vladimir Putin')).getByRole('link', { name: 'Vladimir Putin' }));
    expect(
      await screen.findByRole('link', { name: 'Meet Vladimir Putin face to face to end the war' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Buy about \$90 billion/ })).not.toBeInTheDocument();
  });

  test('sorts by name, pledges made and kept, and finds a party by any of its names', async () => {
    const { user, router } = renderApp('/parties', { now: NOW });
    await screen.findByRole('table', { name: '8 parties' });
    expect(rowNames()[0]).toBe('Donald Trump');
    const made = within(table()).getByRole('button', { name: 'Made' });
    await user.click(made);
    await waitFor(() => expect(made.closest('th')).toHaveAttribute('aria-sort', 'descending'));
    await waitFor(() => expect(rowNames().slice(0, 2)).toEqual(['United States', 'European allies']));
    await user.click(made);
    await waitFor(() => expect(made.closest('th')).toHaveAttribute('aria-sort', 'ascending'));
    await waitFor(() => expect(rowNames().at(-1)).toBe('United States'));
    // By keyboard: the name header turns the order to Z–A.
    const name = within(table()).getByRole('button', { name: 'Party' });
    name.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(name.closest('th')).toHaveAttribute('aria-sort', 'ascending'));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(name.closest('th')).toHaveAttribute('aria-sort', 'descending'));
    await waitFor(() => expect(rowNames()[0]).toBe('Volodymyr Zelensky'));
    await waitFor(() =>
      expect(within(table()).getByRole('button', { name: 'Kept' }).closest('th')).not.toHaveAttribute('aria-sort'),
    );

    await user.type(screen.getByRole('searchbox', { name: 'Find a party' }), 'kyiv');
    await waitFor(() => expect(rowNames()).toEqual(['Ukraine']));
    await waitFor(() => expect(table()).toHaveAccessibleName('1 of 8 parties match “kyiv”'));
    await user.clear(screen.getByRole('searchbox', { name: 'Find a party' }));
    await user.type(screen.getByRole('searchbox', { name: 'Find a party' }), 'macron');
    await waitFor(() => expect(rowNames()).toEqual(['Emmanuel Macron']));
    await user.type(screen.getByRole('searchbox', { name: 'Find a party' }), 'zz');
    expect(screen.getByRole('heading', { name: 'No party matches “macronzz”' })).toBeInTheDocument();
    expect(router.state.location.searchStr).toBe('?q=macronzz&sort=-name');
    await user.click(screen.getByRole('button', { name: 'Clear the search' }));
    await waitFor(() => expect(rowNames()).toHaveLength(8));
  });

  test('the search and the order are in the URL: a link shows the same table, a bad value is dropped', async () => {
    renderApp('/parties?q=kyiv&sort=-made', { now: NOW });
    await waitFor(() => expect(rowNames()).toEqual(['Ukraine']));
    expect(screen.getByRole('searchbox', { name: 'Find a party' })).toHaveValue('kyiv');
    expect(within(table()).getByRole('button', { name: 'Made' }).closest('th')).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });

  test('an unknown order in a link falls back to A–Z', async () => {
    const { router } = renderApp('/parties?sort=random', { now: NOW });
    await screen.findByRole('table', { name: '8 parties' });
    expect(rowNames()[0]).toBe('Donald Trump');
    await waitFor(() => expect(router.state.location.searchStr).toBe(''));
  });

  test('rename: the contract’s error, then the server’s, by their fields; then every pledge shows the new name', async () => {
    const { user, router } = renderApp('/parties', { now: NOW });
    await screen.findByRole('table', { name: '8 parties' });
    const edit = within(row('European allies')).getByRole('button', { name: 'Edit European allies' });
    await user.click(edit);
    let dialog = screen.getByRole('dialog', { name: 'Edit “European allies”' });
    expect(within(dialog).getByLabelText('Name in English')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(edit).toHaveFocus();

    await user.click(edit);
    dialog = screen.getByRole('dialog', { name: 'Edit “European allies”' });
    await user.clear(within(dialog).getByLabelText('Name in English'));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByLabelText('Name in English')).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByLabelText('Name in English')).toHaveAccessibleDescription('A party needs a name');
    expect(within(dialog).getByLabelText('Name in English')).toHaveFocus();

    await user.type(within(dialog).getByLabelText('Name in English'), 'European partners');
    await user.type(within(dialog).getByLabelText('Other names'), ', Coalition of the willing');
    mockServer.use(
      http.patch(
        '*/api/parties/european-allies',
        () =>
          apiError('invalid_input', 'The party cannot be changed.', [
            { path: 'aliases.5', message: 'Taken by another party' },
          ]),
        { once: true },
      ),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('Taken by another party')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Other names')).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByLabelText('Name in English')).not.toHaveAttribute('aria-invalid');

    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('Renamed “European allies” to “European partners”')).toBeInTheDocument();
    expect(await within(table()).findByRole('link', { name: 'European partners' })).toBeInTheDocument();
    expect(within(row('European partners')).getByRole('rowheader')).toHaveTextContent('Coalition of the willing');
    expect(within(row('European partners')).getByRole('button', { name: 'Edit European partners' })).toHaveFocus();
    const stored = await backend.store.get('security-guarantees-in-writing');
    expect(stored?.pledgers.map((p) => p.name)).toEqual(['United States', 'European partners']);

    await router.navigate({ to: '/pledges/$id', params: { id: 'security-guarantees-in-writing' } });
    expect(await screen.findByRole('heading', { level: 1, name: /security guarantees/ })).toBeInTheDocument();
    const main = within(screen.getByRole('main'));
    expect(main.getAllByText(/European partners/).length).toBeGreaterThan(0);
    expect(main.queryByText(/European allies/)).not.toBeInTheDocument();
  });

  test('merge a duplicate: its pledges name the other party, its name becomes an alias, and history records it', async () => {
    await post('/api/parties', { name: 'Kyiv government', kind: 'state' });
    const pledge = await post('/api/pledges', {
      title: 'Open the border crossings for aid',
      quote: 'We will open the crossings within a week.',
      pledgers: ['kyiv-government'],
      beneficiaries: ['european-allies'],
      announcedOn: '2025-08-20',
      timeZone: 'Europe/Kyiv',
    });
    const { user, router } = renderApp('/parties', { now: NOW });
    await screen.findByRole('table', { name: '9 parties' });
    expect(counts('Kyiv government')).toEqual([1, 0, 0, 0, 0, 0, 0]);

    await user.click(within(row('Kyiv government')).getByRole('button', { name: 'Kyiv government: Merge into…' }));
    const dialog = screen.getByRole('dialog', { name: 'Merge “Kyiv government” into…' });
    const select = within(dialog).getByLabelText('The party it duplicates');
    expect(select).toHaveFocus();
    expect(within(select).queryByRole('option', { name: /^Kyiv government/ })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Merge' }));
    expect(within(dialog).getByText('Choose the party it duplicates.')).toBeInTheDocument();
    await user.selectOptions(select, 'ukraine');
    expect(await within(dialog).findByText(/1 pledge will name/)).toHaveTextContent(
      '1 pledge will name Ukraine instead of Kyiv government.',
    );
    expect(dialog).toHaveTextContent('“Kyiv government” becomes an alias of Ukraine');
    expect(dialog).toHaveTextContent('This is recorded in each pledge’s history');
    await user.click(within(dialog).getByRole('button', { name: 'Merge into Ukraine' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('Merged “Kyiv government” into Ukraine')).toBeInTheDocument();
    expect(screen.getByText('1 pledge now names Ukraine.', { exact: false })).toBeInTheDocument();
    await screen.findByRole('table', { name: '8 parties' });
    expect(counts('Ukraine')).toEqual([2, 2, 0, 0, 0, 0, 0]);
    expect(within(row('Ukraine')).getByRole('rowheader')).toHaveTextContent(
      'also Україна, Kyiv, Ukrainian, Kyiv government',
    );

    const events = await backend.store.history(pledge.id);
    expect(events.at(-1)).toMatchObject({
      kind: 'merged',
      actor: 'Demo editor',
      merged: { from: 'kyiv-government', into: 'ukraine' },
    });
    await router.navigate({ to: '/pledges/$id', params: { id: pledge.id } });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Open the border crossings for aid' }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Kyiv government →|^Kyiv government$/)).toBeNull();
    const history = await screen.findByRole('list', { name: /^Changes/ });
    const merged = within(history)
      .getAllByRole('listitem')
      .filter((li) => li.textContent?.includes('Demo editor merged'));
    expect(merged).toHaveLength(1);
    expect(merged[0]).toHaveTextContent('Kyiv government');
    expect(merged[0]).toHaveTextContent('Ukraine');
  });

  test('a failed load says so and tries again', async () => {
    mockServer.use(
      http.get('*/api/parties/stats', () => apiError('internal', 'The store is not answering.'), { once: true }),
    );
    const { user } = renderApp('/parties', { now: NOW });
    expect(await screen.findByRole('heading', { name: 'The parties could not be loaded' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table', { name: '8 parties' })).toBeInTheDocument();
  });
});
