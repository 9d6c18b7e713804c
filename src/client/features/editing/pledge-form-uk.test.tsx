// @vitest-environment jsdom
// The pledge form in Ukrainian: its labels, the deadline read from Ukrainian words and from a
// day-first date with the preview in Ukrainian dates, the form's checks and plural forms, the
// conflict screen's counts, and the toast after recording.
import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { mockServer, resetMockStore } from '@mocks/node';
import { showLanguage, useLanguage } from '@client/i18n/language';
import { renderApp } from '@client/test-utils/render-app';
import { conflictWords, editPledgeWords, formWords } from './messages';
import { useNewDraft } from './new-draft-store';
import { validateDraft, emptyDraft, toNewPledge } from './pledge-draft';

const NOW = '2025-08-19T12:00:00Z';

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
beforeEach(async () => {
  await resetMockStore({ now: Date.parse(NOW) });
  await showLanguage('uk');
});
afterEach(() => {
  mockServer.resetHandlers();
  useNewDraft.setState({ draft: null });
});
afterAll(() => mockServer.close());

describe('the pledge form in Ukrainian', () => {
  test('asks in Ukrainian, reads Ukrainian deadline words and dates, and records the pledge', async () => {
    const { user, router } = renderApp('/pledges/new', { now: NOW });
    const title = await screen.findByLabelText('Назва українською');
    expect(document.documentElement.lang).toBe('uk');
    expect(screen.getByRole('heading', { level: 2, name: 'Що пообіцяли' })).toBeInTheDocument();
    expect(screen.getByRole('radiogroup', { name: 'Як задано строк' })).toHaveTextContent('СловамиДатамиБез строку');

    // Saving an empty form: the count of fields in the Ukrainian plural form.
    await user.click(screen.getByRole('button', { name: 'Додати обіцянку' }));
    expect(await screen.findByText(/потребують уваги\. Нічого ще не збережено\.$/)).toBeInTheDocument();
    expect(screen.getByText('Потрібна назва')).toBeInTheDocument();

    await user.type(title, 'Закріпити гарантії письмово');
    const pledgers = screen.getByRole('group', { name: 'Хто пообіцяв' });
    // Found by its English name, shown by its Ukrainian one.
    await user.type(within(pledgers).getByLabelText('Додати: хто пообіцяв'), 'United States{Enter}');
    expect(within(pledgers).getByRole('list', { name: 'Хто пообіцяв: вибрані' })).toHaveTextContent('США');
    const announced = screen.getByLabelText('Дата оголошення');
    await user.clear(announced);
    await user.type(announced, '2025-08-18');
    const zone = screen.getByLabelText('Часовий пояс');
    await user.clear(zone);
    await user.type(zone, 'Europe/Kyiv');

    const words = screen.getByLabelText('Як це сказали');
    await user.type(words, 'протягом тижня–десяти днів');
    expect(
      await screen.findByText('Строк: 25–28 серп. 2025, від 18 серп. 2025, часовий пояс Europe/Kyiv.'),
    ).toBeInTheDocument();
    await user.clear(words);
    await user.type(words, 'до 25.09.2025');
    expect(
      await screen.findByText('Строк: до 25 вер. 2025, від 18 серп. 2025, часовий пояс Europe/Kyiv.'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Датами' }));
    expect(screen.getByText('Виберіть принаймні останній день — тут з’явиться вікно.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Найпізніше'), '2025-08-28');
    expect(screen.getByText('Строк: до 28 серп. 2025, часовий пояс Europe/Kyiv.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Найраніше (необов’язково)'), '2025-08-25');
    expect(screen.getByText('Строк: 25–28 серп. 2025, часовий пояс Europe/Kyiv.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Додати обіцянку' }));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/pledges\//));
    expect(await screen.findByText('Додано «Закріпити гарантії письмово»')).toBeInTheDocument();
  });

  test('picked dates without words are saved as Ukrainian words; amounts take the decimal comma', () => {
    const { t } = useLanguage.getState();
    const draft = {
      ...emptyDraft('2025-08-18', 'Europe/Kyiv'),
      deadlineMode: 'dates' as const,
      latest: '2025-08-28',
      amountValue: '2,5',
      amountUnit: 'million' as const,
    };
    const body = toNewPledge(draft, null, t);
    expect(body.deadline).toEqual({ latest: '2025-08-28', text: 'до 28 серп. 2025' });
    expect(body.amount).toEqual({ value: 2.5e6, currency: 'USD' });
    expect(validateDraft({ ...draft, amountValue: 'багато' }, null, t).errors.amount).toBe(
      'Напишіть суму числом, напр. 90 (з «мільярдів») або 90000000000',
    );
    expect(validateDraft({ ...draft, currency: 'ГРН' }, null, t).errors['amount.currency']).toBe(
      'Вкажіть трилітерний код валюти, напр. USD',
    );
  });

  test('counts take the Ukrainian forms for 1, 2, 5 and 21', () => {
    const { t } = useLanguage.getState();
    const forms = (message: Parameters<typeof t>[0]) => [1, 2, 5, 21].map((count) => t(message, { count }));
    expect(forms(formWords.needAttention)).toEqual([
      '1 поле потребує уваги. Нічого ще не збережено.',
      '2 поля потребують уваги. Нічого ще не збережено.',
      '5 полів потребують уваги. Нічого ще не збережено.',
      '21 поле потребує уваги. Нічого ще не збережено.',
    ]);
    expect(forms(conflictWords.chooseMore)).toEqual([
      'Виберіть ще для 1 поля',
      'Виберіть ще для 2 полів',
      'Виберіть ще для 5 полів',
      'Виберіть ще для 21 поля',
    ]);
    expect(forms(editPledgeWords.savedBody).map((s) => s.split(';')[0])).toEqual([
      'Змінено 1 поле',
      'Змінено 2 поля',
      'Змінено 5 полів',
      'Змінено 21 поле',
    ]);
  });
});
