// Turns a message and its values into words in one language, with Lingui's runtime: it fills
// placeholders and picks plural forms by the language's own rules (Ukrainian has one, few, many
// and other) through Intl.PluralRules.

import { setupI18n, type I18n } from '@lingui/core';
import { INTL_LOCALE, SOURCE_LOCALE, type Locale } from './locales';
import type { Message, Translations } from './define';

export type MessageValues = Record<string, string | number | Date | null | undefined>;

/** `t(messages.count, { count: 5 })` → "5 pledges" / "5 обіцянок". */
export type Translate = ((message: Message, values?: MessageValues) => string) & { readonly locale: Locale };

export interface TranslatorOptions {
  /**
   * Compiles a message's ICU text at run time. The browser build passes none: its messages arrive
   * compiled. The server and the tests pass `compileMessage` from `@lingui/message-utils`.
   */
  compile?: (message: string) => ReturnType<NonNullable<Parameters<I18n['setMessagesCompiler']>[0]>>;
}

let runtimeCompiler: TranslatorOptions['compile'];

type Compile = NonNullable<TranslatorOptions['compile']>;
const compiledBy = new WeakMap<Compile, Map<string, ReturnType<Compile>>>();

/**
 * Lingui compiles a message given as text each time it is said; a feed says the same few messages
 * for thousands of pledges, so each text is compiled once (per compiler) and kept.
 */
function remembered(compile: Compile): Compile {
  let cache = compiledBy.get(compile);
  if (!cache) compiledBy.set(compile, (cache = new Map()));
  const kept = cache;
  return (message) => {
    let compiled = kept.get(message);
    if (!compiled) kept.set(message, (compiled = compile(message)));
    return compiled;
  };
}

/**
 * Where messages are not compiled ahead (the server, which may run with NODE_ENV=production, where
 * Lingui does not compile on its own), every translator compiles with this.
 */
export function compileMessagesAtRunTime(compile: NonNullable<TranslatorOptions['compile']>): void {
  runtimeCompiler = compile;
}

export function createTranslator(
  locale: Locale,
  translations: Translations = {},
  options: TranslatorOptions = {},
): Translate {
  const i18n = setupI18n();
  const compile = options.compile ?? runtimeCompiler;
  if (compile) i18n.setMessagesCompiler(remembered(compile));
  // English messages are their own translation: the source text in each Message is the fallback.
  i18n.load(locale, locale === SOURCE_LOCALE ? {} : (translations as Record<string, never>));
  i18n.activate(locale, [INTL_LOCALE[locale]]);
  const t = (message: Message, values?: MessageValues) =>
    i18n._({ id: message.id, message: message.message as string, values: values as Record<string, unknown> });
  return Object.assign(t, { locale });
}
