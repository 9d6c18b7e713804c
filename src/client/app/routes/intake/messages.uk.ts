import { translate } from '@shared/i18n';
import { intakePageWords } from './messages';

export default translate(intakePageWords, {
  title: 'Додати зі статті',
  lede: 'Вставте новину: ми знайдемо в ній зобов’язання, строки й суми, а ви все перевірите, перш ніж щось збережеться.',
});
