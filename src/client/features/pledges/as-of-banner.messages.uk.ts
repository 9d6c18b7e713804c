import { translate } from '@shared/i18n';
import { asOfWords } from './as-of-banner.messages';

export default translate(asOfWords, {
  title: 'Станом на {date}',
  detail:
    'Записи такими, якими вони були наприкінці того дня, відтворені з історії: вердикти, строки і чи все було вчасно на той момент — у часовому поясі кожної обіцянки. У цьому поданні нічого не можна змінити.',
  backToToday: 'Назад до сьогодні',
});
