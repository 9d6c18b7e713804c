// @vitest-environment jsdom
// "The URL is the view": chips for every active filter, clear all, history entries (typing
// replaces, choosing pushes), back and forward, and copying the link. Against the mock API.
import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { mockServer, resetMockStore } from '@mocks/node';
import { renderApp } from '@client/test-utils/render-app';

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetMockStore({ now: Date.parse(NOW) }));
afterEach(() => {
  mockServer.resetHandlers();
  vi.restoreAllMocks();
});
afterAll(() => mockServer.close());

const NOW = '2026-11-28T12:00:00Z';
const GUARANTEES = 'Put the security guarantees for Ukraine in writing';
const VIEW =
  '/?state=overdue&party=united-states&role=pledger&tag=security-guarantees&from=2025-08-01&to=2025-08-31&q=guarantees';

async function titles() {
  const list = await screen.findByRole('list', { name: 'Pledges' });
  return within(list)
    .getAllByRole('article')
    .map((a) => within(a).getByRole('heading').textContent);
}

function chipLabels() {
  const region = screen.queryByRole('region', { name: 'Active filters' });
  return region
    ? within(region)
        .getAllByRole('listitem')
        .map((li) => li.textContent?.replace('×', '').trim())
    : [];
}

describe('a view in the URL', () => {
  test('shows every active filter as a chip, and the controls say the same', async () => {
    renderApp(VIEW, { now: NOW });
    expect(await titles()).toEqual([GUARANTEES]);
    await waitFor(() =>
      expect(chipLabels()).toEqual([
        'Overdue',
        'Party: United States (as pledger)',
        'Tag: security-guarantees',
        'Deadline 1–31 Aug 2025',
        'Search: “guarantees”',
      ]),
    );
    expect(screen.getByRole('checkbox', { name: 'Overdue' })).toBeChecked();
    expect(screen.getByLabelText('Party')).toHaveValue('united-states');
    expect(screen.getByLabelText('As')).toHaveValue('pledger');
    expect(screen.getByLabelText('Tags')).toHaveValue('security-guarantees');
    expect(screen.getByLabelText('From')).toHaveValue('2025-08-01');
    expect(screen.getByLabelText('To')).toHaveValue('2025-08-31');
    // The range as the list writes it, beside the inputs and describing them.
    expect(screen.getByLabelText('From')).toHaveAccessibleDescription('1–31 Aug 2025');
    expect(screen.getByLabelText('To')).toHaveAccessibleDescription('1–31 Aug 2025');
    expect(screen.getByLabelText('Search')).toHaveValue('guarantees');
  });

  test('removes one filter with its chip, and all of them (but the order) with "Clear all"', async () => {
    const { router, user } = renderApp(`${VIEW}&sort=title`, { now: NOW });
    await titles();
    await user.click(await screen.findByRole('button', { name: 'Remove filter: Party: United States (as pledger)' }));
    await waitFor(() =>
      expect(router.state.location.href).toBe(
        '/?state=overdue&tag=security-guarantees&from=2025-08-01&to=2025-08-31&q=guarantees&sort=title',
      ),
    );
    expect(chipLabels()).not.toContain('Party: United States (as pledger)');
    expect(screen.getByLabelText('Party')).toHaveValue('');
    expect(screen.getByLabelText('As')).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Remove filter: Deadline 1–31 Aug 2025' }));
    await waitFor(() =>
      expect(router.state.location.href).toBe('/?state=overdue&tag=security-guarantees&q=guarantees&sort=title'),
    );
    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    await waitFor(() => expect(router.state.location.href).toBe('/?sort=title'));
    expect(screen.queryByRole('region', { name: 'Active filters' })).not.toBeInTheDocument();
    expect(await titles()).toHaveLength(4);
    expect(screen.getByLabelText('Search')).toHaveValue('');
    expect(screen.getByLabelText('Tags')).toHaveValue('');
  });

  test('choosing a filter pushes a history entry, typing replaces it; back and forward restore the view and its controls', async () => {
    const { router, user } = renderApp('/', { now: NOW });
    expect(await titles()).toHaveLength(4);
    await user.click(screen.getByRole('checkbox', { name: 'No deadline' }));
    await waitFor(() => expect(router.state.location.href).toBe('/?state=none'));
    await user.selectOptions(await screen.findByLabelText('Party'), 'United States');
    await waitFor(() => expect(router.state.location.href).toBe('/?state=none&party=united-states'));
    await user.selectOptions(screen.getByLabelText('As'), 'Beneficiary');
    await waitFor(() => expect(router.state.location.href).toBe('/?state=none&party=united-states&role=beneficiary'));
    expect(await titles()).toEqual(['Buy about $90 billion of American weapons']);
    const entries = router.history.length;
    await user.type(screen.getByLabelText('Search'), 'weap');
    await waitFor(() =>
      expect(router.state.location.href).toBe('/?state=none&party=united-states&role=beneficiary&q=weap'),
    );
    await user.type(screen.getByLabelText('Search'), 'ons');
    await waitFor(() =>
      expect(router.state.location.href).toBe('/?state=none&party=united-states&role=beneficiary&q=weapons'),
    );
    expect(router.history.length).toBe(entries);

    // Back skips the typing (it replaced) and lands on the view before the role was chosen.
    router.history.back();
    await waitFor(() => expect(router.state.location.href).toBe('/?state=none&party=united-states'));
    await waitFor(() => expect(screen.getByLabelText('As')).toHaveValue(''));
    expect(screen.getByLabelText('Search')).toHaveValue('');
    expect(screen.getByLabelText('Party')).toHaveValue('united-states');
    await waitFor(async () => expect(await titles()).toHaveLength(2));
    router.history.back();
    await waitFor(() => expect(router.state.location.href).toBe('/?state=none'));
    await waitFor(() => expect(screen.getByLabelText('Party')).toHaveValue(''));
    router.history.forward();
    router.history.forward();
    await waitFor(() =>
      expect(router.state.location.href).toBe('/?state=none&party=united-states&role=beneficiary&q=weapons'),
    );
    await waitFor(() => expect(screen.getByLabelText('Search')).toHaveValue('weapons'));
    expect(screen.getByLabelText('As')).toHaveValue('beneficiary');
    expect(chipLabels()).toEqual(['No deadline', 'Party: United States (as beneficiary)', 'Search: “weapons”']);
  });

  test('tags and a deadline range typed in the controls go into the URL', async () => {
    const { router, user } = renderApp('/', { now: NOW });
    await titles();
    await user.type(screen.getByLabelText('Tags'), 'Peace Talks, arms{Enter}');
    await waitFor(() => expect(router.state.location.href).toBe('/?tag=arms,peace-talks'));
    expect(await screen.findByText('2 pledges match')).toBeInTheDocument();
    expect(chipLabels()).toEqual(['Tag: arms', 'Tag: peace-talks']);
    await user.click(screen.getByRole('button', { name: 'Remove filter: Tag: arms' }));
    await waitFor(() => expect(router.state.location.href).toBe('/?tag=peace-talks'));
    expect(screen.getByLabelText('Tags')).toHaveValue('peace-talks');
    await user.click(screen.getByRole('button', { name: 'Clear all' }));

    await user.type(screen.getByLabelText('From'), '2025-08-27');
    await waitFor(() => expect(router.state.location.href).toBe('/?from=2025-08-27'));
    expect(await titles()).toEqual([GUARANTEES]);
    expect(chipLabels()).toEqual(['Deadline from 27 Aug 2025']);
  });

  test('new parameters that are bad are dropped from the link, and the notice says which', async () => {
    const { router } = renderApp('/?role=pledger&tag=Not%20A%20Tag&from=2025-02-30&to=2025-09-01', { now: NOW });
    expect(await screen.findByText('Part of this link could not be used, so it was left out')).toBeInTheDocument();
    // In the words of the list's controls, not the link's tokens.
    const notice = screen.getByText('Part of this link could not be used, so it was left out').parentElement!;
    expect(
      within(notice)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Party role: only applies together with a party.',
      'Tags: “Not A Tag” is not a tag as links write them, in lowercase words joined by dashes, e.g. peace-talks.',
      'Deadline from: “2025-02-30” is not a calendar date written year-month-day, e.g. 2025-09-01.',
    ]);
    await waitFor(() => expect(router.state.location.href).toBe('/?to=2025-09-01'));
    expect(chipLabels()).toEqual(['Deadline until 1 Sep 2025']);
  });

  test('a hostile URL shows a notice, not a crash', async () => {
    renderApp(`/?state=%3Cscript%3Ealert(1)%3C/script%3E&q=${'x'.repeat(500)}&zzz=1`, { now: NOW });
    expect(await screen.findByText('Part of this link could not be used, so it was left out')).toBeInTheDocument();
    expect(screen.getByText('Search: the text is longer than 200 characters.')).toBeInTheDocument();
    expect(screen.getByText('“zzz” is not something this list can be filtered or ordered by.')).toBeInTheDocument();
    expect(screen.getByText(/^Deadline: “<script>alert\(1\)<\/script>” is not one of the choices/)).toBeInTheDocument();
    expect(await titles()).toHaveLength(4);
    expect(document.querySelector('script:not([src])')).toBeNull();
  });
});

