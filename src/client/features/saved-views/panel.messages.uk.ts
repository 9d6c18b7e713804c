import { translate } from '@shared/i18n';
import { savedViewsPanelWords } from './panel.messages';

export default translate(savedViewsPanelWords, {
  title: 'Збережені добірки',
  loading: 'Завантаження…',
  noneEditor: 'Поки немає. Відфільтруйте список, і кнопка «Зберегти добірку» збереже його тут із коротким посиланням.',
  noneReader: 'Поки немає. Редактори зберігають тут добірки, кожну з коротким посиланням.',
  rename: 'Перейменувати',
  renameItem: 'Перейменувати «{name}»',
  delete: 'Видалити',
  deleteItem: 'Видалити «{name}»',
});
