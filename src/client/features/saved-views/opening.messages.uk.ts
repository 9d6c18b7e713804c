import { translate } from '@shared/i18n';
import { openingViewWords } from './opening.messages';

export default translate(openingViewWords, {
  notFoundTitle: 'Збережену добірку не знайдено',
  opening: 'Відкриття збереженої добірки',
  gone: 'Цієї збереженої добірки більше немає',
  goneText: 'Її видалили, або в посиланні помилка. Самі обіцянки всі на місці.',
  seeAll: 'Усі обіцянки',
  openFailed: 'Не вдалося відкрити збережену добірку',
  openingNow: 'Відкриття збереженої добірки…',
});
