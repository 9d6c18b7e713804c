// Words many pages share (buttons and states that mean the same everywhere).
import { defineMessages } from '@shared/i18n';

export const commonWords = defineMessages('common', {
  cancel: 'Cancel',
  save: 'Save',
  saving: 'Saving…',
  close: 'Close',
  tryAgain: 'Try again',
  tryingAgain: 'Trying again…',
  undo: 'Undo',
  delete: 'Delete',
  edit: 'Edit',
  back: 'Back',
  copy: 'Copy',
  copied: 'Copied',
  loading: 'Loading…',
  optional: 'optional',
  required: 'required',
});
