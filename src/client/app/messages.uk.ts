import { translate } from '@shared/i18n';
import { languageWords, shellWords } from './messages';

export default {
  ...translate(shellWords, {
    appName: 'Трекер обіцянок',
    titled: '{title} · {appName}',
    skipToContent: 'Перейти до змісту',
    tagline: 'Хто що пообіцяв, кому і до коли.',
    mainNav: 'Головне меню',
    newPledge: 'Нова обіцянка',
    addFromArticle: 'Додати зі статті',
    parties: 'Сторони',
    footerDeadlines:
      'Строки — це календарні дні в часовому поясі кожної обіцянки. Вердикти виносять люди, і кожен спирається на докази.',
    footerTrash: '<trash>Кошик</trash>: обіцянки, вилучені зі списків, разом з їхньою історією.',
    demoFailedTitle: 'Демо не вдалося запустити',
    demoFailedText:
      'Цей браузер не дозволив запустити вбудований сервер демо ({reason}). Має спрацювати свіжий Chrome, Firefox або Safari поза приватним режимом.',
  }),
  ...translate(languageWords, {
    switchTo: 'Читати мовою: {language}',
  }),
};
