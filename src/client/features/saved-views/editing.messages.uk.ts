import { translate } from '@shared/i18n';
import { viewEditingWords } from './editing.messages';

export default translate(viewEditingWords, {
  dialogTitle: 'Зберегти цю добірку',
  dialogText: 'Фільтри і порядок, що зараз на екрані, під назвою, яку ви оберете.',
  name: 'Назва',
  needsName: 'Дайте добірці назву.',
  saved: 'Збережено «{name}»',
  savedBody: 'Шукайте її в збережених добірках разом із коротким посиланням, яким можна поділитися.',
  newName: 'Нова назва для «{name}»',
  renameFailed: 'Не вдалося перейменувати добірку',
  deleted: 'Видалено «{name}»',
  deleteFailed: 'Не вдалося видалити добірку',
  deleteTitle: 'Видалити «{name}»?',
  deleteText: 'Її коротке посилання перестане працювати для всіх. Самих обіцянок це не торкнеться.',
  deleteView: 'Видалити добірку',
  deleting: 'Видалення…',
});
