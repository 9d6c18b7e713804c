// A text kept in the language it was written in, with versions in others (the note of a delivery
// or of a piece of evidence), shown as a title is: the reader's version where someone wrote one,
// else the original, marked with its language ("in English") and spoken in it by screen readers.
import type { Locale } from '@shared/i18n';
import { useT } from './language';
import { contentWords } from './messages';
import { shownText } from '@shared/i18n';

interface ShownTextProps {
  text: string;
  /** The language it was written in (a text stored before texts had one: English). */
  language?: Locale | undefined;
  translations?: Partial<Record<Locale, string>> | undefined;
}

export function ShownText({ text, language, translations }: ShownTextProps) {
  const t = useT();
  const shown = shownText(text, language, translations, t.locale);
  return (
    <>
      <span lang={shown.lang}>{shown.text}</span>
      {shown.foreign ? (
        <span className="title-language"> ({t(contentWords.inLanguage, { language: shown.lang })})</span>
      ) : null}
    </>
  );
}
