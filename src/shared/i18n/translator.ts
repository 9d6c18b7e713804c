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

/** Words kept per translator; past this many, it starts again from none. */
const KEPT_WORDS = 5000;

/** The key of a message with its values, or null when a value is not a string or a number (a Date). */
function keyOf(id: string, values: MessageValues | undefined): string | null {
  if (values === undefined) return id;
  let key = id;
  for (const name in values) {
    const value = values[name];
    // A tag per type: the string "3" and the number 3 may be worded differently.
    if (typeof value === 'string') key += `\u0000${name}\u0001s${value}`;
    else if (typeof value === 'number') key += `\u0000${name}\u0001n${value}`;
    else return null;
  }
  return key;
}

export function createTranslator(locale: Locale, translations: Translations = {}): Translate {
  const i18n = setupI18n();
  if (runtimeCompiler) i18n.setMessagesCompiler(runtimeCompiler);
  // English messages are their own translation: the source text in each Message is the fallback.
  i18n.load(locale, locale === SOURCE_LOCALE ? {} : (translations as Record<string, never>));
  i18n.activate(locale, [INTL_LOCALE[locale]]);
  // A message always gives the same words for the same values in one translator, and a feed says
  // the same few ("overdue by 3 days", a state, a verdict, the same parties) for thousands of
  // pledges: Lingui's formatting (a plural looked up, a number formatted) cost more than all the
  // rest of an event. Words for values that are strings and numbers are kept, a bounded number.
  const kept = new Map<string, string>();
  const t = (message: Message, values?: MessageValues) => {
    const key = keyOf(message.id, values);
    let words = key === null ? undefined : kept.get(key);
    if (words === undefined) {
      words = i18n._({ id: message.id, message: message.message as string, values: values as Record<string, unknown> });
      if (key !== null) {
        if (kept.size >= KEPT_WORDS) kept.clear();
        kept.set(key, words);
      }
    }
    return words;
  };
  return Object.assign(t, { locale });
}
