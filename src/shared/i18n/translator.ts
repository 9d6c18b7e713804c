// Turns a message and its values into words in one language, with Lingui's runtime: it fills
// placeholders and picks plural forms by the language's own rules (Ukrainian has one, few, many
// and other) through Intl.PluralRules.

import { setupI18n, type I18n } from '@lingui/core';
import { INTL_LOCALE, SOURCE_LOCALE, type Locale } from './locales';
import type { Message, Translations } from './define';

export type MessageValues = Record<string, string | number | Date | null | undefined>;

/** `t(messages.count, { count: 5 })` → "5 pledges" / "5 обіцянок". */
export type Translate = ((message: Message, values?: MessageValues) => string) & { readonly locale: Locale };

/** Compiles a message's ICU text (`compileMessage` from `@lingui/message-utils`). */
export type MessageCompiler = NonNullable<Parameters<I18n['setMessagesCompiler']>[0]>;

let runtimeCompiler: MessageCompiler | undefined;

/**
 * Makes every translator compile messages given as ICU text with this (run-time-compile.ts). The
 * browser build sets none: its messages arrive compiled.
 */
export function compileWith(compile: MessageCompiler): void {
  runtimeCompiler = compile;
}

export function createTranslator(locale: Locale, translations: Translations = {}): Translate {
  const i18n = setupI18n();
  if (runtimeCompiler) i18n.setMessagesCompiler(runtimeCompiler);
  // English messages are their own translation: the source text in each Message is the fallback.
  i18n.load(locale, locale === SOURCE_LOCALE ? {} : (translations as Record<string, never>));
  i18n.activate(locale, [INTL_LOCALE[locale]]);
  // A message without values always gives the same words in one translator: worded once (a
  // 5,000-event calendar names a state and a verdict in every event).
  const plain = new Map<string, string>();
  const t = (message: Message, values?: MessageValues) => {
    if (values === undefined) {
      let words = plain.get(message.id);
      if (words === undefined)
        plain.set(message.id, (words = i18n._({ id: message.id, message: message.message as string })));
      return words;
    }
    return i18n._({ id: message.id, message: message.message as string, values: values as Record<string, unknown> });
  };
  return Object.assign(t, { locale });
}