describe('sharing a view', () => {
  test('"Copy link" writes the absolute URL of the view to the clipboard and says so', async () => {
    const { user } = renderApp('/?state=overdue&tag=ukraine', { now: NOW });
    await titles();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    // The link carries the sender's language, so the colleague reads the view as it was sent.
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/?state=overdue&tag=ukraine&lang=en`);
    expect(await screen.findByText('Link copied')).toBeInTheDocument();
  });

  test('without a clipboard it falls back, and failing that shows the link to copy by hand', async () => {
    const { user } = renderApp('/?party=ukraine', { now: NOW });
    await titles();
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('denied')) },
      configurable: true,
    });
    const execCommand = vi.fn(() => false);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(await screen.findByText('The link could not be copied')).toBeInTheDocument();
    expect(screen.getByText(`Copy it from here: ${window.location.origin}/?party=ukraine&lang=en`)).toBeInTheDocument();
  });

  test('"Share" appears only where the browser can share, and shares the view', async () => {
    const first = renderApp('/', { now: NOW });
    await titles();
    expect(screen.queryByRole('button', { name: 'Share…' })).not.toBeInTheDocument();
    first.unmount();
    const share = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    try {
      const { user } = renderApp('/?state=due', { now: NOW });
      await user.click(await screen.findByRole('button', { name: 'Share…' }));
      expect(share).toHaveBeenCalledWith({
        title: 'Pledges · Pledge Tracker',
        url: `${window.location.origin}/?state=due&lang=en`,
      });
    } finally {
      delete (navigator as { share?: unknown }).share;
    }
  });
});
