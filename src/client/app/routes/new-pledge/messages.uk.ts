import { translate } from '@shared/i18n';
import { newPageWords } from './messages';

export default translate(newPageWords, {
  title: 'Нова обіцянка',
  lede: 'Хто що пообіцяв, кому і до коли — вашими словами, поруч зі словами, що прозвучали.',
});
