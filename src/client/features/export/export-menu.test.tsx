// @vitest-environment jsdom
// "Export and subscribe" on the home page: every link carries the view's filters, and the mock
// API (the real API code over the in-memory store) answers them like the server.
import { screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { mockServer, resetMockStore } from '@mocks/node';
import { renderApp } from '@client/test-utils/render-app';

const NOW = '2026-11-28T12:00:00Z';

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetMockStore({ now: Date.parse(NOW) }));
afterEach(() => mockServer.resetHandlers());
afterAll(() => mockServer.close());

describe('Export and subscribe', () => {
  test('offers the calendar, the feed and the CSV of the current view', async () => {
    const { user } = renderApp('/?state=overdue,due&party=ukraine&sort=title', { now: NOW });
    await user.click(await screen.findByText('Export and subscribe'));
    const origin = window.location.origin;
    // The reader's language goes with every link, so the feeds come in it.
    const query = 'state=due,overdue&party=ukraine&sort=title&lang=en';
    // The panel's code loads when the disclosure first opens.
    const subscribe = await screen.findByRole('link', { name: 'Subscribe in calendar' });
    expect(subscribe).toHaveAttribute('href', `${origin.replace(/^https?:/, 'webcal:')}/api/pledges.ics?${query}`);
    expect(screen.getByRole('link', { name: 'Atom feed' })).toHaveAttribute(
      'href',
      `${origin}/api/pledges.atom?${query}`,
    );
    const csv = screen.getByRole('link', { name: 'Download CSV' });
    expect(csv).toHaveAttribute('href', `${origin}/api/pledges.csv?${query}`);
    expect(csv).toHaveAttribute('download');
    expect(screen.getByRole('textbox', { name: 'Calendar address' })).toHaveValue(`${origin}/api/pledges.ics?${query}`);

    // The mock API answers the same addresses, with the same view.
    const text = await (await fetch(csv.getAttribute('href')!)).text();
    expect(text).toContain('security-guarantees-in-writing');
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(2);
  });

  test('without filters, the links are the plain feeds, in the reader’s language', async () => {
    const { user } = renderApp('/', { now: NOW });
    await user.click(await screen.findByText('Export and subscribe'));
    const details = screen.getByText('Export and subscribe').closest('details')!;
    expect(await within(details).findByRole('link', { name: 'Atom feed' })).toHaveAttribute(
      'href',
      `${window.location.origin}/api/pledges.atom?lang=en`,
    );
  });
});
