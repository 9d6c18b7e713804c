// @vitest-environment jsdom
// The header offers "Sign in" to a signed-out visitor everywhere but on the sign-in page itself.
import { http, HttpResponse } from 'msw';
import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, expect, test } from 'vitest';
import { mockServer, resetMockStore } from '@mocks/node';
import { renderApp } from '@client/test-utils/render-app';
import { sessionAs } from '@client/test-utils/session';

const NOW = '2025-09-01T12:00:00Z';
beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  resetMockStore({ now: Date.parse(NOW) });
  mockServer.use(http.get('*/api/session', () => HttpResponse.json(sessionAs(null))));
});
afterEach(() => mockServer.resetHandlers());
afterAll(() => mockServer.close());

const header = () => screen.findByRole('banner');

test('a signed-out visitor finds "Sign in" in the header of the list', async () => {
  renderApp('/', { now: NOW });
  expect(await within(await header()).findByRole('link', { name: 'Sign in' })).toBeInTheDocument();
});

test('the sign-in page has no second "Sign in" in its header', async () => {
  const { router } = renderApp('/sign-in', { now: NOW });
  await screen.findByRole('heading', { level: 1 });
  await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
  expect(within(await header()).queryByRole('link', { name: 'Sign in' })).toBeNull();
});
