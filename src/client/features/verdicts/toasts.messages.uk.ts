import { translate } from '@shared/i18n';
import { verdictToastWords } from './toasts.messages';

export default translate(verdictToastWords, {
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
});
