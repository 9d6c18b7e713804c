import { translate } from '@shared/i18n';
import { pledgePageWords } from './messages';

export default translate(pledgePageWords, {
  title: 'Обіцянка',
  loading: 'Завантажуємо обіцянку…',
  failed: 'Не вдалося завантажити обіцянку',
});
