import { translate } from '@shared/i18n';
import { timeWords } from './messages';

export default translate(timeWords, {
  justNow: 'щойно',
  onInstant: '{instant}',
});
