// @vitest-environment jsdom
// The route pages' own words in Ukrainian: the list page's heading and title (with an as-of day
// written the Ukrainian way), the share and export links carrying the reader's language, the side
// pages' titles, the pages that are not there; and the shared building blocks (badges, the theme
// switch, the external-link note). Against the mock API.
import { render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { mockServer, resetMockStore } from '@mocks/node';
import { DateField } from '@client/components/date-field';
import { ExternalLink } from '@client/components/external-link';
import { ThemeToggle } from '@client/components/theme-toggle';
import { showLanguage } from '@client/i18n/language';
import { useTheme } from '@client/lib/stores/theme';
import { renderApp } from '@client/test-utils/render-app';

const NOW = '2026-11-28T12:00:00Z';

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
beforeEach(async () => {
  resetMockStore({ now: Date.parse(NOW) });
  await showLanguage('uk');
});
afterEach(() => {
  mockServer.resetHandlers();
  vi.restoreAllMocks();
});
afterAll(() => mockServer.close());

describe('the list page, in Ukrainian', () => {
  test('its heading, lede, title and language', async () => {
    renderApp('/', { now: NOW });
    expect(await screen.findByRole('heading', { level: 1, name: 'Обіцянки' })).toBeInTheDocument();
    expect(screen.getByText('Публічні зобов’язання та їхні строки. Прострочені — першими.')).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Обіцянки · Трекер обіцянок'));
    expect(document.documentElement.lang).toBe('uk');
    // The badges say what they are to a screen reader, in Ukrainian.
    await waitFor(() => expect(document.querySelector('.badge-state .visually-hidden')).not.toBeNull());
    expect(document.querySelector('.badge-state .visually-hidden')).toHaveTextContent('Строк:');
  });

  test('a day in the past is in the title, written the Ukrainian way', async () => {
    renderApp('/?asOf=2025-08-26', { now: NOW });
    await waitFor(() => expect(document.title).toBe('Обіцянки станом на 26 серп. 2025 · Трекер обіцянок'));
  });

  test('"Copy link" copies the view with the sender’s language, and says so in Ukrainian', async () => {
    const { user } = renderApp('/?state=overdue', { now: NOW });
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const group = await screen.findByRole('group', { name: 'Поділитися цим виглядом' });
    await user.click(within(group).getByRole('button', { name: 'Копіювати посилання' }));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/?state=overdue&lang=uk`);
    expect(await screen.findByText('Посилання скопійовано')).toBeInTheDocument();
    expect(screen.getByText('Кожен, хто його відкриє, побачить саме цей вигляд.')).toBeInTheDocument();
  });

  test('"Share" shares the Ukrainian title and the link in Ukrainian', async () => {
    const share = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    try {
      const { user } = renderApp('/?state=due', { now: NOW });
      await user.click(await screen.findByRole('button', { name: 'Поділитися…' }));
      expect(share).toHaveBeenCalledWith({
        title: 'Обіцянки · Трекер обіцянок',
        url: `${window.location.origin}/?state=due&lang=uk`,
      });
    } finally {
      delete (navigator as { share?: unknown }).share;
    }
  });

  test('the export links ask for the feeds in Ukrainian, and the feeds answer in it', async () => {
    const { user } = renderApp('/?state=overdue', { now: NOW });
    await user.click(await screen.findByText('Експорт і підписка'));
    const origin = window.location.origin;
    expect(await screen.findByRole('link', { name: 'Підписатися в календарі' })).toHaveAttribute(
      'href',
      `${origin.replace(/^https?:/, 'webcal:')}/api/pledges.ics?state=overdue&lang=uk`,
    );
    expect(screen.getByRole('link', { name: 'Стрічка Atom' })).toHaveAttribute(
      'href',
      `${origin}/api/pledges.atom?state=overdue&lang=uk`,
    );
    const csv = screen.getByRole('link', { name: 'Завантажити CSV' });
    expect(csv).toHaveAttribute('href', `${origin}/api/pledges.csv?state=overdue&lang=uk`);
    expect(screen.getByRole('textbox', { name: 'Адреса календаря' })).toHaveValue(
      `${origin}/api/pledges.ics?state=overdue&lang=uk`,
    );
    const response = await fetch(csv.getAttribute('href')!);
    expect(response.ok).toBe(true);
    // The file's header row is in the language the link asked for.
    expect((await response.text()).split('\r\n')[0]).toMatch(/[А-ЯІЇЄҐа-яіїєґ]/);
  });
});

describe('the other pages, in Ukrainian', () => {
  test('a page that is not there', async () => {
    renderApp('/no-such-page', { now: NOW });
    expect(await screen.findByRole('heading', { level: 1, name: 'Тут немає сторінки' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Сторінку не знайдено · Трекер обіцянок'));
    expect(screen.getByRole('link', { name: 'Усі обіцянки' })).toBeInTheDocument();
  });

  test('a pledge that is not there', async () => {
    renderApp('/pledges/no-such-pledge-at-all', { now: NOW });
    expect(await screen.findByRole('heading', { level: 1, name: 'Тут немає обіцянки' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Обіцянку не знайдено · Трекер обіцянок'));
  });

  test.each([
    ['/trash', 'Кошик'],
    ['/parties', 'Сторони'],
    ['/pledges/new', 'Нова обіцянка'],
    ['/intake', 'Додати зі статті'],
  ])('%s has its Ukrainian heading, title and the way back to the list', async (path, title) => {
    renderApp(path, { now: NOW });
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe(`${title} · Трекер обіцянок`));
    const breadcrumb = screen.getByRole('navigation', { name: 'Навігаційний ланцюжок' });
    expect(within(breadcrumb).getByRole('link', { name: /Усі обіцянки/ })).toBeInTheDocument();
  });
});

describe('the building blocks, in Ukrainian', () => {
  test('the theme switch says which theme is on and what a press does', () => {
    useTheme.setState({ choice: 'system' });
    render(<ThemeToggle />);
    const button = screen.getByRole('button', { name: 'Тема: Системна' });
    expect(button.getAttribute('title')).toBe('Тема: Системна (натисніть, щоб вибрати: Світла)');
  });

  test('a date field writes the picked day the Ukrainian way, with its weekday', () => {
    render(<DateField label="День" value="2025-08-25" onChange={() => undefined} />);
    expect(screen.getByLabelText('День')).toHaveAccessibleDescription('пн, 25 серп. 2025');
  });

  test('a field that may be left empty says so in Ukrainian', () => {
    render(<DateField label="День" optional value="" onChange={() => undefined} />);
    expect(screen.getByText('(необов’язково)')).toBeInTheDocument();
  });

  test('a link out of the app says it opens a new tab', () => {
    render(<ExternalLink href="https://example.org/story">The story</ExternalLink>);
    expect(screen.getByRole('link')).toHaveTextContent('The story (відкривається в новій вкладці)');
  });
});
