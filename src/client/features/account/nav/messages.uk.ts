import { translate } from '@shared/i18n';
import { navWords, roleWords } from './messages';

export default {
  ...translate(roleWords, {
    viewer: 'Читач',
    editor: 'Редактор',
    admin: 'Адміністратор',
  }),
  ...translate(navWords, {
    menu: '{name}, {role}',
    signIn: 'Увійти',
    demoTitle: 'У демо немає облікових записів: кожен відвідувач редагує як демо-редактор.',
    demoInitial: 'Д',
    demoEditor: 'Демо-редактор',
    signedInAs: 'Ви ввійшли як <strong>{name}</strong>',
    account: 'Обліковий запис',
    admin: 'Адміністрування',
    signOut: 'Вийти',
    signingOut: 'Виходимо…',
    signedOut: 'Ви вийшли',
    signedOutBody: 'У цьому браузері ви більше не ввійшли в систему.',
    signOutFailed: 'Не вдалося вийти',
  }),
};
