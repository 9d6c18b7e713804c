// How messages are declared. Each part of the app keeps its English messages in a `messages.ts`
// beside its code, as ICU MessageFormat ("{count, plural, one {# pledge} other {# pledges}}"),
// and their Ukrainian in a `messages.uk.ts` beside that. A piece loaded on its own (a dialog, a
// page) keeps its words in a `<part>.messages.ts` and `<part>.messages.uk.ts`, so they load with it
// and not with the first page. The compiler checks that the Ukrainian file has exactly the English
// file's keys; a test checks that both say the same placeholders.
//
// In the browser build each of these files is replaced by its messages compiled to Lingui's
// token form (scripts/vite/compile-messages.ts), so no ICU parser is downloaded.

import type { CompiledMessage } from '@lingui/message-utils/compileMessage';

/** One message: a stable id ("pledges.count") and its English text (compiled, in the browser build). */
export interface Message {
  readonly id: string;
  readonly message: string | CompiledMessage;
}

export type Messages<K extends string> = { readonly [Key in K]: Message };

/** A language's translations of one messages file, by id, ready for Lingui's `load`. */
export type Translations = Readonly<Record<string, string | CompiledMessage>>;

/** Ids are namespaced by the scope, so two parts of the app may both have a `title`. */
export function defineMessages<K extends string>(scope: string, english: Record<K, string>): Messages<K> {
  const out = {} as Record<K, Message>;
  for (const key of Object.keys(english) as K[]) out[key] = { id: `${scope}.${key}`, message: english[key] };
  return out;
}

/**
 * One language's version of a messages file. `text` must name every key of the English file, and
 * being an object literal, no other: the compiler says which is missing or extra.
 */
export function translate<K extends string>(source: Messages<K>, text: { readonly [Key in K]: string }): Translations {
  const out: Record<string, string> = {};
  for (const key of Object.keys(source) as K[]) out[source[key].id] = text[key];
  return out;
}
