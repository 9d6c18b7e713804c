// @vitest-environment jsdom
// The home page's address is read once per navigation (validateSearch, the loader, the page and
// the bad-parameter notice share one parse), and navigating is what starts the list's fetch.
import * as contract from '@shared/contract';
import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { mockServer, resetMockStore } from '@mocks/node';
import { renderApp } from '@client/test-utils/render-app';
import { pledgeKeys } from '@client/lib/query-keys';

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetMockStore({ now: Date.parse(NOW) }));
afterEach(() => mockServer.resetHandlers());
afterAll(() => mockServer.close());

const NOW = '2026-11-28T12:00:00Z';

async function titles() {
  const list = await screen.findByRole('list', { name: 'Pledges' });
  return within(list)
    .getAllByRole('article')
    .map((a) => within(a).getByRole('heading').textContent);
}

describe('reading the list address', () => {
  test('a filter change parses the new address once', async () => {
    const { user, router } = renderApp('/', { now: NOW });
    expect(await titles()).toHaveLength(4);
    const parse = vi.spyOn(contract, 'parseFilters');

    await user.click(screen.getByRole('checkbox', { name: 'Overdue' }));
    await waitFor(() => expect(router.state.location.searchStr).toBe('?state=overdue'));
    expect(await titles()).toEqual(['Put the security guarantees for Ukraine in writing']);
    expect(parse).toHaveBeenCalledTimes(1);

    parse.mockClear();
    await user.click(screen.getByRole('radio', { name: 'Timeline' }));
    await waitFor(() => expect(router.state.location.searchStr).toBe('?state=overdue&view=timeline'));
    expect(parse).toHaveBeenCalledTimes(1);

    parse.mockClear();
    await user.click(screen.getByRole('radio', { name: 'List' }));
    await waitFor(() => expect(router.state.location.searchStr).toBe('?state=overdue'));
    expect(await titles()).toHaveLength(1);
    // Back to an address read before: nothing to parse.
    expect(parse).toHaveBeenCalledTimes(0);
  });

  test('a link with bad parameters is parsed once, its clean address once, and the notice says what was dropped', async () => {
    const parse = vi.spyOn(contract, 'parseFilters');
    const { router } = renderApp('/?state=overdue,soon&colour=red', { now: NOW });
    expect(await screen.findByText('Part of this link could not be used, so it was left out')).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.searchStr).toBe('?state=overdue'));
    expect(await titles()).toHaveLength(1);
    // The link as given, then the clean address the router rewrites it to.
    expect(parse).toHaveBeenCalledTimes(2);
  });

  test('loading a view through the router (a hovered link, a navigation) starts its fetch', async () => {
    const { router, queryClient } = renderApp('/', { now: NOW });
    expect(await titles()).toHaveLength(4);
    const due = pledgeKeys.list({ state: ['due'] });
    expect(queryClient.getQueryState(due)).toBeUndefined();
    await router.preloadRoute({ to: '/', search: { state: ['due'] } });
    expect(queryClient.getQueryState(due)?.fetchStatus ?? 'idle').not.toBe('idle');
  });
});
