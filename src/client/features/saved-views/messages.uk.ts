import { translate } from '@shared/i18n';
import { savedViewWords } from './messages';

export default translate(savedViewWords, {
  menu: 'Збережені добірки',
  menuCount: 'Збережені добірки ({count})',
  saveView: 'Зберегти добірку',
});
