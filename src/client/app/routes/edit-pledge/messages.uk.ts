import { translate } from '@shared/i18n';
import { editPageWords } from './messages';

export default translate(editPageWords, {
  title: 'Редагування обіцянки',
  titleOf: 'Редагування: {title}',
  back: 'До обіцянки',
  heading: 'Редагування обіцянки',
  lede: 'Кожна зміна зберігається в історії обіцянки — з вашим ім’ям і попередніми значеннями.',
});
