// @vitest-environment jsdom
// The header's language switch in the running app: it names the other language in that language,
// and a press redraws the page in it, with <html lang> and the tab's title, and remembers it.
import { screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { mockServer, resetMockStore } from '@mocks/node';
import { renderApp } from '@client/test-utils/render-app';
import { LANGUAGE_STORAGE_KEY, showLanguage } from './language';

const NOW = '2026-11-28T12:00:00Z';

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetMockStore({ now: Date.parse(NOW) }));
afterEach(() => mockServer.resetHandlers());
afterAll(() => mockServer.close());

describe('the language switch', () => {
  test('redraws the header and the title in Ukrainian, and back, remembering the choice', async () => {
    const { user } = renderApp('/', { now: NOW });
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    const toUkrainian = within(nav).getByRole('button', { name: 'Українська' });
    expect(toUkrainian).toHaveAttribute('lang', 'uk');
    await user.click(toUkrainian);
    const ukNav = await screen.findByRole('navigation', { name: 'Головне меню' });
    expect(document.documentElement.lang).toBe('uk');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('uk');
    expect(screen.getByRole('link', { name: 'Трекер обіцянок' })).toBeInTheDocument();
    await screen.findByText('Хто що пообіцяв, кому і до коли.');
    expect(document.title).toMatch(/Трекер обіцянок$/);
    await user.click(within(ukNav).getByRole('button', { name: 'English' }));
    await screen.findByRole('navigation', { name: 'Main' });
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toMatch(/Pledge Tracker$/);
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  test('a page opened in Ukrainian says its footer and skip link in Ukrainian', async () => {
    await showLanguage('uk');
    renderApp('/', { now: NOW });
    expect(await screen.findByRole('link', { name: 'Перейти до змісту' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Кошик' })).toBeInTheDocument();
    expect(screen.getByText(/Строки — це календарні дні/)).toBeInTheDocument();
  });
});
