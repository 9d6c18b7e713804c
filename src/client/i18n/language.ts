// The reader's language. A reader who chose one in the switch keeps it (it is stored); otherwise a
// link's `?lang=` opens the page in the sender's language; otherwise the browser's languages
// decide. The active translator lives here, so a change re-renders every page in the new language.
import { create } from 'zustand';
import { LANGUAGE_PARAM, createTranslator, isLocale, negotiateLocale, type Locale, type Translate } from '@shared/i18n';
import { loadTranslations } from './catalogs';

export const LANGUAGE_STORAGE_KEY = 'pledge-tracker:language';

interface LanguageState {
  locale: Locale;
  /** The language the reader picked in the switch, if they did. */
  chosen: Locale | null;
  t: Translate;
  /** Picks a language for good: loads its messages, then shows it and remembers it. */
  choose: (locale: Locale) => Promise<void>;
}

function storedChoice(): Locale | null {
  try {
    const value = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

function remember(locale: Locale): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, locale);
  } catch {
    // Private browsing without storage: the choice lasts as long as the page.
  }
}

/** Which language a page opens in, from what the reader chose, the link and the browser. */
export function initialLocale(href: string, chosen: Locale | null, browser: readonly string[]): Locale {
  if (chosen) return chosen;
  const url = new URL(href, 'http://localhost');
  // The demo build routes in the hash ("#/?lang=uk"), the server build in the path.
  const hashQuery = url.hash.includes('?') ? url.hash.slice(url.hash.indexOf('?')) : '';
  const fromLink = url.searchParams.get(LANGUAGE_PARAM) ?? new URLSearchParams(hashQuery).get(LANGUAGE_PARAM);
  if (isLocale(fromLink)) return fromLink;
  return negotiateLocale(browser);
}

function show(locale: Locale): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

export const useLanguage = create<LanguageState>()((set) => ({
  locale: 'en',
  chosen: null,
  t: createTranslator('en'),
  choose: async (locale) => {
    const translations = await loadTranslations(locale);
    remember(locale);
    show(locale);
    set({ locale, chosen: locale, t: createTranslator(locale, translations) });
  },
}));

/** Before the first render: the page's language, with its messages loaded. */
export async function startLanguage(
  href = window.location.href,
  browser: readonly string[] = navigator.languages ?? [navigator.language],
): Promise<void> {
  const chosen = storedChoice();
  const locale = initialLocale(href, chosen, browser);
  await showLanguage(locale, chosen);
}

/** Shows a language without remembering it as the reader's choice (tests, a link's language). */
export async function showLanguage(locale: Locale, chosen: Locale | null = null): Promise<void> {
  const translations = await loadTranslations(locale);
  show(locale);
  useLanguage.setState({ locale, chosen, t: createTranslator(locale, translations) });
}

/** The active translator: `const t = useT(); t(messages.title)`. */
export const useT = (): Translate => useLanguage((state) => state.t);
export const useLocale = (): Locale => useLanguage((state) => state.locale);

/** Back to English with no choice made (between tests). */
export function resetLanguage(): void {
  show('en');
  useLanguage.setState({ locale: 'en', chosen: null, t: createTranslator('en') });
}
