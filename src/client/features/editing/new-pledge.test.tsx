// @vitest-environment jsdom
// Recording a pledge by hand, through the real app and the mock API.
import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { mockServer, resetMockStore } from '@mocks/node';
import { apiError } from '@client/test-utils/mock-api';
import { renderApp } from '@client/test-utils/render-app';
import { useNewDraft } from './new-draft-store';

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetMockStore({ now: Date.parse(NOW) }));
afterEach(() => {
  mockServer.resetHandlers();
  useNewDraft.setState({ draft: null });
});
afterAll(() => mockServer.close());

const NOW = '2025-08-19T12:00:00Z';

async function fillTheSummitPledge(user: ReturnType<typeof renderApp>['user']) {
  await user.type(await screen.findByLabelText('Title in English'), 'Put the guarantees in writing');
  const pledgers = screen.getByRole('group', { name: 'Pledged by' });
  await user.type(within(pledgers).getByLabelText('Add to pledged by'), 'United States{Enter}');
  expect(within(pledgers).getByRole('list', { name: 'Pledged by: chosen' })).toHaveTextContent('United States');
  const to = screen.getByRole('group', { name: 'Pledged to' });
  await user.type(within(to).getByLabelText('Add to pledged to'), 'Kyiv{Enter}');
  expect(within(to).getByRole('list', { name: 'Pledged to: chosen' })).toHaveTextContent('Ukraine');
  const announced = screen.getByLabelText('Announced on');
  await user.clear(announced);
  await user.type(announced, '2025-08-18');
  const zone = screen.getByLabelText('Time zone');
  await user.clear(zone);
  await user.type(zone, 'America/New_York');
  await user.type(screen.getByLabelText('As it was said'), 'within the next week to ten days');
}

