// The words of a text written in both languages side by side (a title, a note), with the field
// groups: they load with the forms that have one.
import { defineMessages } from '@shared/i18n';

export const twoLanguageWords = defineMessages('twoLanguages', {
  writtenIn: 'Written first in',
  languageName: '{language, select, en {English} uk {Ukrainian} other {{language}}}',
  translationHint:
    'For readers of {language, select, en {English} uk {Ukrainian} other {{language}}}, if you can give it. Optional.',
});
