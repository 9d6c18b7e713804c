// How a text in another language than the reader's is marked.
import { defineMessages } from '@shared/i18n';

export const contentWords = defineMessages('content', {
  inLanguage: '{language, select, en {in English} uk {in Ukrainian} other {{language}}}',
  original:
    'Original, {language, select, en {in English} uk {in Ukrainian} other {{language}}}: <title>{title}</title>',
});
