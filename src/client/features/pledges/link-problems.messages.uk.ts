import { translate } from '@shared/i18n';
import { linkProblemWords } from './link-problems.messages';

export default {
  ...translate(linkProblemWords, {
    title: 'Частину цього посилання не вдалося використати, тож її пропущено',
    quoted: '«{text}»',
    descending: '«{field}» (за спаданням)',
    notAFilter: 'За «{param}» цей список не можна ні відфільтрувати, ні впорядкувати.',
    notText: '{name}: у посиланні це записано у формі, яку неможливо прочитати.',
    unknownSort: '{name}: впорядкування за {order} немає, тож список лишається у звичному порядку — «{usual}».',
    unknownValues:
      '{name}: {values} — {count, plural, one {такого варіанта немає} few {таких варіантів немає} many {таких варіантів немає} other {таких варіантів немає}} (є: {choices}).',
    unknownValuesNoChoices:
      '{name}: {values} — {count, plural, one {такого варіанта немає} few {таких варіантів немає} many {таких варіантів немає} other {таких варіантів немає}}.',
    notPartyIds:
      '{name}: {values} — посилання так не називає сторону; воно використовує її ідентифікатор, наприклад united-states.',
    notTags:
      '{name}: {values} — {count, plural, one {це не тег} few {це не теги} many {це не теги} other {це не теги}} у записі посилань: малі латинські слова через дефіс, наприклад peace-talks.',
    tooMany: '{name}: посилання може містити щонайбільше {max}, а це містить більше.',
    notADate: '{name}: «{value}» — не календарна дата у форматі рік-місяць-день, наприклад 2025-09-01.',
    notTrueOrFalse: '{name}: «{value}» — ні true (так), ні false (ні).',
    tooLong: '{name}: текст довший за {max} символів.',
    needs: '{name}: діє лише разом із параметром «{other}».',
    rangeReversed: 'Строк між: проміжок починається {from}, тобто після свого кінця {to}.',
    notBegun: '{name}: {date} ще не настало, тож список показує записи станом на сьогодні.',
  }),
};
