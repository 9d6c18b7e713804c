import { translate } from '@shared/i18n';
import { homeWords } from './messages';

export default translate(homeWords, {
  title: 'Обіцянки',
  titleAsOf: 'Обіцянки станом на {date}',
  heading: 'Обіцянки',
  lede: 'Публічні зобов’язання та їхні строки. Прострочені — першими.',
});
