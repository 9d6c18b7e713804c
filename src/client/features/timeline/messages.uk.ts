import { translate } from '@shared/i18n';
import { timelineWords } from './messages';

const one = (word: string, few: string, many: string) =>
  `{count, plural, one {# ${word}} few {# ${few}} many {# ${many}} other {# ${few}}}`;

export default translate(timelineWords, {
  region: 'Хронологія',
  zoom: 'Масштаб',
  month: 'Місяць',
  quarter: 'Квартал',
  year: 'Рік',
  fit: 'Усе',
  loading: 'Завантаження хронології…',
  loadFailed: 'Не вдалося завантажити хронологію',
  noneMatch: 'Жодна обіцянка не підходить до цієї добірки',
  noneMatchText: 'Усім цим фільтрам нічого не відповідає, тож малювати нічого.',
  nothingToDraw: 'Нічого показати',
  nothingToDrawText: 'Жодна із завантажених обіцянок цієї добірки не має строку.',
  undatedLoaded:
    'Без строку — {count, plural, one {# із завантажених обіцянок} few {# із завантажених обіцянок} many {# із завантажених обіцянок} other {# із завантажених обіцянок}}: <links>…</links>.',
  undatedInView:
    'Без строку — {count, plural, one {# обіцянка цієї добірки} few {# обіцянки цієї добірки} many {# обіцянок цієї добірки} other {# обіцянки цієї добірки}}: <links>…</links>.',
  showing: 'Показано {shown, number} із {total, number}',
  loadMore: 'Завантажити ще',
  moreFailed: 'Не вдалося завантажити решту обіцянок: {reason}',
  count: one('обіцянка', 'обіцянки', 'обіцянок'),
  updating: ' · оновлення…',
  rows: 'Обіцянки на хронології',
  rowName: '{title}: {window}, {state}',
  markerToday: 'Сьогодні · {date}',
  markerAsOf: 'Станом на {date}',
  goToToday: 'До сьогодні',
  goTo: 'До {date}',
  nothingEarlier: 'Раніше нічого',
  nothingLater: 'Пізніше нічого',
  earlier: `Раніше: ${one('обіцянка', 'обіцянки', 'обіцянок')}`,
  later: `Пізніше: ${one('обіцянка', 'обіцянки', 'обіцянок')}`,
  showEarlier: `Показати раніші: ${one('обіцянка', 'обіцянки', 'обіцянок')}`,
  showLater: `Показати пізніші: ${one('обіцянка', 'обіцянки', 'обіцянок')}`,
  scrollBack: 'Прокрутити назад до них',
  scrollOn: 'Прокрутити вперед до них',
});
