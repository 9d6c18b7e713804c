// @vitest-environment jsdom
// The detail page against the mock API (the real API code over the seeded in-memory store).
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { mockServer, resetMockStore } from '@mocks/node';
import { makePledge } from '@client/test-utils/fixtures';
import { apiError } from '@client/test-utils/mock-api';
import { renderApp } from '@client/test-utils/render-app';

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
// A fresh seeded store for each test, its clock pinned where the client's is.
beforeEach(() => resetMockStore({ now: Date.parse(NOW) }));
afterEach(() => mockServer.resetHandlers());
afterAll(() => mockServer.close());

const NOW = '2026-11-28T12:00:00Z';

describe('a pledge page', () => {
  test('shows the quote, the parties, the window with its words, the sources and the history', async () => {
    renderApp('/pledges/security-guarantees-in-writing', { now: NOW });
    const title = 'Put the security guarantees for Ukraine in writing';
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    const article = screen.getByRole('article', { name: title });

    const quote = article.querySelector('blockquote');
    expect(quote).toHaveTextContent(
      'the guarantees are slated to be formally written within the next week to ten days',
    );

    expect(article).toHaveTextContent('Deadline: Overdue');
    expect(article).toHaveTextContent('Verdict: Open');
    expect(article).toHaveTextContent('overdue by 457 days');

    const facts = within(article).getByRole('region', { name: 'Facts' });
    expect(within(facts).getByText('Pledged by').nextElementSibling).toHaveTextContent(
      'United States and European allies',
    );
    expect(within(facts).getByText('Pledged to').nextElementSibling).toHaveTextContent('Ukraine');
    expect(within(facts).getByText('Announced').nextElementSibling).toHaveTextContent('18 Aug 2025');
    expect(within(facts).getByText('Announced').nextElementSibling).toHaveTextContent('America/New_York');
    expect(within(facts).getByText('Deadline').nextElementSibling).toHaveTextContent('due 25–28 Aug 2025');
    expect(within(facts).getByText('Deadline').nextElementSibling).toHaveTextContent(
      '“within the next week to ten days”',
    );
    expect(within(facts).getByRole('heading', { name: 'Sources' })).toBeInTheDocument();
    expect(facts).toHaveTextContent('White House summit on Ukraine');

    const history = within(article).getByRole('region', { name: 'History' });
    expect(await within(history).findByText(/added this pledge/)).toBeInTheDocument();
    expect(document.title).toBe(`${title} · Pledge Tracker`);
  });

  test('shows an amount as pledged and delivered', async () => {
    renderApp('/pledges/ukraine-buys-us-weapons', { now: NOW });
    expect(await screen.findByText('$90 billion pledged')).toBeInTheDocument();
    expect(screen.getByText('$0 delivered so far (0%)')).toBeInTheDocument();
  });

  test('links sources and evidence only when they are http(s), opening safely in a new tab', async () => {
    const pledge = makePledge(7, {
      id: 'linked-pledge',
      sources: [
        {
          title: 'A web source',
          publisher: 'Example Wire',
          url: 'https://example.org/story',
          publishedOn: '2025-08-18',
        },
        { title: 'A printed source' },
      ],
      verdict: 'fulfilled',
      resolvedOn: '2025-09-01',
      evidence: [
        {
          url: 'http://example.org/proof',
          note: 'Signed at the ministry.',
          noteLanguage: 'en' as const,
          noteTranslations: {},
          addedAt: '2025-09-02T10:00:00.000Z',
        },
      ],
    });
    mockServer.use(
      http.get('*/api/pledges/linked-pledge', () => HttpResponse.json(pledge)),
      http.get('*/api/pledges/linked-pledge/history', () => HttpResponse.json({ items: [] })),
    );
    renderApp('/pledges/linked-pledge', { now: NOW });
    const source = await screen.findByRole('link', { name: /A web source/ });
    expect(source).toHaveAttribute('href', 'https://example.org/story');
    expect(source).toHaveAttribute('target', '_blank');
    expect(source).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.queryByRole('link', { name: /A printed source/ })).not.toBeInTheDocument();
    expect(screen.getByText('A printed source')).toBeInTheDocument();
    const evidence = within(screen.getByRole('region', { name: 'Evidence' }));
    expect(evidence.getByRole('link', { name: /example\.org/ })).toHaveAttribute('rel', 'noopener noreferrer');
    expect(evidence.getByText('Signed at the ministry.')).toBeInTheDocument();
    expect(await screen.findByText('No changes recorded yet.')).toBeInTheDocument();
  });

  test('an unknown pledge is a calm 404 page', async () => {
    renderApp('/pledges/no-such-pledge', { now: NOW });
    expect(await screen.findByRole('heading', { level: 1, name: 'No pledge here' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See all pledges' })).toHaveAttribute('href', '/');
  });

  test('an address that cannot be a pledge is a 404 without asking the API', async () => {
    renderApp('/pledges/NOT%20AN%20ID', { now: NOW });
    expect(await screen.findByRole('heading', { level: 1, name: 'No pledge here' })).toBeInTheDocument();
  });

  test('an unknown page is a 404 too', async () => {
    renderApp('/nowhere/at/all', { now: NOW });
    expect(await screen.findByRole('heading', { level: 1, name: 'No page here' })).toBeInTheDocument();
  });

  test('a failed load says why and tries again', async () => {
    mockServer.use(
      http.get('*/api/pledges/zelensky-meets-putin', () => apiError('internal', 'The store is not answering.'), {
        once: true,
      }),
    );
    const { user } = renderApp('/pledges/zelensky-meets-putin', { now: NOW });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This pledge could not be loaded' }),
    ).toBeInTheDocument();
    expect(screen.getByText('The store is not answering.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Meet Vladimir Putin face to face to end the war' }),
    ).toBeInTheDocument();
  });

  test('"All pledges" leads back to the list as it was filtered', async () => {
    const { user, router } = renderApp('/?state=overdue', { now: NOW });
    await user.click(await screen.findByRole('link', { name: 'Put the security guarantees for Ukraine in writing' }));
    await user.click(await screen.findByRole('link', { name: 'All pledges' }));
    expect(await screen.findByText('1 pledge matches')).toBeInTheDocument();
    expect(router.state.location.href).toBe('/?state=overdue');
  });
});
