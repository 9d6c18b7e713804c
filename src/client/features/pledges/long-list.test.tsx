// @vitest-environment jsdom
// A view of 10,000 pledges: paged through with the cursor as the reader scrolls, and never more
// than a screenful of rows (plus a margin) in the DOM.
import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { mockServer, resetMockStore } from '@mocks/node';
import { syntheticPage } from '@client/test-utils/fixtures';
import { renderApp } from '@client/test-utils/render-app';

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
// A fresh seeded store for each test, its clock pinned where the client's is.
beforeEach(() => resetMockStore({ now: Date.parse(NOW) }));
afterEach(() => mockServer.resetHandlers());
afterAll(() => mockServer.close());

const NOW = '2026-11-28T12:00:00Z';
const ROW_HEIGHT = 120;
let scrollY = 0;

beforeEach(() => {
  scrollY = 0;
  // jsdom lays nothing out: give every row a height, and the window a scroll position.
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('pledge-list-item') ? ROW_HEIGHT : 0;
  });
  vi.spyOn(document.documentElement, 'scrollHeight', 'get').mockImplementation(() => 10_000 * (ROW_HEIGHT + 12));
  vi.spyOn(window, 'scrollY', 'get').mockImplementation(() => scrollY);
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
});

test('a long view renders only the rows near the viewport and fetches the next page on the way down', async () => {
  const cursors: (string | null)[] = [];
  mockServer.use(
    http.get('*/api/pledges', ({ request }) => {
      const cursor = new URL(request.url).searchParams.get('cursor');
      cursors.push(cursor);
      return HttpResponse.json(syntheticPage(10_000, 50, cursor));
    }),
  );
  renderApp('/', { now: NOW });
  expect(await screen.findByText('10,000 pledges')).toBeInTheDocument();
  // One page renders plainly while the virtualizer loads; then the virtual list takes over.
  await waitFor(() => expect(screen.getByRole('list', { name: 'Pledges' })).toHaveClass('is-virtual'), {
    timeout: 5000,
  });
  const list = screen.getByRole('list', { name: 'Pledges' });
  const inDom = () => within(list).getAllByRole('article').length;
  expect(inDom()).toBeGreaterThan(3);
  expect(inDom()).toBeLessThan(30);
  expect(within(list).getAllByRole('listitem')[0]).toHaveAttribute('aria-setsize', '10000');

  // Scroll to the 45th row: near the end of the first page, so the second is fetched.
  act(() => {
    scrollY = 45 * (ROW_HEIGHT + 12);
    window.dispatchEvent(new Event('scroll'));
  });
  expect(await within(list).findByText('Synthetic pledge number 45')).toBeInTheDocument();
  await waitFor(() => expect(cursors).toContain('p1'));
  expect(within(list).queryByText('Synthetic pledge number 0')).not.toBeInTheDocument();
  expect(inDom()).toBeLessThan(30);
});
