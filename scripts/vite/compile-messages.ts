// The browser build's messages arrive compiled: each `messages.ts` and `messages.uk.ts` is run in
// Node at build time and replaced by its messages in Lingui's token form, so the browser needs
// Lingui's small interpreter and not its ICU parser (docs/decisions/0027).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

/** The scope of a message id: all of it before the key ("pledges.count" → "pledges"). */
function scopeOf(id: string): string {
  return id.slice(0, id.lastIndexOf('.'));
}

/**
 * Every scope of the browser's messages, each given a short one in the build: its place in the
 * sorted list, in base 36 ("a4"). A message's id becomes its short scope and its key ("a4.count"),
 * and an English group is written as its keys and texts alone, the ids made when it loads: the key
 * is already in the code that says it, so the id costs nothing more on the first page (about 1 KB
 * gzipped against an id written beside each message). The English file and its Ukrainian both go
 * through this map, so they agree.
 */
export function shortScopes(ids: Iterable<string>): Map<string, string> {
  const scopes = new Set([...ids].map(scopeOf));
  return new Map([...scopes].sort().map((scope, index) => [scope, index.toString(36)]));
}

/** Makes a group's messages from its texts when the module loads (src/shared/i18n/message-group.ts). */
const MESSAGE_GROUP_MODULE = new URL('../../src/shared/i18n/message-group.ts', import.meta.url);

/** The code of a compiled messages module, from what the module exports when run. */
export function compiledMessagesModule(
  id: string,
  exports: Record<string, unknown>,
  short: ReadonlyMap<string, string> = new Map(),
  /** Where `messageGroup` is imported from: the source file in a build, a runnable copy in tests. */
  messageGroupFrom = fileURLToPath(MESSAGE_GROUP_MODULE),
): string {
  const shortId = (messageId: string) => {
    const scope = scopeOf(messageId);
    return `${short.get(scope) ?? scope}${messageId.slice(scope.length)}`;
  };
  const lines: string[] = [];
  let grouped = false;
  for (const [name, value] of Object.entries(exports)) {
    if (name === 'default') {
      const translations = value as Translations;
      const out = Object.fromEntries(
        Object.entries(translations).map(([key, text]) => [shortId(key), compiled(String(text), `${id} ${key}`)]),
      );
      lines.push(`export default ${JSON.stringify(out)};`);
      continue;
    }
    const entries = Object.entries(value as Record<string, Message>);
    const scope = entries.length ? scopeOf(entries[0]![1].id) : '';
    const texts = Object.fromEntries(
      entries.map(([key, m]) => [key, compiled(String(m.message), `${id} ${m.id}`)] as const),
    );
    if (entries.length && entries.every(([key, m]) => m.id === `${scope}.${key}`)) {
      grouped = true;
      const code = `/* @__PURE__ */ messageGroup(${JSON.stringify(short.get(scope) ?? scope)}, ${JSON.stringify(texts)})`;
      lines.push(`export const ${name} = ${code};`);
    } else {
      // A group whose ids are not its scope and keys (made by hand): each message keeps its id.
      const out = Object.fromEntries(entries.map(([key, m]) => [key, { id: shortId(m.id), message: texts[key] }]));
      lines.push(`export const ${name} = ${JSON.stringify(out)};`);
    }
  }
  if (grouped) lines.unshift(`import { messageGroup } from ${JSON.stringify(messageGroupFrom)};`);
  return lines.join('\n');
}
