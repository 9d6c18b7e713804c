// @vitest-environment jsdom
// The timeline in the app against the mock API (the real API code over the seeded in-memory store): the
// summit's guarantees drawn as a bar, overdue on 1 Sep 2025; the three pledges without a deadline
// named under the drawing; zoom, keyboard, paging, loading, empty and error states.
import { act, screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { mockServer, resetMockStore } from '@mocks/node';
import { syntheticPage } from '@client/test-utils/fixtures';
import { apiError } from '@client/test-utils/mock-api';
import { renderApp } from '@client/test-utils/render-app';
import { viewerToday } from './marker';
import { formatDate } from '@shared/domain';

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetMockStore({ now: Date.parse(NOW) }));
afterEach(() => mockServer.resetHandlers());
afterAll(() => mockServer.close());

const NOW = '2025-09-01T12:00:00Z';
const GUARANTEES = 'Put the security guarantees for Ukraine in writing';

const timeline = () => screen.findByRole('region', { name: 'Timeline' });
const bars = (region: HTMLElement) =>
  within(within(region).getByRole('list', { name: 'Pledges on the timeline' })).getAllByRole('link');

describe('the timeline', () => {
  test('draws the guarantees as an overdue bar, today as a line, and names the pledges without a deadline', async () => {
    renderApp('/?view=timeline', { now: NOW });
    const region = await timeline();
    const bar = await within(region).findByRole('link', { name: `${GUARANTEES}: 25–28 Aug 2025, overdue` });
    expect(bar).toHaveAttribute('href', '/pledges/security-guarantees-in-writing');
    expect(bar.closest('li')).toHaveClass('state-overdue');
    expect(bars(region)).toHaveLength(1);
    // Today where the viewer is (2 Sep already in Kiritimati at noon UTC).
    expect(within(region).getByText(`Today · ${formatDate(viewerToday(Date.parse(NOW)))}`)).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: 'Go to today' })).toBeInTheDocument();

    const undated = within(region).getByText(/3 pledges in this view have no deadline/);
    expect(
      within(undated)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([
      'Buy about $90 billion of American weapons',
      'Help secure Ukraine, with Europe as the first line of defence',
      'Meet Vladimir Putin face to face to end the war',
    ]);
    expect(within(region).getByText('4 pledges')).toBeInTheDocument();
  });

  test('as of a day: the line is that day and each pledge is judged at its end', async () => {
    renderApp('/?view=timeline&asOf=2025-08-26', { now: '2026-11-28T12:00:00Z' });
    const region = await timeline();
    expect(await within(region).findByRole('link', { name: `${GUARANTEES}: 25–28 Aug 2025, due` })).toBeInTheDocument();
    expect(within(region).getByText('As of 26 Aug 2025')).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: 'Go to 26 Aug 2025' })).toBeInTheDocument();
  });

  test('the zoom is a radio group that asks for the new zoom', async () => {
    const { user, router } = renderApp('/?view=timeline', { now: NOW });
    const region = await timeline();
    await within(region).findAllByRole('link');
    const group = within(region).getByRole('group', { name: 'Zoom' });
    expect(within(group).getByRole('radio', { name: 'Quarter' })).toBeChecked();
    expect(within(region).getByText('Sep 2025')).toBeInTheDocument();
    await user.click(within(group).getByRole('radio', { name: 'Year' }));
    await waitFor(() => expect(router.state.location.searchStr).toBe('?view=timeline&zoom=year'));
    expect(within(group).getByRole('radio', { name: 'Year' })).toBeChecked();
    expect(within(region).getByText('Jan 2026')).toBeInTheDocument();
    await user.click(within(group).getByRole('radio', { name: 'Month' }));
    await waitFor(() => expect(router.state.location.searchStr).toBe('?view=timeline&zoom=month'));
  });

  test('one tab stop; arrows, Home and End move between pledges; Enter opens one', async () => {
    mockServer.use(http.get('*/api/pledges', () => HttpResponse.json(syntheticPage(5, 50, null))));
    const { user, router } = renderApp('/?view=timeline', { now: NOW });
    const region = await timeline();
    await within(region).findAllByRole('link', { name: /Synthetic pledge/ });
    const links = bars(region);
    expect(links).toHaveLength(5);
    expect(links.map((l) => l.tabIndex)).toEqual([0, -1, -1, -1, -1]);

    links[0]!.focus();
    await user.keyboard('{ArrowDown}');
    expect(links[1]).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(links[2]).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(links[1]).toHaveFocus();
    await user.keyboard('{End}');
    expect(links[4]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(links[4]).toHaveFocus();
    await user.keyboard('{Home}');
    expect(links[0]).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(links[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(links.map((l) => l.tabIndex)).toEqual([-1, 0, -1, -1, -1]);
    expect(links[1]).toHaveAccessibleName('Synthetic pledge number 1: 18 Aug – 2 Sep 2025, due');

    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/pledges/synthetic-1'));
  });

  test('a long view loads more on request and says how much is shown', async () => {
    mockServer.use(
      http.get('*/api/pledges', ({ request }) =>
        HttpResponse.json(syntheticPage(120, 50, new URL(request.url).searchParams.get('cursor'))),
      ),
    );
    const { user } = renderApp('/?view=timeline', { now: NOW });
    const region = await timeline();
    expect(await within(region).findByText('Showing 50 of 120')).toBeInTheDocument();
    expect(bars(region)).toHaveLength(50);
    await user.click(within(region).getByRole('button', { name: 'Load more' }));
    expect(await within(region).findByText('Showing 100 of 120')).toBeInTheDocument();
    expect(bars(region)).toHaveLength(100);
    await user.click(within(region).getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(bars(region)).toHaveLength(120));
    expect(within(region).queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  test('shows a skeleton while loading, says when nothing matches, and offers to try again after a failure', async () => {
    mockServer.use(
      http.get('*/api/pledges', async () => {
        await delay(150);
      }),
    );
    const first = renderApp('/?view=timeline', { now: NOW });
    expect(await screen.findByText('Loading the timeline…')).toBeInTheDocument();
    expect(await within(await timeline()).findByRole('link', { name: /^Put the security/ })).toBeInTheDocument();
    first.unmount();

    const empty = renderApp('/?view=timeline&q=nothing-like-this', { now: NOW });
    expect(await screen.findByText('No pledges match this view')).toBeInTheDocument();
    empty.unmount();

    mockServer.use(
      http.get('*/api/pledges', () => apiError('internal', 'The store is not answering.'), { once: true }),
    );
    const { user } = renderApp('/?view=timeline', { now: NOW });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The timeline could not be loaded');
    expect(alert).toHaveTextContent('The store is not answering.');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await within(await timeline()).findByRole('link', { name: /^Put the security/ })).toBeInTheDocument();
  });

  test('a new filter keeps the old drawing on screen, dimmed, until the new one arrives', async () => {
    let release: () => void = () => undefined;
    const { router } = renderApp('/?view=timeline', { now: NOW });
    const region = await timeline();
    await within(region).findByRole('link', { name: /^Put the security/ });
    mockServer.use(
      http.get('*/api/pledges', async () => {
        await new Promise<void>((resolve) => (release = resolve));
        return HttpResponse.json({ items: [], nextCursor: null, total: 0 });
      }),
    );
    act(() => void router.navigate({ to: '/', search: { view: 'timeline', state: ['met'] } }));
    await waitFor(() => expect(region).toHaveAttribute('aria-busy', 'true'));
    expect(within(region).getByRole('link', { name: /^Put the security/ })).toBeInTheDocument();
    expect(region.querySelector('.timeline-body')).toHaveClass('is-updating');
    act(() => release());
    expect(await within(region).findByText('No pledges match this view')).toBeInTheDocument();
  });
});
