// @vitest-environment jsdom
// Saved views in Ukrainian: the menu, the save dialog and a deleted view's page with its title.
import { screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { mockServer, resetMockStore } from '@mocks/node';
import { showLanguage } from '@client/i18n/language';
import { renderApp } from '@client/test-utils/render-app';

const NOW = '2026-11-28T12:00:00Z';

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
beforeEach(async () => {
  await resetMockStore({ now: Date.parse(NOW) });
  await showLanguage('uk');
});
afterEach(() => mockServer.resetHandlers());
afterAll(() => mockServer.close());

describe('saved views in Ukrainian', () => {
  test('save the view on screen, and find it in the menu', async () => {
    const { user } = renderApp('/?state=overdue', { now: NOW });
    await user.click(await screen.findByRole('button', { name: 'Зберегти добірку' }));
    const dialog = await screen.findByRole('dialog', { name: 'Зберегти цю добірку' });
    await user.click(within(dialog).getByRole('button', { name: 'Зберегти добірку' }));
    expect(within(dialog).getByText('Дайте добірці назву.')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Назва'), 'Прострочені');
    await user.click(within(dialog).getByRole('button', { name: 'Зберегти добірку' }));
    expect(await screen.findByText('Збережено «Прострочені»')).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Збережені добірки (1)' }));
    const list = await screen.findByRole('list', { name: 'Збережені добірки' });
    expect(within(list).getByRole('button', { name: 'Перейменувати «Прострочені»' })).toBeInTheDocument();
    expect(within(list).getByRole('button', { name: 'Видалити «Прострочені»' })).toBeInTheDocument();
  });

  test('a deleted view’s link says so, with a Ukrainian page title', async () => {
    renderApp('/v/zzzzzzz', { now: NOW });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Цієї збереженої добірки більше немає' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Усі обіцянки' })).toBeInTheDocument();
    expect(document.title).toBe('Збережену добірку не знайдено · Трекер обіцянок');
    expect(document.documentElement.lang).toBe('uk');
  });
});
