// Which version of a text a reader sees. A title, a note and a party's name are each written in one
// language, with versions in others where someone wrote them: the reader gets their language's
// version where there is one, and the original, marked with its language, where there is none.
// The browser and the server (feeds, link previews, exports) decide it the same way, here.
import type { Locale } from './locales';

export interface ShownVersion {
  text: string;
  lang: Locale;
  /** True when the reader's language has no version and the original is shown instead. */
  foreign: boolean;
  /** The original, when what is shown is its translation. */
  original: { text: string; lang: Locale } | null;
}

type Versions = Partial<Record<Locale, string>>;

/**
 * Any text written in `language` with versions in others: the reader's version where there is one,
 * else the original. A text stored before it had a language is English.
 */
export function shownText(
  text: string,
  language: Locale | undefined,
  translations: Versions | undefined,
  locale: Locale,
): ShownVersion {
  const lang = language ?? 'en';
  if (lang === locale) return { text, lang, foreign: false, original: null };
  const translation = translations?.[locale];
  if (translation) return { text: translation, lang: locale, foreign: false, original: { text, lang } };
  return { text, lang, foreign: true, original: null };
}

interface Titled {
  title: string;
  titleLanguage?: Locale | undefined;
  titleTranslations?: Versions | undefined;
}

export const shownTitle = (pledge: Titled, locale: Locale): ShownVersion =>
  shownText(pledge.title, pledge.titleLanguage, pledge.titleTranslations, locale);

interface Named {
  name: string;
  nameLanguage?: Locale | undefined;
  nameTranslations?: Versions | undefined;
}

/** A party's name (or a reference's copy of it) in the reader's language, else as written. */
export const shownName = (party: Named, locale: Locale): ShownVersion =>
  shownText(party.name, party.nameLanguage, party.nameTranslations, locale);

/** Parties' names as the reader sees them, for a line of text ("США, Європейські союзники"). */
export const shownNames = (parties: readonly Named[], locale: Locale): string[] =>
  parties.map((p) => shownName(p, locale).text);

/** Ukrainian letters that English has none of: a text with them is Ukrainian, for its `lang`. */
const UKRAINIAN = /[А-ЩЬЮЯЄІЇҐа-щьюяєіїґ]/;
export function languageOfText(text: string): Locale {
  return UKRAINIAN.test(text) ? 'uk' : 'en';
}
