// A pledge's title in the reader's language where someone wrote it, and the original otherwise,
// marked with its language ("in English") and spoken in it by screen readers (`lang`). A quote
// keeps the language it was said in: it is marked by its letters, never translated.
import type { Pledge } from '@shared/contract';
import { shownTitle } from '@shared/i18n';
import { useT } from './language';
import { contentWords } from './messages';
import { Rich } from './rich';

type Titled = Pick<Pledge, 'title'> & Partial<Pick<Pledge, 'titleLanguage' | 'titleTranslations'>>;

/** The title as text, for a tab's title or a toast: the reader's version, or the original. */
export function useTitleText(pledge: Titled | undefined): string | undefined {
  const t = useT();
  return pledge ? shownTitle(pledge, t.locale).text : undefined;
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
