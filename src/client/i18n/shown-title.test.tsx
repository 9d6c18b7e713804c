// @vitest-environment jsdom
// Titles in the reader's language: the Ukrainian version where one was written, the original
// (marked with its language) where none was, the original under a translation on the pledge's
// page, and every text spoken in its own language (`lang`), the quote too.
import { screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { mockServer, resetMockStore } from '@mocks/node';
import { renderApp } from '@client/test-utils/render-app';
import { showLanguage } from './language';
import { languageOfText, shownText, shownTitle } from '@shared/i18n';

const NOW = '2026-11-28T12:00:00Z';

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetMockStore({ now: Date.parse(NOW) }));
afterEach(() => mockServer.resetHandlers());
afterAll(() => mockServer.close());

describe('shownTitle', () => {
  const pledge = {
    title: 'Guarantees on paper',
    titleLanguage: 'en' as const,
    titleTranslations: { uk: 'Гарантії на папері' },
  };

  test('gives the reader’s version, with the original beside it, or the original marked as foreign', () => {
    expect(shownTitle(pledge, 'en')).toEqual({
      text: 'Guarantees on paper',
      lang: 'en',
      foreign: false,
      original: null,
    });
    expect(shownTitle(pledge, 'uk')).toEqual({
      text: 'Гарантії на папері',
      lang: 'uk',
      foreign: false,
      original: { text: 'Guarantees on paper', lang: 'en' },
    });
    expect(shownTitle({ ...pledge, titleTranslations: {} }, 'uk')).toEqual({
      text: 'Guarantees on paper',
      lang: 'en',
      foreign: true,
      original: null,
    });
    // A pledge stored before titles had languages is English.
    expect(shownTitle({ title: 'Old' }, 'en').foreign).toBe(false);
    expect(shownTitle({ title: 'Old' }, 'uk').foreign).toBe(true);
  });

  test('does the same for any text with a language and translations, such as a note', () => {
    const translations = { en: 'Handed over' };
    expect(shownText('Передано', 'uk', translations, 'uk')).toEqual({
      text: 'Передано',
      lang: 'uk',
      foreign: false,
      original: null,
    });
    expect(shownText('Передано', 'uk', translations, 'en')).toEqual({
      text: 'Handed over',
      lang: 'en',
      foreign: false,
      original: { text: 'Передано', lang: 'uk' },
    });
    expect(shownText('Передано', 'uk', {}, 'en')).toMatchObject({ text: 'Передано', lang: 'uk', foreign: true });
    // A note stored before notes had languages is English.
    expect(shownText('Handed over', undefined, undefined, 'uk')).toMatchObject({ lang: 'en', foreign: true });
  });

  test('tells a Ukrainian text by its letters', () => {
    expect(languageOfText('гарантії мають бути оформлені')).toBe('uk');
    expect(languageOfText('Ukraine’s guarantees')).toBe('en');
    expect(languageOfText('Їжак')).toBe('uk');
  });
});

describe('titles on the pages, in Ukrainian', () => {
  test('the list shows the seeded pledges’ Ukrainian titles, in Ukrainian', async () => {
    await showLanguage('uk');
    renderApp('/', { now: NOW });
    const list = await screen.findByRole('list', { name: /обіцянк/i });
    const heading = await within(list).findByRole('heading', {
      name: 'Закріпити гарантії безпеки для України на папері',
    });
    expect(within(heading).getByText('Закріпити гарантії безпеки для України на папері')).toHaveAttribute('lang', 'uk');
  });

  test('the pledge page puts the original under the translation and keeps the quote in English', async () => {
    await showLanguage('uk');
    renderApp('/pledges/security-guarantees-in-writing', { now: NOW });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Закріпити гарантії безпеки для України на папері' }),
    ).toBeInTheDocument();
    const original = screen.getByText('Put the security guarantees for Ukraine in writing');
    expect(original).toHaveAttribute('lang', 'en');
    expect(original.parentElement).toHaveTextContent(
      'Оригінал англійською: Put the security guarantees for Ukraine in writing',
    );
    expect(screen.getByText(/formally written within the next week to ten days/).closest('blockquote')).toHaveAttribute(
      'lang',
      'en',
    );
  });

  test('a pledge with no Ukrainian title shows the original, marked as English', async () => {
    const created = await fetch('http://localhost/api/pledges', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        title: 'Deliver the air-defence systems',
        pledgers: ['united-states'],
        announcedOn: '2025-08-20',
        timeZone: 'Europe/Kyiv',
      }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    await showLanguage('uk');
    renderApp(`/pledges/${id}`, { now: NOW });
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: /^Deliver the air-defence systems\s*\(англійською\)$/,
    });
    expect(within(heading).getByText('Deliver the air-defence systems')).toHaveAttribute('lang', 'en');
  });
});
