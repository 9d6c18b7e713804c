import { translate } from '@shared/i18n';
import { errorWords, timeWords, trashedWords } from './messages';

export default {
  ...translate(timeWords, {
    justNow: 'щойно',
    onInstant: '{instant}',
  }),
  ...translate(errorWords, {
    unexpected: 'Сталася непередбачена помилка.',
    network: 'Не вдалося зв’язатися із сервером. Перевірте з’єднання і спробуйте ще раз.',
    trashed: '{sentence} Щоб змінити її, відновіть її з кошика; історія збережена.',
  }),
  ...translate(trashedWords, {
    byWhom: 'Цю обіцянку переміщено до кошика {when}; автор зміни — {name}.',
    someone: 'Цю обіцянку переміщено до кошика {when}.',
  }),
};
