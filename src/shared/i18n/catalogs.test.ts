// Every message exists in both languages and says the same things in each: every `messages.ts`
// (or `<part>.messages.ts`) has its `.uk.ts` beside it, every English message has its Ukrainian, both parse as ICU,
// name the same placeholders and tags, and a Ukrainian plural has all four of its forms.
import { readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileMessageOrThrow, type CompiledMessage } from '@lingui/message-utils/compileMessage';
import { describe, expect, test } from 'vitest';
import type { Message, Translations } from './define';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function messageFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : messageFiles(path);
    return /^([a-z0-9-]+\.)?messages\.ts$/.test(entry.name) ? [path] : [];
  });
}

interface Said {
  placeholders: Set<string>;
  plurals: string[][];
}

function said(tokens: CompiledMessage, into: Said = { placeholders: new Set(), plurals: [] }): Said {
  for (const token of tokens) {
    if (typeof token === 'string') continue;
    const [name, type, format] = token;
    into.placeholders.add(name);
    if ((type === 'plural' || type === 'select' || type === 'selectordinal') && format && typeof format === 'object') {
      const cases = Object.keys(format).filter((key) => key !== 'offset');
      if (type === 'plural') into.plurals.push(cases);
      for (const key of cases) said((format as Record<string, CompiledMessage>)[key]!, into);
    }
  }
  return into;
}

const tags = (text: string) => [...text.matchAll(/<\/?([a-z][a-z0-9]*)>/gi)].map((m) => m[0]).sort();

const files = messageFiles(SRC);

test('no two messages of the app share an id', async () => {
  const owners = new Map<string, string>();
  const shared: string[] = [];
  for (const file of files) {
    const english = (await import(file)) as Record<string, Record<string, Message>>;
    for (const group of Object.values(english)) {
      for (const { id } of Object.values(group)) {
        const owner = owners.get(id);
        if (owner && owner !== relative(SRC, file)) shared.push(`${id}: ${owner} and ${relative(SRC, file)}`);
        owners.set(id, relative(SRC, file));
      }
    }
  }
  expect(shared).toEqual([]);
});

test('the app has messages files to check', () => {
  expect(files.length).toBeGreaterThan(0);
});

describe.each(files.map((file) => [relative(SRC, file), file]))('%s', (_, file) => {
  test('has its Ukrainian, which says what the English says', async () => {
    const english = (await import(file)) as Record<string, Record<string, Message>>;
    const ukrainian = ((await import(file.replace(/\.ts$/, '.uk.ts'))) as { default: Translations }).default;
    const ids = new Set<string>();
    for (const group of Object.values(english)) {
      for (const { id, message } of Object.values(group)) {
        ids.add(id);
        const uk = ukrainian[id];
        expect(uk, `${id} has no Ukrainian`).toBeTypeOf('string');
        const en = said(compileMessageOrThrow(message as string));
        const ua = said(compileMessageOrThrow(uk as string));
        expect([...ua.placeholders].sort(), `${id}: placeholders`).toEqual([...en.placeholders].sort());
        expect(tags(uk as string), `${id}: tags`).toEqual(tags(message as string));
        for (const forms of ua.plurals) {
          expect(forms, `${id}: a Ukrainian plural needs one, few, many and other`).toEqual(
            expect.arrayContaining(['one', 'few', 'many', 'other']),
          );
        }
      }
    }
    expect(Object.keys(ukrainian).filter((id) => !ids.has(id))).toEqual([]);
  });
});
