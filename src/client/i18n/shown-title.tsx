// A pledge's title in the reader's language where someone wrote it, and the original otherwise,
// marked with its language ("in English") and spoken in it by screen readers (`lang`). A quote
// keeps the language it was said in: it is marked by its letters, never translated.
import type { Pledge } from '@shared/contract';
import type { Locale } from '@shared/i18n';
import { useT } from './language';
import { contentWords } from './messages';
import { Rich } from './rich';

type Titled = Pick<Pledge, 'title'> & Partial<Pick<Pledge, 'titleLanguage' | 'titleTranslations'>>;

export interface ShownTitle {
  text: string;
  lang: Locale;
  /** True when the reader's language has no version and the original is shown instead. */
  foreign: boolean;
  /** The original, when what is shown is its translation. */
  original: { text: string; lang: Locale } | null;
}

/**
 * Any text written in `language` with versions in others (a title, a note): the reader's version
 * where there is one, else the original. A text stored before it had a language is English.
 */
export function shownText(
  text: string,
  language: Locale | undefined,
  translations: Partial<Record<Locale, string>> | undefined,
  locale: Locale,
): ShownTitle {
  const lang = language ?? 'en';
  if (lang === locale) return { text, lang, foreign: false, original: null };
  const translation = translations?.[locale];
  if (translation) return { text: translation, lang: locale, foreign: false, original: { text, lang } };
  return { text, lang, foreign: true, original: null };
}

export function shownTitle(pledge: Titled, locale: Locale): ShownTitle {
  return shownText(pledge.title, pledge.titleLanguage, pledge.titleTranslations, locale);
}

/** The title as text, for a tab's title or a toast: the reader's version, or the original. */
export function useTitleText(pledge: Titled | undefined): string | undefined {
  const t = useT();
  return pledge ? shownTitle(pledge, t.locale).text : undefined;
}

/** Ukrainian letters that English has none of: a text with them is Ukrainian, for its `lang`. */
const UKRAINIAN = /[А-ЩЬЮЯЄІЇҐа-щьюяєіїґ]/;
export function languageOfText(text: string): Locale {
  return UKRAINIAN.test(text) ? 'uk' : 'en';
}

/** The title inline, in its language, with "in English" after it when it is not the reader's. */
export function PledgeTitle({ pledge }: { pledge: Titled }) {
  const t = useT();
  const shown = shownTitle(pledge, t.locale);
  return (
    <>
      <span lang={shown.lang}>{shown.text}</span>
      {shown.foreign ? (
        <span className="title-language"> ({t(contentWords.inLanguage, { language: shown.lang })})</span>
      ) : null}
    </>
  );
}

/** Under a translated title: the original, in its language. */
export function OriginalTitle({ pledge, className }: { pledge: Titled; className?: string }) {
  const t = useT();
  const { original } = shownTitle(pledge, t.locale);
  if (!original) return null;
  return (
    <p className={className}>
      <Rich
        message={contentWords.original}
        values={{ language: original.lang, title: original.text }}
        tags={{ title: (text) => <span lang={original.lang}>{text}</span> }}
      />
    </p>
  );
}
