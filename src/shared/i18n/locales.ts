// The languages the tracker speaks. English is the source: every message is written in English
// first, next to the code that shows it, and Ukrainian translates it (docs/decisions/0027).

export const LOCALES = ['en', 'uk'] as const;
export type Locale = (typeof LOCALES)[number];
export const SOURCE_LOCALE: Locale = 'en';

/** Each language's name in itself, for the switch: a reader looks for their own language's name. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', uk: 'Українська' };

/** The Intl locale each language formats with: en-GB writes "25 Aug 2025", as the tracker always has. */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', uk: 'uk' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The first of the reader's languages ("uk-UA", "ru", "en-US" from navigator.languages or
 * Accept-Language) that the tracker speaks, by primary subtag; English when none is.
 */
export function negotiateLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const primary = tag.trim().toLowerCase().split(/[-_;]/)[0];
    if (isLocale(primary)) return primary;
  }
  return SOURCE_LOCALE;
}

/** The languages of an Accept-Language header, most preferred first ("uk-UA,uk;q=0.9,en;q=0.8"). */
export function acceptedLanguages(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.tag !== '' && entry.tag !== '*' && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((entry) => entry.tag);
}

/**
 * The search parameter that carries a language in links (`?lang=uk`): pages, feeds and exports
 * read it; it is never a filter.
 */
export const LANGUAGE_PARAM = 'lang';

/** The tracker's other language (it speaks two): where a text's translation goes. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'uk' : 'en';
}
