import { translate } from '@shared/i18n';
import { commonWords } from './common.messages';

export default translate(commonWords, {
  cancel: 'Скасувати',
  save: 'Зберегти',
  close: 'Закрити',
  undo: 'Скасувати дію',
  delete: 'Видалити',
  edit: 'Редагувати',
  back: 'Назад',
  copy: 'Копіювати',
  copied: 'Скопійовано',
  optional: 'необов’язково',
  required: 'обов’язково',
  dismiss: 'Закрити',
  done: 'Готово',
  continue: 'Продовжити',
  allPledges: 'Усі обіцянки',
});
