import { translate } from '@shared/i18n';
import { twoLanguageWords } from './field-group.messages';

export default {
  ...translate(twoLanguageWords, {
    writtenIn: 'Спершу написано',
    languageName: '{language, select, en {англійською} uk {українською} other {{language}}}',
    translationHint:
      'Для читачів {language, select, en {англійською} uk {українською} other {{language}}}, якщо можете. Необов’язково.',
  }),
};
