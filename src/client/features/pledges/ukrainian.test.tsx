// @vitest-environment jsdom
// The pledge list, its filters and a pledge's page, read in Ukrainian, against the mock API.
import { screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { mockServer, resetMockStore } from '@mocks/node';
import { showLanguage, useLanguage } from '@client/i18n/language';
import { renderApp } from '@client/test-utils/render-app';
import { linkProblemsWords } from './link-problem-words';
import { listWords } from './messages';
import { parseFilters } from '@shared/contract';

const NOW = '2026-11-28T12:00:00Z';

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
beforeEach(async () => {
  await resetMockStore({ now: Date.parse(NOW) });
  await showLanguage('uk');
});
afterEach(() => mockServer.resetHandlers());
afterAll(() => mockServer.close());

describe('the pledge list in Ukrainian', () => {
  test('rows, counts, chips and the filter bar speak Ukrainian; the page says it is Ukrainian', async () => {
    renderApp('/?q=guarantees&verdict=open&from=2025-08-01&to=2025-09-30', { now: NOW });
    const list = await screen.findByRole('list', { name: 'Обіцянки' });
    expect(document.documentElement.lang).toBe('uk');
    const [row] = within(list).getAllByRole('article');
    expect(row).toHaveTextContent('до 25–28 серп. 2025');
    expect(row).toHaveTextContent('прострочена на 457 днів');
    // Parties by their Ukrainian names.
    expect(row).toHaveTextContent(/Хто пообіцяв: США і Європейські союзники →\s*кому: Україна/);
    expect(screen.getByText('Підходить 1 обіцянка')).toBeInTheDocument();

    const chips = screen.getByRole('region', { name: 'Активні фільтри' });
    expect(chips).toHaveTextContent('Вердикт: Відкрита');
    expect(chips).toHaveTextContent('Пошук: «guarantees»');
    expect(chips).toHaveTextContent('Строк: 1 серп. – 30 вер. 2025');
    expect(within(chips).getByRole('button', { name: 'Очистити все' })).toBeInTheDocument();

    const filters = screen.getByRole('search', { name: 'Фільтр обіцянок' });
    expect(within(filters).getByLabelText('Пошук')).toHaveValue('guarantees');
    expect(within(filters).getByRole('option', { name: 'Спершу нагальні' })).toBeInTheDocument();
    expect(within(filters).getByRole('group', { name: 'Строк' })).toHaveTextContent('Прострочена');
    expect(within(filters).getByRole('button', { name: /Більше фільтрів \(увімкнено: 2\)/ })).toBeInTheDocument();
  });

  test('the whole seeded list counts in the right plural form', async () => {
    renderApp('/', { now: NOW });
    expect(await screen.findByText('4 обіцянки')).toBeInTheDocument();
    const { t } = useLanguage.getState();
    expect([1, 2, 5, 21].map((count) => t(listWords.count, { count }))).toEqual([
      '1 обіцянка',
      '2 обіцянки',
      '5 обіцянок',
      '21 обіцянка',
    ]);
    expect([1, 2, 5, 21].map((count) => t(listWords.countMatching, { count }))).toEqual([
      'Підходить 1 обіцянка',
      'Підходять 2 обіцянки',
      'Підходять 5 обіцянок',
      'Підходить 21 обіцянка',
    ]);
  });

  test('nothing matching says so in Ukrainian', async () => {
    renderApp('/?q=nothing-like-this', { now: NOW });
    expect(await screen.findByRole('heading', { name: 'Жодна обіцянка не підходить' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Очистити фільтри' })).toBeInTheDocument();
  });

  test('a link’s dropped parts are named in Ukrainian, with Ukrainian dates', async () => {
    renderApp('/?state=soon&asOf=2030-01-01', { now: NOW });
    expect(
      await screen.findByText('Частину цього посилання не вдалося використати, тож її пропущено'),
    ).toBeInTheDocument();
    const words = linkProblemsWords(parseFilters(new URLSearchParams('from=2025-09-30&to=2025-09-01')).problems);
    expect(words).toEqual(['Строк між: проміжок починається 30 вер. 2025, тобто після свого кінця 1 вер. 2025.']);
    expect(
      screen.getByText(/Строк: «soon» — такого варіанта немає \(є: Прострочена, Строк настав/),
    ).toBeInTheDocument();
  });

  test('an as-of view is pinned in Ukrainian', async () => {
    renderApp('/?asOf=2025-09-01', { now: NOW });
    expect(await screen.findByRole('heading', { name: 'Станом на 1 вер. 2025' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Назад до сьогодні' })).toBeInTheDocument();
  });
});

describe('a pledge’s page in Ukrainian', () => {
  test('facts, amount, sources, evidence and history', async () => {
    renderApp('/pledges/ukraine-buys-us-weapons', { now: NOW });
    const facts = await screen.findByRole('heading', { name: 'Факти' });
    const aside = facts.parentElement!;
    expect(within(aside).getByText('Хто пообіцяв').nextElementSibling).toHaveTextContent('Україна');
    expect(within(aside).getByText('Оголошено').nextElementSibling).toHaveTextContent('18 серп. 2025');
    expect(screen.getByRole('progressbar', { name: 'Надано' })).toHaveAttribute(
      'aria-valuetext',
      expect.stringMatching(/^Надано .+ із .+$/),
    );
    expect(screen.getByRole('heading', { name: 'Джерела' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Докази' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Історія' })).toBeInTheDocument();
    const history = await screen.findByRole('list', { name: 'Зміни, нові спершу' });
    expect(history).toHaveTextContent(/додано обіцянку/);
    expect(history).toHaveTextContent(/версія 1/);
  });

  test('the open pledge’s page names its window and timing in Ukrainian', async () => {
    renderApp(`/pledges/security-guarantees-in-writing`, { now: NOW });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Закріпити гарантії безпеки для України на папері' }),
    ).toBeInTheDocument();
    expect(screen.getByText('прострочена на 457 днів')).toBeInTheDocument();
    expect(screen.getByText(/^За словами «/)).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('uk');
  });
});
