import { translate } from '@shared/i18n';
import { notFoundWords } from './not-found.messages';

export default translate(notFoundWords, {
  pledgeTitle: 'Обіцянку не знайдено',
  pageTitle: 'Сторінку не знайдено',
  pledgeHeading: 'Тут немає обіцянки',
  pageHeading: 'Тут немає сторінки',
  pledgeText: 'За цією адресою немає обіцянки. Можливо, в адресі помилка, або посилання старіше за саму обіцянку.',
  pageText: 'За цією адресою нічого немає. Можливо, в адресі помилка.',
  seeAll: 'Усі обіцянки',
});
