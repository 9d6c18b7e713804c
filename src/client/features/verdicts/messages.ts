import { defineMessages } from '@shared/i18n';

export const verdictButtonWords = defineMessages('verdictButton', {
  mark: 'Mark verdict',
  change: 'Change verdict',
  markFor: 'Mark verdict for “{title}”',
  changeFor: 'Change verdict for “{title}”',
});

/** What the app says when the dialog's code could not be loaded (said from the first page). */
export const verdictHostWords = defineMessages('verdictHost', {
  openFailed: 'The verdict form could not be opened',
  openFailedText: 'Check the connection, then try again (reloading the page helps after an update).',
});
