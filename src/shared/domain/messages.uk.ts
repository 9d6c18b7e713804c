import { translate } from '../i18n/define';
import { deadlineStateWords, timingWords, verdictWords, windowWords } from './messages';

const DAYS = '{days, plural, one {# день} few {# дні} many {# днів} other {# дня}}';

export default {
  ...translate(verdictWords, {
    open: 'Відкрита',
    fulfilled: 'Виконана',
    partially_fulfilled: 'Виконана частково',
    broken: 'Порушена',
    withdrawn: 'Відкликана',
  }),
  ...translate(deadlineStateWords, {
    none: 'Без строку',
    upcoming: 'Попереду',
    due: 'Строк настав',
    overdue: 'Прострочена',
    met: 'Вчасно',
    late: 'Із запізненням',
    missed: 'Пропущена',
  }),
  ...translate(windowWords, {
    none: 'без строку',
    dueBy: 'не пізніше {date}',
    due: 'до {date}',
  }),
  ...translate(timingWords, {
    withdrawnBeforeDeadline: 'відкликана до строку',
    withdrawn: 'відкликана',
    noDeadlineWasSet: 'строк не встановлено',
    noDeadline: 'без строку',
    windowOpensTomorrow: 'вікно відкривається завтра',
    windowOpensIn: `вікно відкривається через ${DAYS}`,
    dueTomorrow: 'строк завтра',
    dueIn: `строк через ${DAYS}`,
    windowClosesToday: 'вікно відкрите, закривається сьогодні',
    windowClosesIn: `вікно відкрите, закривається через ${DAYS}`,
    dueToday: 'строк сьогодні',
    overdueBy: `прострочена на ${DAYS}`,
    metOnTime: 'виконана вчасно',
    partlyMetOnTime: 'частково виконана вчасно',
    fulfilledLate: `виконана із запізненням на ${DAYS}`,
    partlyFulfilledLate: `частково виконана із запізненням на ${DAYS}`,
    withdrawnAfterDeadline: 'відкликана після строку',
    missed: 'пропущена',
  }),
};
