// @vitest-environment jsdom
// Marking a verdict in Ukrainian: the dialog, its hints with a Ukrainian date, and the toast.
import { screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { mockServer, resetMockStore } from '@mocks/node';
import { showLanguage } from '@client/i18n/language';
import { renderApp } from '@client/test-utils/render-app';

const NOW = '2025-09-01T12:00:00Z';

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
beforeEach(async () => {
  await resetMockStore({ now: Date.parse(NOW) });
  await showLanguage('uk');
});
afterEach(() => mockServer.resetHandlers());
afterAll(() => mockServer.close());

describe('the verdict form in Ukrainian', () => {
  test('asks, checks and saves in Ukrainian', async () => {
    const { user } = renderApp('/pledges/security-guarantees-in-writing', { now: NOW });
    await user.click(await screen.findByRole('button', { name: 'Винести вердикт' }));
    const dialog = await screen.findByRole('dialog', { name: 'Винести вердикт' });
    expect(within(dialog).getByRole('group', { name: 'Що сталося?' })).toHaveTextContent('Виконана частково');
    expect(within(dialog).getByText(/там сьогодні 1 вер\. 2025\./)).toBeInTheDocument();
    expect(
      within(dialog).getByText('Для вердикту «виконана» потрібне принаймні одне посилання, яке це підтверджує.'),
    ).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Примітка'), 'Спільна заява');
    await user.click(within(dialog).getByRole('button', { name: 'Зберегти вердикт' }));
    expect(within(dialog).getByText('Додайте посилання, якого стосується примітка')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Посилання'), 'https://example.org/statement');
    await user.click(within(dialog).getByRole('button', { name: 'Зберегти вердикт' }));
    expect(await screen.findByText('Вердикт: Виконана')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Скасувати дію' })).toBeInTheDocument();
  });
});
