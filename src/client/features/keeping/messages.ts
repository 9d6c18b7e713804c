import { defineMessages } from '@shared/i18n';

export const deliveryWords = defineMessages('delivery', {
  remove: 'Remove',
  removeOf: 'Remove the delivery of {date}',
  edit: 'Edit',
  editOf: 'Edit the delivery of {date}',
  correct: 'Correct the delivery of {date}',
  notANumber: 'Write the amount as a number, e.g. 1500000000',
  form: 'Record a delivery',
  on: 'Delivered on',
  amount: 'Amount ({currency})',
  what: 'What was delivered (optional)',
  whatIn: 'What was delivered, in {language, select, en {English} uk {Ukrainian} other {{language}}}',
  link: 'Link to the evidence (optional)',
  save: 'Save the delivery',
});

export const evidenceEditWords = defineMessages('evidenceEdit', {
  edit: 'Edit',
  editItem: 'Edit “{name}”',
  remove: 'Remove',
  removeItem: 'Remove “{name}”',
  add: 'Add evidence',
  correct: 'Correct evidence',
  link: 'Link',
  title: 'Title (optional)',
  dated: 'Dated (optional)',
  note: 'Note (optional)',
  noteIn: 'Note in {language, select, en {English} uk {Ukrainian} other {{language}}}',
  save: 'Save the evidence',
});

export const changeToastWords = defineMessages('pledgeChange', {
  changedFirst: 'Someone changed this pledge first',
  changedFirstBody: 'It has been reloaded with their change. Your entry is still in the form: check it and save again.',
  notSaved: 'Not saved',
});

export const trashWords = defineMessages('trash', {
  inTrash: '“{title}” is in the trash',
  inTrashBody: 'Its history is kept; it can be restored from the trash.',
  back: '“{title}” is back',
  backInLists: '“{title}” is back in the lists',
  couldNotRestore: 'Could not restore',
  notMoved: 'Not moved to the trash',
  moving: 'Moving to the trash…',
  move: 'Move to trash',
  since: 'in the trash since <time>{instant}</time>',
  restoreItem: 'Restore “{title}”',
  restoring: 'Restoring…',
  restore: 'Restore',
  loadFailed: 'The trash could not be loaded',
  loading: 'Loading the trash…',
  empty: 'The trash is empty',
  emptyText: 'Pledges moved to the trash wait here, history and all. <link>Back to the pledges</link>',
  list: 'Pledges in the trash',
  noticeTitle: 'This pledge is in the trash',
  whileEditing: 'Your changes are kept below: restore it, then save them.',
  outOfLists: 'It is out of every list, feed and count, with its history kept.',
  outOfListsRestore:
    'It is out of every list, feed and count, with its history kept. Restore it to bring it back as it was.',
  backToPledges: 'Back to the pledges',
  seeTrash: 'See everything in the trash',
});
