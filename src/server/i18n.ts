// What the server says in each language: feeds, exports and link previews. It compiles messages
// at run time: it may run with NODE_ENV=production, where Lingui would otherwise expect them
// compiled ahead, as the browser build's are.
import { compileMessage } from '@lingui/message-utils/compileMessage';
import {
  compileMessagesAtRunTime,
  createTranslator,
  formatOtherLanguagesWith,
  isLocale,
  LANGUAGE_PARAM,
  LOCALES,
  type Locale,
  type Translate,
  type Translations,
} from '@shared/i18n';
import { intlFormats } from '@shared/i18n/intl-formats';
import domainUk from '@shared/domain/messages.uk';
import fieldUk from '@shared/domain/field.messages.uk';
import feedsUk from './api/feeds/messages.uk';
import previewUk from './preview/messages.uk';

compileMessagesAtRunTime(compileMessage);
formatOtherLanguagesWith(intlFormats);

/** Every Ukrainian message the server says (a test checks none of the server's is missing). */
export const SERVER_UKRAINIAN: Translations = { ...domainUk, ...fieldUk, ...feedsUk, ...previewUk };

const translators = new Map<Locale, Translate>();

export function translatorFor(locale: Locale): Translate {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = createTranslator(locale, locale === 'uk' ? SERVER_UKRAINIAN : {})));
  return t;
}

/** A link's `?lang=`: a language the tracker speaks, English when absent. */
export function languageOf(url: URL): Locale {
  const value = url.searchParams.get(LANGUAGE_PARAM);
  return isLocale(value) ? value : 'en';
}

/** What a bad `?lang=` is told (the parameter's problem, for a 400). */
export function languageProblem(url: URL): { path: string; message: string } | null {
  const values = url.searchParams.getAll(LANGUAGE_PARAM);
  if (values.length === 0) return null;
  if (values.length === 1 && isLocale(values[0])) return null;
  return {
    path: LANGUAGE_PARAM,
    message: `"${LANGUAGE_PARAM}" must be one of ${LOCALES.join(', ')}, given once`,
  };
}
