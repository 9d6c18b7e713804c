import { translate } from '@shared/i18n';
import { notFoundWords, routeErrorWords, routeWords } from './messages';

export default {
  ...translate(notFoundWords, {
    pledgeTitle: 'Обіцянку не знайдено',
    pageTitle: 'Сторінку не знайдено',
    pledgeHeading: 'Тут немає обіцянки',
    pageHeading: 'Тут немає сторінки',
    pledgeText: 'За цією адресою немає обіцянки. Можливо, в адресі помилка, або посилання старіше за саму обіцянку.',
    pageText: 'За цією адресою нічого немає. Можливо, в адресі помилка.',
    seeAll: 'Усі обіцянки',
  }),
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
