import { translate } from '@shared/i18n';
import { commonWords, componentWords } from './messages';

export default {
  ...translate(commonWords, {
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
    dismiss: 'Закрити',
    done: 'Готово',
    continue: 'Продовжити',
    allPledges: 'Усі обіцянки',
  }),
  ...translate(componentWords, {
    optionalMark: '(необов’язково)',
    opensInNewTab: '(відкривається в новій вкладці)',
    deadlinePrefix: 'Строк:',
    verdictPrefix: 'Вердикт:',
    notifications: 'Сповіщення',
    dismissNotification: 'Закрити сповіщення',
    themeSystem: 'Системна',
    themeLight: 'Світла',
    themeDark: 'Темна',
    themeIs: 'Тема: {theme}',
    themeNext: 'Тема: {theme} (натисніть, щоб вибрати: {next})',
  }),
};
