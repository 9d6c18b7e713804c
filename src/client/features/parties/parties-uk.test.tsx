// @vitest-environment jsdom
// The Parties page in Ukrainian: the table's caption and columns, the parties by their Ukrainian
// names, a party's kind and the party it acts for, the search (either name), editing a name in
// both languages, and the merge dialog, with Ukrainian plural forms.
import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { MockBackend } from '@mocks/backend';
import { mockServer, resetMockStore } from '@mocks/node';
import { showLanguage, useLanguage } from '@client/i18n/language';
import { renderApp } from '@client/test-utils/render-app';
import { mergePartyWords, partiesWords } from './messages';

const NOW = '2025-09-01T12:00:00Z';

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
let backend: MockBackend;
beforeEach(async () => {
  backend = await resetMockStore({ now: Date.parse(NOW) });
  await showLanguage('uk');
});
afterEach(() => mockServer.resetHandlers());
afterAll(() => mockServer.close());

const table = () => screen.getByRole('table');
const row = (name: string) =>
  within(table())
    // Not \b: it knows no Cyrillic letters.
    .getByRole('rowheader', { name: new RegExp(`^${name}(?=\\s|$)`) })
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
    expect(within(row('Україна')).getByRole('rowheader')).toHaveTextContent(
      'Держава · також: Ukraine, Kyiv, Ukrainian',
    );
    expect(within(row('Володимир Зеленський')).getByRole('rowheader')).toHaveTextContent(
      'Особа, діє від імені: Україна',
    );
    expect(screen.getByText(/^«Виконала» — виконані/)).toBeInTheDocument();

    const search = screen.getByRole('searchbox', { name: 'Знайти сторону' });
    expect(search).toHaveAttribute('placeholder', 'Назва або інша назва');
    await user.type(search, 'kyiv');
    await waitFor(() => expect(table()).toHaveAccessibleName('За запитом «kyiv»: 1 із 8'));
    await user.type(search, 'zz');
    expect(await screen.findByRole('heading', { name: 'Жодна сторона не відповідає запиту «kyivzz»' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Очистити пошук' }));
    await waitFor(() => expect(table()).toHaveAccessibleName('8 сторін'));
    expect(within(row('Україна')).getByRole('button', { name: 'Редагувати: Україна' })).toHaveTextContent('Редагувати');
  });

  test('the merge dialog speaks Ukrainian, its counts in the right plural form', async () => {
    const { user } = renderApp('/parties', { now: NOW });
    await screen.findByRole('table', { name: '8 сторін' });
    await user.click(
      within(row('Європейські союзники')).getByRole('button', { name: 'Європейські союзники: об’єднати з…' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Об’єднати «Європейські союзники» з…' });
    expect(dialog).toHaveTextContent('Для випадків, коли «Європейські союзники» — інша назва сторони');
    await user.click(within(dialog).getByRole('button', { name: 'Об’єднати' }));
    expect(within(dialog).getByText('Виберіть сторону, яку вона дублює.')).toBeInTheDocument();
    await user.selectOptions(within(dialog).getByLabelText('Сторона, яку вона дублює'), 'ukraine');
    await waitFor(() =>
      expect(dialog).toHaveTextContent('1 обіцянка називатиме сторону Україна замість Європейські союзники.'),
    );
    expect(dialog).toHaveTextContent('стануть іншими назвами сторони «Україна», тож статті, де їх вжито');
    expect(within(dialog).getByRole('button', { name: 'Об’єднати з «Україна»' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Скасувати' }));
  });

  test('lists the parties by their Ukrainian names in Ukrainian order, found by either name', async () => {
    const { user } = renderApp('/parties', { now: NOW });
    await screen.findByRole('table', { name: '8 сторін' });
    const names = within(table())
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(names).toEqual([...names].sort((a, b) => a!.localeCompare(b!, 'uk')));
    expect(names).toContain('США');
    // A name read in Ukrainian is marked as such for screen readers.
    expect(within(row('США')).getByRole('link', { name: 'США' }).querySelector('[lang="uk"]')).not.toBeNull();
    await user.type(screen.getByRole('searchbox', { name: 'Знайти сторону' }), 'United');
    await waitFor(() => expect(table()).toHaveAccessibleName('За запитом «United»: 1 із 8'));
    expect(row('США')).toBeInTheDocument();
  });

  test('edits a name in both languages side by side; the lists show the new Ukrainian name', async () => {
    const { user } = renderApp('/parties', { now: NOW });
    await screen.findByRole('table', { name: '8 сторін' });
    await user.click(within(row('Володимир Путін')).getByRole('button', { name: 'Редагувати: Володимир Путін' }));
    const dialog = await screen.findByRole('dialog', { name: 'Редагувати «Володимир Путін»' });
    const english = within(dialog).getByLabelText('Назва англійською');
    const ukrainian = within(dialog).getByLabelText('Назва українською');
    expect(english).toHaveValue('Vladimir Putin');
    expect(english).toHaveAttribute('lang', 'en');
    expect(ukrainian).toHaveValue('Володимир Путін');
    await user.clear(ukrainian);
    await user.type(ukrainian, 'Путін');
    await user.click(within(dialog).getByRole('button', { name: 'Зберегти' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('«Володимир Путін» перейменовано на «Путін»')).toBeInTheDocument();
    expect(await within(table()).findByRole('link', { name: 'Путін' })).toBeInTheDocument();
    const stored = await backend.store.get('zelensky-meets-putin');
    expect(stored?.beneficiaries).toEqual([
      { id: 'vladimir-putin', name: 'Vladimir Putin', nameTranslations: { uk: 'Путін' } },
    ]);
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
