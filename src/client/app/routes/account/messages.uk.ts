import { translate } from '@shared/i18n';
import { accountPageWords } from './messages';

export default translate(accountPageWords, {
  title: 'Ваш обліковий запис',
  lede: 'Ви ввійшли як {name}.',
  ledeWithEmail: 'Ви ввійшли як {name} ({email}).',
});
