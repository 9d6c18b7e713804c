// What marking a verdict says once it is saved, undone or refused: said by code that loads with the dialog.
import { defineMessages } from '@shared/i18n';

export const verdictToastWords = defineMessages('verdictToast', {
  undone: 'Change undone',
  undoneBody: '“{title}” is {verdict} again.',
  reopened: 'Reopened',
  marked: 'Marked {verdict}',
  markedBody: '“{title}”',
  markedOnTop: '“{title}”, with the change someone else saved meanwhile kept.',
  conflictUndo: 'Could not undo: someone else changed the verdict first',
  conflictMark: 'Not saved: someone else changed the verdict first',
  conflictBody: '“{title}” now shows their verdict; check it, then change it again if it is still needed.',
  conflictKept: 'Your verdict for “{title}” is kept: open it to compare with theirs.',
  leftUndo: 'Could not undo: “{title}” was left as it was',
  leftMark: 'Not saved: “{title}” was left as it was',
  trashedUndo: 'Could not undo: “{title}” is in the trash',
  trashedMark: 'Not saved: “{title}” is in the trash',
  editAgain: 'Edit again',
});
