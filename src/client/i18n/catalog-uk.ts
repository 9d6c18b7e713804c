// Every Ukrainian messages file of the browser's code and of the shared domain, in one chunk.
// A part of the app joins by having a `messages.uk.ts` beside its `messages.ts` (or a
// `<part>.messages.uk.ts` beside a `<part>.messages.ts`); a test checks that every one has it.
import type { Translations } from '@shared/i18n';

const files = import.meta.glob<Translations>(['/src/client/**/*messages.uk.ts', '/src/shared/**/*messages.uk.ts'], {
  eager: true,
  import: 'default',
});

export const ukrainian: Translations = Object.assign({}, ...Object.values(files));

/** How Ukrainian writes dates and numbers comes in the same chunk as its messages. */
export { intlFormats } from '@shared/i18n/intl-formats';
