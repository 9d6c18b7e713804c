import { translate } from '@shared/i18n';
import { adminPageWords } from './messages';

export default translate(adminPageWords, {
  title: 'Адміністрування',
  lede: 'Хто веде цей трекер, кого запрошено і хто може його читати.',
});
