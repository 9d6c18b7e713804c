import { translate } from '@shared/i18n';
import { exportPanelWords } from './panel.messages';

export default translate(exportPanelWords, {
  followFilters: 'Усе це враховує фільтри, які ви встановили.',
  followFiltersDemo:
    'Усе це враховує фільтри, які ви встановили. У цьому демо API працює всередині вашого браузера, тож календар чи читач стрічок до нього не дістануться.',
  subscribe: 'Підписатися в календарі',
  atom: 'Стрічка Atom',
  csv: 'Завантажити CSV',
  calendarAddress: 'Адреса календаря',
  calendarAddressHint: 'Для календарів, які просять адресу для підписки.',
  addressCopied: 'Адресу календаря скопійовано',
});
