// @vitest-environment jsdom
// The timeline in Ukrainian: month names on the axis from Intl, the marker, counts and rows.
import { screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { mockServer, resetMockStore } from '@mocks/node';
import { showLanguage, useLanguage } from '@client/i18n/language';
import { renderApp } from '@client/test-utils/render-app';
import { timelineMarker } from './marker';
import { timelineWords } from './messages';
import { axisTicks } from './ticks';

const NOW = '2025-09-01T12:00:00Z';

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
beforeEach(async () => {
  await resetMockStore({ now: Date.parse(NOW) });
  await showLanguage('uk');
});
afterEach(() => mockServer.resetHandlers());
afterAll(() => mockServer.close());

describe('the timeline in Ukrainian', () => {
  test('the axis names months in Ukrainian, without the year’s abbreviation', () => {
    const scale = { start: '2025-06-01', days: 400, pxPerDay: 3 };
    const level0 = axisTicks(scale, 'year', { locale: 'uk' }).filter((t) => t.level === 0);
    expect(level0.map((t) => t.label)).toEqual(['січ. 2026', 'січ. 2027'].slice(0, level0.length));
    const months = axisTicks(scale, 'quarter', { locale: 'uk' }).filter((t) => t.level === 0);
    expect(months.slice(0, 4).map((t) => t.label)).toEqual(['черв. 2025', 'лип. 2025', 'серп. 2025', 'вер. 2025']);
    expect(axisTicks(scale, 'year').find((t) => t.date === '2025-09-01')?.label).toBe('Sep');
  });

  test('the marker and the edge counts speak Ukrainian, with every plural form', () => {
    const { t } = useLanguage.getState();
    expect(timelineMarker(Date.parse(NOW), '2025-08-20', undefined, t)).toMatchObject({
      label: 'Станом на 20 серп. 2025',
      goLabel: 'До 20 серп. 2025',
    });
    expect(timelineMarker(Date.parse(NOW), undefined, 'Europe/Kyiv', t)).toMatchObject({
      label: 'Сьогодні · 1 вер. 2025',
      goLabel: 'До сьогодні',
    });
    expect([1, 2, 5, 21].map((count) => t(timelineWords.earlier, { count }))).toEqual([
      'Раніше: 1 обіцянка',
      'Раніше: 2 обіцянки',
      'Раніше: 5 обіцянок',
      'Раніше: 21 обіцянка',
    ]);
    expect(t(timelineWords.showing, { shown: 50, total: 1200 })).toMatch(/^Показано 50 із 1\s200$/);
  });

  test('the drawn view: zoom, count, undated pledges and row names', async () => {
    renderApp('/?view=timeline', { now: NOW });
    expect(await screen.findByText('4 обіцянки')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Хронологія' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Масштаб' })).toHaveTextContent('МісяцьКварталРікУсе');
    await waitFor(() =>
      expect(document.querySelector('.timeline-undated')).toHaveTextContent(
        /^Без строку — 3 обіцянки цієї добірки: Купити американської зброї .+, Допомогти з безпекою .+ і Зустрітися з Володимиром Путіним .+\.$/,
      ),
    );
    expect(document.documentElement.lang).toBe('uk');
  });
});
