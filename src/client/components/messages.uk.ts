import { translate } from '@shared/i18n';
import { commonWords } from './messages';

export default translate(commonWords, {
  cancel: 'Скасувати',
  save: 'Зберегти',
  saving: 'Зберігаємо…',
  close: 'Закрити',
  tryAgain: 'Спробувати ще раз',
  tryingAgain: 'Пробуємо ще раз…',
  undo: 'Скасувати дію',
  delete: 'Видалити',
  edit: 'Редагувати',
  back: 'Назад',
  copy: 'Копіювати',
  copied: 'Скопійовано',
  loading: 'Завантаження…',
  optional: 'необов’язково',
  required: 'обов’язково',
});
