import { translate } from '@shared/i18n';
import { routeErrorWords, routeWords } from './messages';

export default {
  ...translate(routeErrorWords, {
    title: 'Щось пішло не так',
    staleHeading: 'Не вдалося завантажити сторінку',
    heading: 'На цій сторінці щось пішло не так',
    staleText:
      'Частину застосунку не вдалося отримати. Можливо, обірвалося з’єднання або вийшла новіша версія. Зазвичай допомагає перезавантаження.',
    text: 'На сторінці сталася неочікувана помилка. Часто допомагає спробувати ще раз, а як ні — перезавантажити сторінку.',
    reload: 'Перезавантажити сторінку',
  }),
  ...translate(routeWords, {
    breadcrumb: 'Навігаційний ланцюжок',
  }),
};
