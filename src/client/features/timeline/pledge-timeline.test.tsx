// @vitest-environment jsdom
// The timeline in the app against the mock API (the real API code over the seeded in-memory store): the
// summit's guarantees drawn as a bar, overdue on 1 Sep 2025; the three pledges without a deadline
// named under the drawing; zoom, keyboard, paging, loading, empty and error states; and seen in
// December 2026, far from today: the count of pledges off screen, and the Fit zoom.
import { act, screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
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

// The first visit loads the timeline's lazy chunk, which a busy machine transforms slowly.
const timeline = () => screen.findByRole('region', { name: 'Timeline' }, { timeout: 10_000 });
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

// jsdom lays nothing out: the drawing is given a width (a quarter at 10 px a day), and the
// browser's scroll position is the number the chart writes.
describe('seen long after its windows', () => {
  const LATER = '2026-12-07T12:00:00Z';
  const TODAY = `Today · ${formatDate(viewerToday(Date.parse(LATER)))}`;
  const guarantees = (region: HTMLElement) =>
    within(region).getByRole('link', { name: `${GUARANTEES}: 25–28 Aug 2025, overdue` });

  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(910);
  });
  afterEach(() => vi.restoreAllMocks());

  test('opens on today, counts the pledge that lies earlier, and goes to it from the keyboard', async () => {
    const { user } = renderApp('/?view=timeline', { now: LATER });
    const region = await timeline();
    const earlier = await within(region).findByRole('button', { name: 'Show 1 pledge earlier' });
    expect(earlier).toHaveTextContent(/^←\s?1 pledge earlier$/);
    expect(within(region).getByText('Nothing later')).toBeInTheDocument();
    expect(within(region).getByText(TODAY)).toBeInTheDocument();
    // Its title, on screen beside empty days, points the way its bar lies.
    expect(guarantees(region).closest('li')).toHaveTextContent('← 25–28 Aug 2025 · Overdue');

    // The zoom's checked radio, then the marker: one Tab.
    within(region).getByRole('radio', { name: 'Quarter' }).focus();
    await user.tab();
    expect(earlier).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await within(region).findByText('Nothing earlier')).toBeInTheDocument();
    expect(within(region).queryByRole('button', { name: /^Show/ })).not.toBeInTheDocument();
    // The marker went with the last pledge it counted: the focus is on that pledge.
    expect(guarantees(region)).toHaveFocus();
    expect(guarantees(region).closest('li')).not.toHaveTextContent('←');
    expect(guarantees(region).tabIndex).toBe(0);
  });

  test('counts on both sides and steps through them, the nearest first', async () => {
    const { tooEarly, justBefore, after } = {
      tooEarly: { id: 'a', first: '2025-01-10', last: '2025-01-12' },
      justBefore: { id: 'b', first: '2026-08-01', last: '2026-08-20' },
      after: { id: 'c', first: '2027-06-01', last: '2027-06-30' },
    };
    const page = syntheticPage(3, 50, null);
    page.items = page.items.map((item, i) => {
      const w = [tooEarly, justBefore, after][i]!;
      return { ...item, deadline: { earliest: w.first, latest: w.last, text: 'between' } };
    });
    mockServer.use(http.get('*/api/pledges', () => HttpResponse.json(page)));
    const { user } = renderApp('/?view=timeline', { now: LATER });
    const region = await timeline();
    const earlier = await within(region).findByRole('button', { name: 'Show 2 pledges earlier' });
    const later = within(region).getByRole('button', { name: 'Show 1 pledge later' });
    await user.click(earlier);
    // August 2026 and January 2025 do not fit on one screen: August first.
    expect(await within(region).findByRole('button', { name: 'Show 1 pledge earlier' })).toHaveFocus();
    expect(bars(region)[1]).toHaveAccessibleName(/^Synthetic pledge number 1: 1–20 Aug 2026/);
    expect(bars(region).map((b) => b.tabIndex)).toEqual([-1, 0, -1]);
    expect(within(region).getByRole('button', { name: 'Show 1 pledge later' })).toBe(later);
    await user.click(later);
    expect(await within(region).findByText('Nothing later')).toBeInTheDocument();
    expect(bars(region)[2]).toHaveFocus();
    expect(within(region).getByRole('button', { name: 'Show 2 pledges earlier' })).toBeInTheDocument();
  });

  test('Fit spans the windows; today, far from them, waits at the edge until “Go to today”', async () => {
    const { user, router } = renderApp('/?view=timeline', { now: LATER });
    const region = await timeline();
    await within(region).findByRole('button', { name: 'Show 1 pledge earlier' });
    await user.click(within(region).getByRole('radio', { name: 'Fit' }));
    await waitFor(() => expect(router.state.location.searchStr).toBe('?view=timeline&zoom=fit'));
    // Nothing is off screen, so nothing is counted; the axis names the month it starts in.
    expect(within(region).queryByText('Nothing later')).not.toBeInTheDocument();
    expect(within(region).queryByRole('button', { name: /^Show/ })).not.toBeInTheDocument();
    expect(within(region).getByText('Aug 2025')).toBeInTheDocument();
    expect(guarantees(region).closest('li')).not.toHaveTextContent('←');
    const flag = within(region).getByText(TODAY, { exact: false });
    expect(flag).toHaveClass('is-beyond', 'is-later');
    expect(flag).toHaveTextContent(`${TODAY} →`);

    await user.click(within(region).getByRole('button', { name: 'Go to today' }));
    await waitFor(() => expect(router.state.location.searchStr).toBe('?view=timeline'));
    expect(within(region).getByRole('radio', { name: 'Quarter' })).toBeChecked();
    expect(within(region).getByText(TODAY)).not.toHaveClass('is-beyond');
    expect(await within(region).findByRole('button', { name: 'Show 1 pledge earlier' })).toBeInTheDocument();
  });

  test('a shared link with zoom=fit opens fitted, today on the axis when it is near', async () => {
    renderApp('/?view=timeline&zoom=fit', { now: NOW });
    const region = await timeline();
    await within(region).findByRole('link', { name: `${GUARANTEES}: 25–28 Aug 2025, overdue` });
    expect(within(region).getByRole('radio', { name: 'Fit' })).toBeChecked();
    expect(within(region).getByText(`Today · ${formatDate(viewerToday(Date.parse(NOW)))}`)).not.toHaveClass(
      'is-beyond',
    );
    expect(within(region).getByText('Aug 2025')).toBeInTheDocument();
  });
});
