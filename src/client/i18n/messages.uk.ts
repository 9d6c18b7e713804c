import { translate } from '@shared/i18n';
import { contentWords } from './messages';

export default translate(contentWords, {
  inLanguage: '{language, select, en {англійською} uk {українською} other {{language}}}',
  original: 'Оригінал {language, select, en {англійською} uk {українською} other {{language}}}: <title>{title}</title>',
});
