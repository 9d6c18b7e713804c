// Words many pages share (buttons and states that mean the same everywhere), and the words of the
// app's own building blocks (dialogs, toasts, notices, badges, the theme switch).
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
  dismiss: 'Dismiss',
  done: 'Done',
  continue: 'Continue',
  allPledges: 'All pledges',
});

export const componentWords = defineMessages('components', {
  optionalMark: '(optional)',
  opensInNewTab: '(opens in a new tab)',
  deadlinePrefix: 'Deadline:',
  verdictPrefix: 'Verdict:',
  notifications: 'Notifications',
  dismissNotification: 'Dismiss notification',
  themeSystem: 'System',
  themeLight: 'Light',
  themeDark: 'Dark',
  themeIs: 'Theme: {theme}',
  themeNext: 'Theme: {theme} (press for {next})',
});
