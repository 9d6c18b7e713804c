import { translate } from '@shared/i18n';
import { accountPanelWords } from './panel.messages';

export default translate(accountPanelWords, {
  signedInAs: 'Ви ввійшли як <strong>{name}</strong>',
  account: 'Обліковий запис',
  admin: 'Адміністрування',
  signOut: 'Вийти',
  signingOut: 'Виходимо…',
  signedOut: 'Ви вийшли',
  signedOutBody: 'У цьому браузері ви більше не ввійшли в систему.',
  signOutFailed: 'Не вдалося вийти',
});
