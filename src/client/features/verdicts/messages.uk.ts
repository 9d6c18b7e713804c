import { translate } from '@shared/i18n';
import { verdictButtonWords, verdictToastWords, verdictHostWords } from './messages';

export default {
  ...translate(verdictButtonWords, {
    mark: 'Винести вердикт',
    change: 'Змінити вердикт',
    markFor: 'Винести вердикт для «{title}»',
    changeFor: 'Змінити вердикт для «{title}»',
  }),
  ...translate(verdictToastWords, {
    undone: 'Зміну скасовано',
    undoneBody: '«{title}» знову має вердикт «{verdict}».',
    reopened: 'Відкрито знову',
    marked: 'Вердикт: {verdict}',
    markedBody: '«{title}»',
    markedOnTop: '«{title}»; зміну, яку тим часом зберіг хтось інший, збережено.',
    conflictUndo: 'Не вдалося скасувати: хтось інший змінив вердикт раніше',
    conflictMark: 'Не збережено: хтось інший змінив вердикт раніше',
    conflictBody: '«{title}» тепер показує їхній вердикт; перевірте його і змініть знову, якщо це ще потрібно.',
    conflictKept: 'Ваш вердикт для «{title}» збережено у формі: відкрийте її, щоб порівняти з їхнім.',
    leftUndo: 'Не вдалося скасувати: «{title}» лишилася без змін',
    leftMark: 'Не збережено: «{title}» лишилася без змін',
    trashedUndo: 'Не вдалося скасувати: «{title}» у кошику',
    trashedMark: 'Не збережено: «{title}» у кошику',
    editAgain: 'Редагувати знову',
  }),
  ...translate(verdictHostWords, {
    openFailed: 'Не вдалося відкрити форму вердикту',
    openFailedText:
      'Перевірте з’єднання і спробуйте ще раз (після оновлення застосунку допомагає перезавантаження сторінки).',
  }),
};
