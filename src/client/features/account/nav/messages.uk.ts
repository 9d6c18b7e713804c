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
  }),
};