describe('a new pledge', () => {
  test('the words of the deadline become dates as you type, and saving opens the new pledge', async () => {
    const { user, router } = renderApp('/pledges/new', { now: NOW });
    expect(await screen.findByRole('heading', { level: 1, name: 'New pledge' })).toBeInTheDocument();
    await fillTheSummitPledge(user);
    expect(
      await screen.findByText('Due 25–28 Aug 2025, counted from 18 Aug 2025 in America/New_York.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Record the pledge' }));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/pledges\/put-the-guarantees-in-writing-/));
    expect(await screen.findByRole('heading', { level: 1, name: 'Put the guarantees in writing' })).toBeInTheDocument();
    expect(screen.getByText('Recorded “Put the guarantees in writing”')).toBeInTheDocument();
    expect(useNewDraft.getState().draft).toBeNull();
  });

  test('takes the title in both languages side by side, and the original can be either', async () => {
    const { user, router } = renderApp('/pledges/new', { now: NOW });
    await fillTheSummitPledge(user);
    const english = screen.getByLabelText('Title in English');
    const ukrainian = screen.getByLabelText('Title in Ukrainian');
    expect(english).toBeRequired();
    expect(ukrainian).not.toBeRequired();
    expect(ukrainian).toHaveAttribute('lang', 'uk');
    await user.type(ukrainian, 'Закріпити гарантії на папері');
    // Written first in Ukrainian: each text stays in its box, and the Ukrainian one is now needed.
    const written = screen.getByRole('radiogroup', { name: 'Written first in' });
    await user.click(within(written).getByRole('radio', { name: 'Ukrainian' }));
    expect(screen.getByLabelText('Title in English')).toHaveValue('Put the guarantees in writing');
    expect(screen.getByLabelText('Title in Ukrainian')).toHaveValue('Закріпити гарантії на папері');
    expect(screen.getByLabelText('Title in Ukrainian')).toBeRequired();
    await user.click(screen.getByRole('button', { name: 'Record the pledge' }));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/pledges\/zakripyty-harantii-na-paperi-/));
    const id = router.state.location.pathname.split('/').pop()!;
    const stored = (await (await fetch(`http://localhost/api/pledges/${id}`)).json()) as Record<string, unknown>;
    expect(stored).toMatchObject({
      title: 'Закріпити гарантії на папері',
      titleLanguage: 'uk',
      titleTranslations: { en: 'Put the guarantees in writing' },
    });
  });

  test('dates picked in the browser’s own inputs read as the list writes them', async () => {
    const { user } = renderApp('/pledges/new', { now: NOW });
    const announced = await screen.findByLabelText('Announced on');
    // Today where the reader is, to begin with.
    expect(announced).toHaveAccessibleDescription(/^(Tue 19|Wed 20) Aug 2025$/);
    await user.clear(announced);
    await user.type(announced, '2025-08-18');
    expect(announced).toHaveAccessibleDescription('Mon 18 Aug 2025');
    await user.clear(screen.getByLabelText('Time zone'));
    await user.type(screen.getByLabelText('Time zone'), 'Europe/Kyiv');

    await user.click(screen.getByRole('radio', { name: 'Dates' }));
    const latest = screen.getByLabelText('Latest');
    expect(latest).toHaveAccessibleDescription('Pick the latest day at least; the window appears here.');
    await user.type(latest, '2025-08-28');
    expect(latest).toHaveAccessibleDescription('Thu 28 Aug 2025 Due by 28 Aug 2025, in Europe/Kyiv.');
    const earliest = screen.getByLabelText('Earliest (optional)');
    await user.type(earliest, '2025-08-25');
    expect(earliest).toHaveAccessibleDescription('Mon 25 Aug 2025 Due 25–28 Aug 2025, in Europe/Kyiv.');
    expect(screen.getByText('Due 25–28 Aug 2025, in Europe/Kyiv.')).toBeInTheDocument();
  });

  test('says what is missing next to each field, moves focus there, and saves nothing', async () => {
    let posts = 0;
    mockServer.events.on('request:start', ({ request }) => {
      if (request.method === 'POST') posts++;
    });
    const { user } = renderApp('/pledges/new', { now: NOW });
    await user.click(await screen.findByRole('button', { name: 'Record the pledge' }));
    expect(await screen.findByText(/fields need attention/)).toBeInTheDocument();
    const title = screen.getByLabelText('Title in English');
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription(/A title is needed/);
    expect(screen.getByRole('group', { name: 'Pledged by' })).toHaveTextContent('Name at least one pledger');
    expect(screen.getByText('Say when, in words (e.g. “within ten days”), or pick dates')).toBeInTheDocument();
    await waitFor(() => expect(title).toHaveFocus());
    expect(posts).toBe(0);
  });

  test('shows what the server refused next to its field, and keeps every word', async () => {
    mockServer.use(
      http.post('*/api/pledges', () =>
        apiError('invalid_input', 'The pledge would not be consistent.', [
          { path: 'sources.0.url', message: 'Use a link that starts with http:// or https://' },
        ]),
      ),
    );
    const { user } = renderApp('/pledges/new', { now: NOW });
    await fillTheSummitPledge(user);
    await user.click(screen.getByRole('button', { name: 'Add a source' }));
    await user.type(screen.getByLabelText('Source 1: title'), 'Summit report');
    await user.click(screen.getByRole('button', { name: 'Record the pledge' }));
    expect(await screen.findByText('Use a link that starts with http:// or https://')).toBeInTheDocument();
    expect(screen.getByText('The pledge would not be consistent.')).toBeInTheDocument();
    expect(screen.getByLabelText('Title in English')).toHaveValue('Put the guarantees in writing');
  });

  test('keeps the draft across a reload, and can start again', async () => {
    const first = renderApp('/pledges/new', { now: NOW });
    await first.user.type(await screen.findByLabelText('Title in English'), 'Half-typed pledge');
    expect(screen.queryByText(/draft you started earlier/)).not.toBeInTheDocument();
    first.unmount();
    const { user } = renderApp('/pledges/new', { now: NOW });
    expect(await screen.findByLabelText('Title in English')).toHaveValue('Half-typed pledge');
    expect(screen.getByText(/draft you started earlier/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(screen.getByLabelText('Title in English')).toHaveValue('');
  });
});
