// @vitest-environment jsdom
// The home page against the mock API (the real API code over the seeded in-memory store).
import { screen, waitFor, within } from '@testing-library/react';
import { delay, http } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { mockServer, resetMockStore } from '@mocks/node';
import { apiError } from '@client/test-utils/mock-api';
import { renderApp } from '@client/test-utils/render-app';

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
// A fresh seeded store for each test, its clock pinned where the client's is.
beforeEach(() => resetMockStore({ now: Date.parse(NOW) }));
afterEach(() => mockServer.resetHandlers());
afterAll(() => mockServer.close());

// 457 days after the window of the security guarantees closed (28 Aug 2025, New York).
const NOW = '2026-11-28T12:00:00Z';

const SEEDED_IN_DEFAULT_ORDER = [
  'Put the security guarantees for Ukraine in writing',
  'Buy about $90 billion of American weapons',
  'Help secure Ukraine, with Europe as the first line of defence',
  'Meet Vladimir Putin face to face to end the war',
];

async function rows() {
  const list = await screen.findByRole('list', { name: 'Pledges' });
  return within(list).getAllByRole('article');
}

function titles(articles: HTMLElement[]) {
  return articles.map((a) => within(a).getByRole('heading').textContent);
}

describe('the list of pledges', () => {
  test('shows the seeded pledges, overdue first, with the window and the timing in words', async () => {
    renderApp('/', { now: NOW });
    expect(await screen.findByRole('heading', { level: 1, name: 'Pledges' })).toBeInTheDocument();
    const articles = await rows();
    expect(titles(articles)).toEqual(SEEDED_IN_DEFAULT_ORDER);
    expect(screen.getByText('4 pledges')).toBeInTheDocument();

    const first = articles[0]!;
    expect(first).toHaveTextContent(/Pledged by United States and European allies →\s*to Ukraine/);
    expect(first).toHaveTextContent('due 25–28 Aug 2025');
    expect(first).toHaveTextContent('overdue by 457 days');
    expect(first).toHaveTextContent('Deadline: Overdue');
    expect(first).toHaveTextContent('Verdict: Open');
    expect(within(first).getByRole('link', { name: SEEDED_IN_DEFAULT_ORDER[0] })).toHaveAttribute(
      'href',
      '/pledges/security-guarantees-in-writing',
    );

    const weapons = articles[1]!;
    expect(weapons).toHaveTextContent(/Pledged by Ukraine →\s*to United States/);
    expect(weapons).toHaveTextContent('no deadline');
    expect(weapons).toHaveTextContent('Deadline: No deadline');
    expect(document.title).toBe('Pledges · Pledge Tracker');
  });

  test('shows skeleton rows while loading', async () => {
    mockServer.use(
      http.get('*/api/pledges', async () => {
        await delay(200);
      }),
    );
    renderApp('/', { now: NOW });
    expect(await screen.findByText('Loading pledges…')).toBeInTheDocument();
    expect(await rows()).toHaveLength(4);
    expect(screen.queryByText('Loading pledges…')).not.toBeInTheDocument();
  });

  test('says why it could not load, and tries again', async () => {
    mockServer.use(
      http.get('*/api/pledges', () => apiError('internal', 'The store is not answering.'), { once: true }),
    );
    const { user } = renderApp('/', { now: NOW });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The pledges could not be loaded');
    expect(alert).toHaveTextContent('The store is not answering.');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await rows()).toHaveLength(4);
  });

  test('drops a bad parameter from the link and says which', async () => {
    const { router, user } = renderApp('/?verdict=open,maybe&colour=red&sort=sideways', { now: NOW });
    expect(await screen.findByText('Part of this link could not be used, so it was left out')).toBeInTheDocument();
    expect(screen.getByText(/^Verdict: “maybe” is not one of the choices \(Open, Fulfilled/)).toBeInTheDocument();
    expect(screen.getByText('“colour” is not something this list can be filtered or ordered by.')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Order: sorting by “sideways” is not offered, so the list keeps its usual order, Needs attention first.',
      ),
    ).toBeInTheDocument();
    // The rest of the view still applies, and the address now says only what is valid.
    expect(await rows()).toHaveLength(4);
    await waitFor(() => expect(router.state.location.href).toBe('/?verdict=open'));
    expect(screen.getByRole('checkbox', { name: 'Open' })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText('Part of this link could not be used, so it was left out')).not.toBeInTheDocument();
  });

  test('filters write the URL and keep the previous rows on screen while the next arrive', async () => {
    const { router, user } = renderApp('/', { now: NOW });
    expect(await rows()).toHaveLength(4);
    mockServer.use(
      http.get('*/api/pledges', async () => {
        await delay(100);
      }),
    );
    await user.click(screen.getByRole('checkbox', { name: 'Overdue' }));
    expect(router.state.location.href).toBe('/?state=overdue');
    // Still the four previous rows, no skeleton, while the filtered page loads.
    expect(screen.queryByText('Loading pledges…')).not.toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Pledges' })).getAllByRole('article')).toHaveLength(4);
    expect(await screen.findByText('1 pledge matches')).toBeInTheDocument();
    expect(titles(await rows())).toEqual([SEEDED_IN_DEFAULT_ORDER[0]]);

    await user.selectOptions(screen.getByLabelText('Order'), 'Title, A to Z');
    expect(router.state.location.href).toBe('/?state=overdue&sort=title');
  });

  test('a party, a search and an order make a shareable URL the API reads the same way', async () => {
    const { router, user } = renderApp('/', { now: NOW });
    await rows();
    await user.selectOptions(await screen.findByLabelText('Party'), 'United States');
    await waitFor(() => expect(router.state.location.href).toBe('/?party=united-states'));
    await waitFor(async () => expect(await rows()).toHaveLength(3));
    await user.type(screen.getByLabelText('Search'), 'weapons');
    await waitFor(() => expect(router.state.location.href).toBe('/?party=united-states&q=weapons'));
    expect(await screen.findByText('1 pledge matches')).toBeInTheDocument();
    expect(titles(await rows())).toEqual([SEEDED_IN_DEFAULT_ORDER[1]]);
  });

  test('nothing matching says so, with a way back to everything', async () => {
    const { router, user } = renderApp('/?q=unicorns&sort=title', { now: NOW });
    expect(await screen.findByRole('heading', { name: 'No pledges match' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await rows()).toHaveLength(4);
    expect(router.state.location.href).toBe('/?sort=title');
    expect(screen.getByLabelText('Search')).toHaveValue('');
  });

  test('a title leads to its page', async () => {
    const { user, router } = renderApp('/', { now: NOW });
    const [first] = await rows();
    await user.click(within(first!).getByRole('link'));
    expect(await screen.findByRole('heading', { level: 1, name: SEEDED_IN_DEFAULT_ORDER[0] })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/pledges/security-guarantees-in-writing');
  });
});
