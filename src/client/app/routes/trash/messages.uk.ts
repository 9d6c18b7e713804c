import { translate } from '@shared/i18n';
import { trashPageWords } from './messages';

export default translate(trashPageWords, {
  title: 'Кошик',
  ledeEditor:
    'Обіцянки, вилучені зі списків. Тут нічого не втрачено: відновіть обіцянку, і вона повернеться з усією історією.',
  ledeReader: 'Обіцянки, вилучені зі списків, з усією їхньою історією. Редактори можуть їх повернути.',
});
