// The server says every message of its own and of the shared domain in Ukrainian: each
// messages.ts under src/server and src/shared has its Ukrainian in the server's catalog.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import type { Message } from '@shared/i18n';
import { SERVER_UKRAINIAN, languageOf, languageProblem, translatorFor } from './i18n';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..');

function messageFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return messageFiles(path);
    return /^([a-z0-9-]+\.)?messages\.ts$/.test(entry.name) ? [path] : [];
  });
}

test('every server and shared message is in the server’s Ukrainian catalog', async () => {
  const files = [...messageFiles(join(SRC, 'server')), ...messageFiles(join(SRC, 'shared'))];
  expect(files.length).toBeGreaterThanOrEqual(3);
  const missing: string[] = [];
  for (const file of files) {
    const groups = (await import(file)) as Record<string, Record<string, Message>>;
    for (const group of Object.values(groups))
      for (const { id } of Object.values(group)) if (!(id in SERVER_UKRAINIAN)) missing.push(id);
  }
  expect(missing).toEqual([]);
});

test('a link’s ?lang= picks the language; anything else is English, and is named as a problem', () => {
  const url = (query: string) => new URL(`http://x.test/api/pledges.ics${query}`);
  expect(languageOf(url('?lang=uk'))).toBe('uk');
  expect(languageOf(url(''))).toBe('en');
  expect(languageOf(url('?lang=de'))).toBe('en');
  expect(languageProblem(url('?lang=uk'))).toBeNull();
  expect(languageProblem(url(''))).toBeNull();
  expect(languageProblem(url('?lang=UK'))).toEqual({
    path: 'lang',
    message: '"lang" must be one of en, uk, given once',
  });
  expect(translatorFor('uk')).toBe(translatorFor('uk'));
  expect(translatorFor('uk').locale).toBe('uk');
});
