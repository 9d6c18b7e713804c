import { translate } from '@shared/i18n';
import { demoWords } from './demo-banner.messages';

export default translate(demoWords, {
  region: 'Демо-режим',
  note: '<strong>Демо:</strong> зміни залишаються в цьому браузері.',
  reset: 'Скинути демо-дані',
  resetting: 'Скидаємо…',
  resetDone: 'Демо-дані скинуто',
  resetDoneBody: 'Усі обіцянки знову такі, як на початку.',
});
