import { translate } from '@shared/i18n';
import { componentWords, stateWords } from './messages';

export default {
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
  ...translate(stateWords, {
    saving: 'Зберігаємо…',
    tryAgain: 'Спробувати ще раз',
    tryingAgain: 'Пробуємо ще раз…',
    loading: 'Завантаження…',
  }),
};
