// The browser build's messages arrive compiled: each `messages.ts` and `messages.uk.ts` is run in
// Node at build time and replaced by its messages in Lingui's token form, so the browser needs
// Lingui's small interpreter and not its ICU parser (docs/decisions/0027).
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import type { Message, Translations } from '../../src/shared/i18n/define';

/** `messages.ts` (English, with ids) and `messages.uk.ts` (one language's translations). */
export const MESSAGES_MODULE = /\/src\/(client|shared)\/.+\/messages(\.uk)?\.ts$/;

function compiled(text: string, where: string) {
  try {
    return compileMessageOrThrow(text);
  } catch (error) {
    throw new Error(`${where}: ${(error as Error).message}`);
  }
}

/** The code of a compiled messages module, from what the module exports when run. */
export function compiledMessagesModule(id: string, exports: Record<string, unknown>): string {
  const lines: string[] = [];
  for (const [name, value] of Object.entries(exports)) {
    if (name === 'default') {
      const translations = value as Translations;
      const out = Object.fromEntries(
        Object.entries(translations).map(([key, text]) => [key, compiled(String(text), `${id} ${key}`)]),
      );
      lines.push(`export default ${JSON.stringify(out)};`);
    } else {
      const group = value as Record<string, Message>;
      const out = Object.fromEntries(
        Object.entries(group).map(([key, m]) => [
          key,
          { id: m.id, message: compiled(String(m.message), `${id} ${m.id}`) },
        ]),
      );
      lines.push(`export const ${name} = ${JSON.stringify(out)};`);
    }
  }
  return lines.join('\n');
}
