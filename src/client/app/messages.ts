import { defineMessages } from '@shared/i18n';

export const shellWords = defineMessages('shell', {
  appName: 'Pledge Tracker',
  titled: '{title} · {appName}',
  skipToContent: 'Skip to content',
  tagline: 'Who promised what, to whom, by when.',
  mainNav: 'Main',
  newPledge: 'New pledge',
  addFromArticle: 'Add from article',
  parties: 'Parties',
  footerDeadlines:
    'Deadlines are calendar days in each pledge’s own time zone. Verdicts are set by people and carry their evidence.',
  footerTrash: '<trash>Trash</trash>: pledges taken out of the lists, with their history.',
  demoFailedTitle: 'The demo could not start',
  demoFailedText:
    'This browser refused to run the demo’s built-in server ({reason}). A recent Chrome, Firefox or Safari, outside private browsing, should work.',
});

export const languageWords = defineMessages('language', {
  switchTo: 'Read in {language}',
});
