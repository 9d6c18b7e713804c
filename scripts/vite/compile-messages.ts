// The browser build's messages arrive compiled: each `messages.ts` and `messages.uk.ts` is run in
// Node at build time and replaced by its messages in Lingui's token form, so the browser needs
// Lingui's small interpreter and not its ICU parser (docs/decisions/0027).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import type { Message, Translations } from '../../src/shared/i18n/define';

/**
 * `messages.ts` or `<part>.messages.ts` (English, with ids) and its `.uk.ts` (one language's
 * translations). A part's own file keeps words that only a lazily loaded piece says out of the first
 * page's chunk.
 */
export const MESSAGES_MODULE = /\/src\/(client|shared|server)\/.+\/([a-z0-9-]+\.)?messages(\.uk)?\.ts$/;

function compiled(text: string, where: string) {
  try {
    return compileMessageOrThrow(text);
  } catch (error) {
    throw new Error(`${where}: ${(error as Error).message}`);
  }
}

/** The English messages files (`messages.ts`, `<part>.messages.ts`) under the browser's folders. */
export function englishMessageFiles(root: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return walk(path);
      return /^([a-z0-9-]+\.)?messages\.ts$/.test(entry.name) ? [path] : [];
    });
  return ['src/client', 'src/shared'].flatMap((folder) => walk(join(root, folder)));
}

/**
 * Every message id of the browser's code, each given a short one in the build: its place in the
 * sorted list, in base 36 ("a4"). The English file and its Ukrainian both go through this map, so
 * they agree. Short sequential ids weigh less than the readable ones (about 1.5 KB gzipped on the
 * first page) and than hashes, which gzip cannot shorten.
 */
export function shortIds(ids: Iterable<string>): Map<string, string> {
  return new Map([...new Set(ids)].sort().map((id, index) => [id, index.toString(36)]));
}

/** The code of a compiled messages module, from what the module exports when run. */
export function compiledMessagesModule(
  id: string,
  exports: Record<string, unknown>,
  short: ReadonlyMap<string, string> = new Map(),
): string {
  const idOf = (messageId: string) => short.get(messageId) ?? messageId;
  const lines: string[] = [];
  for (const [name, value] of Object.entries(exports)) {
    if (name === 'default') {
      const translations = value as Translations;
      const out = Object.fromEntries(
        Object.entries(translations).map(([key, text]) => [idOf(key), compiled(String(text), `${id} ${key}`)]),
      );
      lines.push(`export default ${JSON.stringify(out)};`);
    } else {
      const group = value as Record<string, Message>;
      const out = Object.fromEntries(
        Object.entries(group).map(([key, m]) => [
          key,
          { id: idOf(m.id), message: compiled(String(m.message), `${id} ${m.id}`) },
        ]),
      );
      lines.push(`export const ${name} = ${JSON.stringify(out)};`);
    }
  }
  return lines.join('\n');
}
