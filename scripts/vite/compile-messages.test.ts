import { compileMessage } from '@lingui/message-utils/compileMessage';
import { describe, expect, test } from 'vitest';
import { createTranslator, defineMessages, translate } from '../../src/shared/i18n';
import { messageGroup } from '../../src/shared/i18n/message-group';
import { MESSAGES_MODULE, compiledMessagesModule, englishMessageFiles, shortScopes } from './compile-messages';

const words = defineMessages('test', { count: '{n, plural, one {# pledge} other {# pledges}}', plain: 'Open' });
const uk = translate(words, {
  count: '{n, plural, one {# обіцянка} few {# обіцянки} many {# обіцянок} other {# обіцянки}}',
  plain: 'Відкрита',
});

/** The real messageGroup, as a module emitted code can import where no TypeScript is compiled. */
const GROUP_FROM = `data:text/javascript,${encodeURIComponent(`export ${messageGroup.toString()}`)}`;

/** Module code for these exports, importing the real messageGroup. */
const compiledModule = (id: string, exports: Record<string, unknown>, short?: ReadonlyMap<string, string>) =>
  compiledMessagesModule(id, exports, short, GROUP_FROM);

/** Runs emitted module code and returns its exports. */
async function run(code: string): Promise<Record<string, unknown>> {
  return (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as Record<string, unknown>;
}

describe('compiled messages modules', () => {
  test('match the files they replace, and only those', () => {
    expect(MESSAGES_MODULE.test('/w/src/client/features/pledges/messages.ts')).toBe(true);
    expect(MESSAGES_MODULE.test('/w/src/shared/domain/messages.uk.ts')).toBe(true);
    expect(MESSAGES_MODULE.test('/w/src/client/features/verdicts/dialog.messages.ts')).toBe(true);
    expect(MESSAGES_MODULE.test('/w/src/client/features/verdicts/dialog.messages.uk.ts')).toBe(true);
    expect(MESSAGES_MODULE.test('/w/src/client/features/verdicts/dialogmessages.ts')).toBe(false);
    expect(MESSAGES_MODULE.test('/w/src/client/features/pledges/messages.test.ts')).toBe(false);
    expect(MESSAGES_MODULE.test('/w/src/shared/i18n/define.ts')).toBe(false);
  });

  test('say the same words once compiled', async () => {
    const english = (await run(compiledModule('en', { words }))).words as typeof words;
    const ukrainian = (await run(compiledModule('uk', { default: uk }))).default as typeof uk;
    expect(english.count.message).toEqual(compileMessage(words.count.message as string));
    const en = createTranslator('en');
    const ua = createTranslator('uk', ukrainian);
    for (const n of [0, 1, 2, 5, 21, 22, 25, 111]) {
      expect(en(english.count, { n })).toBe(en(words.count, { n }));
      expect(ua(english.count, { n })).toBe(createTranslator('uk', uk)(words.count, { n }));
    }
    expect(ua(english.plain)).toBe('Відкрита');
  });

  test('name the file and message whose ICU does not parse', () => {
    const broken = defineMessages('test', { bad: '{n, plural, one {# x}' });
    expect(() => compiledMessagesModule('src/x/messages.ts', { broken })).toThrow(/src\/x\/messages.ts test.bad/);
  });

  test('give every scope of the app a short one, the same in English and in Ukrainian', async () => {
    const short = shortScopes(['b.two', 'a.one', 'b.three', 'c.d.four']);
    expect([...short]).toEqual([
      ['a', '0'],
      ['b', '1'],
      ['c.d', '2'],
    ]);
    const map = shortScopes([words.count.id, words.plain.id, 'other.count']);
    const english = (await run(compiledModule('en', { words }, map))).words as typeof words;
    const ukrainian = (await run(compiledModule('uk', { default: uk }, map))).default as typeof uk;
    expect(english.count.id).toBe(`${map.get('test')}.count`);
    expect(Object.keys(ukrainian)).toEqual([`${map.get('test')}.count`, `${map.get('test')}.plain`]);
    expect(createTranslator('uk', ukrainian)(english.count, { n: 5 })).toBe('5 обіцянок');
    expect(englishMessageFiles(process.cwd()).some((f) => f.endsWith('src/shared/domain/messages.ts'))).toBe(true);
  });

  test('write a group as its texts alone, and a group made by hand with its ids', async () => {
    const map = shortScopes([words.count.id, 'hand.made']);
    const byHand = { open: { id: 'hand.made', message: 'Open' } };
    const code = compiledModule('en', { words, byHand }, map);
    expect(code).not.toMatch(/"id":"\w+\.count"/);
    const made = await run(code);
    expect(made.words).toEqual({
      count: { id: `${map.get('test')}.count`, message: compileMessage(words.count.message as string) },
      plain: { id: `${map.get('test')}.plain`, message: compileMessage('Open') },
    });
    expect(made.byHand).toEqual({ open: { id: `${map.get('hand')}.made`, message: compileMessage('Open') } });
  });
});
