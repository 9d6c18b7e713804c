// @vitest-environment jsdom
// Every filter control on the home page, with every other filter set: using it changes its own
// parameter and no other. (A page URL once lost slipped and progress whenever a state was ticked.)
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { FILTER_PARAMS, PRESENTATION_PARAMS, type FilterName } from '@shared/contract';
import { mockServer, resetMockStore } from '@mocks/node';
import { fromQueryString } from '@client/lib/query-string';
import { renderApp } from '@client/test-utils/render-app';

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetMockStore({ now: Date.parse(NOW) }));
afterEach(() => {
  mockServer.resetHandlers();
  vi.restoreAllMocks();
});
afterAll(() => mockServer.close());

const NOW = '2026-11-28T12:00:00Z';
/** Every filter set at once, in canonical form (the presentation is the view switch's own test). */
const EVERY_FILTER: Partial<Record<FilterName, string>> = {
  verdict: 'open',
  state: 'overdue',
  party: 'united-states',
  role: 'pledger',
  tag: 'security-guarantees',
  from: '2025-08-01',
  to: '2025-08-31',
  slipped: 'true',
  progress: 'partial',
  q: 'guarantees',
  sort: 'title',
  asOf: '2026-11-01',
};
const FULL = `/?${Object.entries(EVERY_FILTER)
  .map(([k, v]) => `${k}=${v}`)
  .join('&')}`;

type Screen = ReturnType<typeof renderApp>;

async function openFull(): Promise<Screen> {
  const app = renderApp(FULL, { now: NOW });
  await screen.findByRole('search', { name: 'Filter pledges' });
  // The party list comes from the API: wait for it, or the party control shows only the id.
  await screen.findByRole('option', { name: 'Ukraine' });
  return app;
}

/** The parameters whose value differs between the full view and the page's URL now. */
function changedParams(router: Screen['router']): string[] {
  const now = fromQueryString(router.state.location.searchStr);
  const names = new Set([...Object.keys(EVERY_FILTER), ...Object.keys(now)]);
  return [...names].filter((name) => now[name] !== EVERY_FILTER[name as FilterName]);
}

async function expectOnlyChanged(router: Screen['router'], param: string) {
  await waitFor(() => expect(changedParams(router)).toEqual([param]));
}

const setDate = (label: string, value: string) =>
  void fireEvent.change(screen.getByLabelText(label), { target: { value } });

/** Each control other than the chip checkboxes: what to do with it, and the parameter it owns. */
const CONTROLS: { name: string; param: string; use: (user: UserEvent) => Promise<void> | void }[] = [
  { name: 'Search', param: 'q', use: (user) => user.type(screen.getByLabelText('Search'), ' ukraine') },
  { name: 'Party', param: 'party', use: (user) => user.selectOptions(screen.getByLabelText('Party'), 'Ukraine') },
  { name: 'As', param: 'role', use: (user) => user.selectOptions(screen.getByLabelText('As'), 'Beneficiary') },
  { name: 'Tags', param: 'tag', use: (user) => user.type(screen.getByLabelText('Tags'), ', aid{Enter}') },
  { name: 'Order', param: 'sort', use: (user) => user.selectOptions(screen.getByLabelText('Order'), 'Title, Z to A') },
  { name: 'From', param: 'from', use: () => setDate('From', '2025-08-05') },
  { name: 'To', param: 'to', use: () => setDate('To', '2025-08-25') },
  { name: 'As of', param: 'asOf', use: () => setDate('As of', '2026-10-01') },
  { name: 'Timeline', param: 'view', use: (user) => user.click(screen.getByRole('radio', { name: 'Timeline' })) },
];

describe('each filter control changes its own parameter only', () => {
  test('the full view sets every filter of the language', () => {
    expect(Object.keys(EVERY_FILTER)).toEqual(
      FILTER_PARAMS.filter((name) => !(PRESENTATION_PARAMS as string[]).includes(name)),
    );
  });

  test.each(CONTROLS)('$name', async ({ param, use }) => {
    const { router, user } = await openFull();
    await use(user);
    await expectOnlyChanged(router, param);
  });

  test('every chip: ticked or unticked, the other filters stay', async () => {
    const { router, user } = await openFull();
    const form = screen.getByRole('search', { name: 'Filter pledges' });
    const count = within(form).getAllByRole('checkbox').length;
    expect(count).toBeGreaterThan(10);
    for (let i = 0; i < count; i++) {
      const box = within(form).getAllByRole('checkbox')[i]!;
      const wasChecked = (box as HTMLInputElement).checked;
      await user.click(box);
      await waitFor(() => expect(changedParams(router)).toHaveLength(1));
      expect(within(form).getAllByRole('checkbox')[i]).toHaveProperty('checked', !wasChecked);
      act(() => router.history.push(FULL));
      await waitFor(() => expect(changedParams(router)).toEqual([]));
      await waitFor(() => expect(within(form).getAllByRole('checkbox')[i]).toHaveProperty('checked', wasChecked));
    }
  });
});
