import { translate } from '@shared/i18n';
import { historyWords } from './messages';

export default translate(historyWords, {
  created: '<who>{actor}</who>: додано обіцянку',
  deleted: '<who>{actor}</who>: переміщено до кошика',
  restored: '<who>{actor}</who>: відновлено з кошика',
  revertedTo: '<who>{actor}</who>: повернено до версії {version}',
  reverted: '<who>{actor}</who>: повернено до попередньої версії',
  mergedParties: '<who>{actor}</who>: сторону «{from}» об’єднано з «{into}»',
  merged: '<who>{actor}</who>: об’єднано дві сторони',
  changed: '<who>{actor}</who>: внесено зміну',
  version: 'версія {version}',
  changedTo: 'змінено на',
  setBack: 'Повернено до версії {version}',
  recordedAs: 'Записано як версію {version}.',
  notReverted: 'Не повернено',
  revert: 'Повернути до цієї версії',
  revertTo: 'Повернути до версії {version}',
  revertQuestion: 'Повернути всі поля до версії {version}? Це запишеться як нова версія; нічого не буде стерто.',
  reverting: 'Повернення…',
  loading: 'Завантаження історії…',
  loadFailed: 'Не вдалося завантажити історію',
  empty: 'Змін ще не записано.',
  list: 'Зміни, нові спершу',
});
