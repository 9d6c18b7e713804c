// @vitest-environment jsdom
// Which language a page opens in, and what choosing one does.
import { afterEach, describe, expect, test } from 'vitest';
import {
  initialLocale,
  LANGUAGE_STORAGE_KEY,
  resetLanguage,
  showLanguage,
  startLanguage,
  useLanguage,
} from './language';
import { verdictWords } from '@shared/domain';

afterEach(() => {
  localStorage.clear();
  resetLanguage();
});

describe('initialLocale', () => {
  test('the reader’s choice first, then the link, then the browser’s languages', () => {
    expect(initialLocale('http://x.test/?lang=uk', 'en', ['uk-UA'])).toBe('en');
    expect(initialLocale('http://x.test/?lang=uk', null, ['en-GB'])).toBe('uk');
    expect(initialLocale('http://x.test/', null, ['de-DE', 'uk-UA', 'en'])).toBe('uk');
    expect(initialLocale('http://x.test/', null, ['de-DE', 'fr'])).toBe('en');
    expect(initialLocale('http://x.test/?lang=fr', null, ['en'])).toBe('en');
  });

  test('reads a link’s language in the demo build’s hash routes too', () => {
    expect(initialLocale('http://x.test/demo/#/pledges/a?lang=uk', null, ['en'])).toBe('uk');
    expect(initialLocale('http://x.test/demo/#/?state=overdue&lang=uk', null, ['en'])).toBe('uk');
  });
});

describe('the language store', () => {
  test('starts in the link’s language without remembering it as a choice', async () => {
    await startLanguage('http://x.test/?lang=uk', ['en-GB']);
    expect(useLanguage.getState().locale).toBe('uk');
    expect(useLanguage.getState().chosen).toBeNull();
    expect(document.documentElement.lang).toBe('uk');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBeNull();
    expect(useLanguage.getState().t(verdictWords.fulfilled)).toBe('Виконана');
  });

  test('a choice is shown at once, remembered, and wins over later links', async () => {
    await useLanguage.getState().choose('uk');
    expect(document.documentElement.lang).toBe('uk');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('uk');
    await startLanguage('http://x.test/?lang=en', ['en-GB']);
    expect(useLanguage.getState().locale).toBe('uk');
    await useLanguage.getState().choose('en');
    expect(useLanguage.getState().t(verdictWords.fulfilled)).toBe('Fulfilled');
    expect(document.documentElement.lang).toBe('en');
  });

  test('a stored value that is not a language is ignored', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'klingon');
    await startLanguage('http://x.test/', ['uk']);
    expect(useLanguage.getState().locale).toBe('uk');
    await showLanguage('en');
    expect(useLanguage.getState().locale).toBe('en');
  });
});
