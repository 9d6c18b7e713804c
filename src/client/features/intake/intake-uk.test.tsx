// @vitest-environment jsdom
// "Add from article" in Ukrainian: the form, the candidates found in the seed story, a card's
// deadline explained in Ukrainian with Ukrainian dates, its checks, and the plural forms.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fireEvent, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { mockServer, resetMockStore } from '@mocks/node';
import { showLanguage, useLanguage } from '@client/i18n/language';
import { renderApp } from '@client/test-utils/render-app';
import { intakeWords } from './messages';

const ARTICLE = readFileSync(resolve(process.cwd(), 'src/server/seed/article-white-house-summit.txt'), 'utf8');
const NOW = '2025-08-19T15:00:00Z';

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
beforeEach(async () => {
  await resetMockStore({ now: Date.parse(NOW) });
  await showLanguage('uk');
});
afterEach(() => mockServer.resetHandlers());
afterAll(() => mockServer.close());

describe('add from article, in Ukrainian', () => {
  test('asks, finds and explains in Ukrainian', async () => {
    const { user } = renderApp('/intake', { now: NOW });
    const text = await screen.findByLabelText('Текст статті');
    expect(document.documentElement.lang).toBe('uk');
    await user.click(screen.getByRole('button', { name: 'Знайти обіцянки' }));
    expect(await screen.findByText('Вставте текст статті')).toBeInTheDocument();

    fireEvent.change(text, { target: { value: ARTICLE } });
    fireEvent.change(screen.getByLabelText('Дата'), { target: { value: '2025-08-18' } });
    fireEvent.change(screen.getByLabelText('Часовий пояс'), { target: { value: 'America/New_York' } });
    await user.type(screen.getByLabelText('Заголовок'), 'Zelensky ready to meet Putin');
    await user.click(screen.getByRole('button', { name: 'Знайти обіцянки' }));

    const heading = await screen.findByRole('heading', { level: 2, name: /можлив/ });
    expect(heading.textContent).toMatch(/^\d+ можлив(а обіцянка|і обіцянки|их обіцянок)$/);
    expect(
      screen.getByText(/Zelensky ready to meet Putin · опубліковано 18 серп\. 2025, America\/New_York/),
    ).toHaveTextContent(/прийнято: 0, відхилено: 0, на розгляді: \d+/);
    expect(screen.getByText('Виділено').tagName).toBe('MARK');

    const cards = within(screen.getByRole('region', { name: 'Обіцянки-кандидати' })).getAllByRole('article');
    const guarantees = cards.find((c) =>
      /within the next week to ten days/.test((within(c).getByLabelText('Цитата') as HTMLTextAreaElement).value),
    )!;
    expect(guarantees).toHaveTextContent('«within the next week to ten days»: строк — 25–28 серп. 2025.');
    expect(within(guarantees).getByLabelText('Найпізніше')).toHaveValue('2025-08-28');
    expect(within(guarantees).getByRole('group', { name: 'Хто пообіцяв' })).toBeInTheDocument();

    // A card's own checks, in Ukrainian.
    await user.clear(within(guarantees).getByLabelText('Назва'));
    await user.click(within(guarantees).getByRole('button', { name: 'Прийняти' }));
    expect(await within(guarantees).findByText('Ще не збережено: перегляньте позначені нижче поля.')).toBeVisible();
    expect(within(guarantees).getByText('Потрібна назва')).toBeInTheDocument();

    await user.click(within(guarantees).getByRole('button', { name: 'Відхилити' }));
    expect(await screen.findByRole('button', { name: 'Повернути' })).toBeInTheDocument();
  });

  test('counts take the Ukrainian forms for 1, 2, 5 and 21', () => {
    const { t } = useLanguage.getState();
    expect([1, 2, 5, 21].map((count) => t(intakeWords.found, { count }))).toEqual([
      '1 можлива обіцянка',
      '2 можливі обіцянки',
      '5 можливих обіцянок',
      '21 можлива обіцянка',
    ]);
  });
});
