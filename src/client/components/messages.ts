// The words of the app's own building blocks (dialogs, toasts, notices, badges, the theme
// switch), and what a page says while it waits. Words many pages share are in common.messages.ts.
import { defineMessages } from '@shared/i18n';

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

/** What a page says while it waits, and after a failure: said from the first page. */
export const stateWords = defineMessages('state', {
  saving: 'Saving…',
  tryAgain: 'Try again',
  tryingAgain: 'Trying again…',
  loading: 'Loading…',
});
