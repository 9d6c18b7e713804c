// What saving, renaming and deleting a view say: their dialogs load when first used.
import { defineMessages } from '@shared/i18n';

export const viewEditingWords = defineMessages('savedViewEditing', {
  dialogTitle: 'Save this view',
  dialogText: 'The filters and order on screen, under a name of your choice.',
  name: 'Name',
  needsName: 'Give the view a name.',
  saved: 'Saved “{name}”',
  savedBody: 'Find it under Saved views, with a short link to send.',
  newName: 'New name for “{name}”',
  renameFailed: 'The view could not be renamed',
  deleted: 'Deleted “{name}”',
  deleteFailed: 'The view could not be deleted',
  deleteTitle: 'Delete “{name}”?',
  deleteText: 'Its short link will stop working for everyone. The pledges are not touched.',
  deleteView: 'Delete view',
  deleting: 'Deleting…',
});
