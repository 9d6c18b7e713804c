// Words many pages share: buttons and states that mean the same everywhere. The first page says none of them, so they load with the pieces that do.
import { defineMessages } from '@shared/i18n';

export const commonWords = defineMessages('common', {
  cancel: 'Cancel',
  save: 'Save',
  close: 'Close',
  undo: 'Undo',
  delete: 'Delete',
  edit: 'Edit',
  back: 'Back',
  copy: 'Copy',
  copied: 'Copied',
  optional: 'optional',
  required: 'required',
  dismiss: 'Dismiss',
  done: 'Done',
  continue: 'Continue',
  allPledges: 'All pledges',
});
