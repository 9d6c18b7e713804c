import { translate } from '@shared/i18n';
import { partiesPageWords } from './messages';

export default translate(partiesPageWords, {
  title: 'Сторони',
  ledeReader: 'Хто давав і хто отримував обіцянки та як їх дотримали.',
  ledeEditor:
    'Хто давав і хто отримував обіцянки та як їх дотримали. Перейменуйте сторону або об’єднайте дублікат зі стороною, яку він означає.',
});
