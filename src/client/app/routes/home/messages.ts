import { defineMessages } from '@shared/i18n';

export const homeWords = defineMessages('page.home', {
  title: 'Pledges',
  titleAsOf: 'Pledges as of {date}',
  heading: 'Pledges',
  lede: 'Public commitments and their deadlines. What is overdue comes first.',
});
