// @vitest-environment jsdom
// A view as of a day: the pin, the rows judged at the end of that day, no edits, back to today.
import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { mockServer, resetMockStore } from '@mocks/node';
import { renderApp } from '@client/test-utils/render-app';

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetMockStore({ now: Date.parse(NOW) }));
afterEach(() => mockServer.resetHandlers());
afterAll(() => mockServer.close());

const NOW = '2026-11-28T12:00:00Z';
const GUARANTEES = 'Put the security guarantees for Ukraine in writing';

async function guaranteesRow() {
  const list = await screen.findByRole('list', { name: 'Pledges' });
  const link = await within(list).findByRole('link', { name: GUARANTEES });
  return link.closest('article')!;
}

describe('a view as of a day', () => {
  test('pins the day, judges each pledge at its end, and offers no edits', async () => {
    renderApp('/?asOf=2025-08-26', { now: NOW });
    const banner = await screen.findByRole('region', { name: 'As of 26 Aug 2025' });
    expect(banner).toHaveTextContent('The record as it stood at the end of that day');
    const row = await guaranteesRow();
    expect(row).toHaveTextContent('Deadline: Due');
    expect(row).toHaveTextContent('closes in 2 days');
    expect(screen.queryByRole('button', { name: /Mark verdict/ })).not.toBeInTheDocument();
    expect(screen.getByLabelText('As of')).toHaveValue('2025-08-26');
    expect(screen.getByLabelText('As of')).toHaveAccessibleDescription(/^Tue 26 Aug 2025/);
    expect(document.title).toBe('Pledges as of 26 Aug 2025 · Pledge Tracker');
  });

  test('"what was overdue on 1 September 2025" is a link', async () => {
    renderApp('/?asOf=2025-09-01&state=overdue', { now: NOW });
    const list = await screen.findByRole('list', { name: 'Pledges' });
    await waitFor(() => expect(within(list).getAllByRole('article')).toHaveLength(1));
    const row = await guaranteesRow();
    expect(row).toHaveTextContent('Deadline: Overdue');
    expect(row).toHaveTextContent('overdue by 4 days');
  });

  test('back to today removes the pin and keeps the other filters', async () => {
    const { user, router } = renderApp('/?state=overdue&asOf=2025-08-26', { now: NOW });
    await screen.findByRole('region', { name: 'As of 26 Aug 2025' });
    await user.click(screen.getByRole('button', { name: 'Back to today' }));
    await waitFor(() => expect(router.state.location.searchStr).toBe('?state=overdue'));
    expect(screen.queryByRole('region', { name: /^As of/ })).not.toBeInTheDocument();
    const row = await guaranteesRow();
    expect(row).toHaveTextContent('overdue by 457 days');
    expect(within(row).getByRole('button', { name: /Mark verdict/ })).toBeInTheDocument();
  });

  test('choosing a day in the filters pins it; clearing the filters keeps the pin', async () => {
    const { user, router } = renderApp('/?state=due', { now: NOW });
    await screen.findByRole('heading', { level: 1, name: 'Pledges' });
    const field = screen.getByLabelText('As of');
    expect(field).toHaveAttribute('max', '2026-11-28');
    await user.type(field, '2025-08-26');
    await waitFor(() => expect(router.state.location.searchStr).toBe('?state=due&asOf=2025-08-26'));
    expect(await guaranteesRow()).toHaveTextContent('Deadline: Due');
    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    await waitFor(() => expect(router.state.location.searchStr).toBe('?asOf=2025-08-26'));
  });

  test('a day that has not begun is dropped from the link, and the reader is told', async () => {
    const { router } = renderApp('/?asOf=2030-01-01&state=overdue', { now: NOW });
    expect(await screen.findByText('Part of this link could not be used, so it was left out')).toBeInTheDocument();
    expect(
      screen.getByText('As of: 1 Jan 2030 has not begun yet, so the list shows the record as it is today.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.searchStr).toBe('?state=overdue'));
    expect(screen.queryByRole('region', { name: /^As of/ })).not.toBeInTheDocument();
  });
});
