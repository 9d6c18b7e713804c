// @vitest-environment jsdom
// The logo leads home, unfiltered, from anywhere; the way back to a list keeps its view.
import { screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, expect, test } from 'vitest';
import { mockServer, resetMockStore } from '@mocks/node';
import { renderApp } from '@client/test-utils/render-app';

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetMockStore({ now: Date.parse(NOW) }));
afterEach(() => mockServer.resetHandlers());
afterAll(() => mockServer.close());

const NOW = '2026-11-28T12:00:00Z';
const VIEW = '/?state=overdue&party=united-states&q=guarantees';

test('the logo leads to the unfiltered list, from a filtered list and from a pledge', async () => {
  const { router, user } = renderApp(VIEW, { now: NOW });
  const logo = await screen.findByRole('link', { name: 'Pledge Tracker' });
  expect(logo).toHaveAttribute('href', '/');
  await user.click(await screen.findByRole('link', { name: 'Put the security guarantees for Ukraine in writing' }));
  await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/pledges\//));
  expect(screen.getByRole('link', { name: 'Pledge Tracker' })).toHaveAttribute('href', '/');
  // "All pledges", the way back, keeps the view it came from.
  expect(await screen.findByRole('link', { name: 'All pledges' })).toHaveAttribute(
    'href',
    '/?state=overdue&party=united-states&q=guarantees',
  );
  await user.click(screen.getByRole('link', { name: 'Pledge Tracker' }));
  await waitFor(() => expect(router.state.location.href).toBe('/'));
});
