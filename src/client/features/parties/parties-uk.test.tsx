// @vitest-environment jsdom
// The Parties page in Ukrainian: the table's caption and columns, a party's kind and the party it
// acts for, the search, and the merge dialog, with Ukrainian plural forms.
import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { mockServer, resetMockStore } from '@mocks/node';
import { showLanguage, useLanguage } from '@client/i18n/language';
import { renderApp } from '@client/test-utils/render-app';
import { mergePartyWords, partiesWords } from './messages';

const NOW = '2025-09-01T12:00:00Z';

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
beforeEach(async () => {
  await resetMockStore({ now: Date.parse(NOW) });
  await showLanguage('uk');
});
afterEach(() => mockServer.resetHandlers());
afterAll(() => mockServer.close());

const table = () => screen.getByRole('table');
const row = (name: string) =>
  within(table())
    .getByRole('rowheader', { name: new RegExp(`^${name}\\b`) })
    .closest('tr')!;

describe('the Parties page in Ukrainian', () => {
  test('says its table, kinds and search in Ukrainian', async () => {
    const { user } = renderApp('/parties', { now: NOW });
    expect(await screen.findByRole('table', { name: '8 сторін' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('uk');
    expect(
      within(table())
        .getAllByRole('columnheader')
        .map((h) => h.textContent?.replace(/[▲▼↕]/g, '')),
    ).toEqual([
      'Сторона',
      'Дала',
      'Отримала',
      'Гарантувала',
      'Виконала',
      'Порушила',
      'Вчасно',
      'Із запізненням',
      'Дії',
    ]);
    expect(within(row('Ukraine')).getByRole('rowheader')).toHaveTextContent('Держава · також: Kyiv, Ukrainian');
    expect(within(row('Volodymyr Zelensky')).getByRole('rowheader')).toHaveTextContent('Особа, діє від імені: Ukraine');
    expect(screen.getByText(/^«Виконала» — виконані/)).toBeInTheDocument();

    const search = screen.getByRole('searchbox', { name: 'Знайти сторону' });
    expect(search).toHaveAttribute('placeholder', 'Назва або інша назва');
    await user.type(search, 'kyiv');
    await waitFor(() => expect(table()).toHaveAccessibleName('За запитом «kyiv»: 1 із 8'));
    await user.type(search, 'zz');
    expect(await screen.findByRole('heading', { name: 'Жодна сторона не відповідає запиту «kyivzz»' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Очистити пошук' }));
    await waitFor(() => expect(table()).toHaveAccessibleName('8 сторін'));
    expect(within(row('Ukraine')).getByRole('button', { name: 'Редагувати: Ukraine' })).toHaveTextContent('Редагувати');
  });

  test('the merge dialog speaks Ukrainian, its counts in the right plural form', async () => {
    const { user } = renderApp('/parties', { now: NOW });
    await screen.findByRole('table', { name: '8 сторін' });
    await user.click(within(row('European allies')).getByRole('button', { name: 'European allies: об’єднати з…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Об’єднати «European allies» з…' });
    expect(dialog).toHaveTextContent('Для випадків, коли «European allies» — інша назва сторони');
    await user.click(within(dialog).getByRole('button', { name: 'Об’єднати' }));
    expect(within(dialog).getByText('Виберіть сторону, яку вона дублює.')).toBeInTheDocument();
    await user.selectOptions(within(dialog).getByLabelText('Сторона, яку вона дублює'), 'ukraine');
    await waitFor(() =>
      expect(dialog).toHaveTextContent('1 обіцянка називатиме сторону Ukraine замість European allies.'),
    );
    expect(dialog).toHaveTextContent('стануть іншими назвами сторони «Ukraine», тож статті, де їх вжито');
    expect(within(dialog).getByRole('button', { name: 'Об’єднати з «Ukraine»' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Скасувати' }));
  });

  test('counts take the Ukrainian forms for 1, 2, 5 and 21', () => {
    const { t } = useLanguage.getState();
    expect([1, 2, 5, 21].map((count) => t(partiesWords.count, { count }))).toEqual([
      '1 сторона',
      '2 сторони',
      '5 сторін',
      '21 сторона',
    ]);
    expect([1, 2, 5, 21].map((count) => t(mergePartyWords.mergedBody, { count, into: 'Ukraine' }))).toEqual([
      '1 обіцянка тепер називає сторону «Ukraine».',
      '2 обіцянки тепер називають сторону «Ukraine».',
      '5 обіцянок тепер називають сторону «Ukraine».',
      '21 обіцянка тепер називає сторону «Ukraine».',
    ]);
  });
});
