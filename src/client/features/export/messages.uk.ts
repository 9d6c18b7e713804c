import { translate } from '@shared/i18n';
import { exportWords } from './messages';

export default translate(exportWords, {
  summary: 'Експорт і підписка',
});
