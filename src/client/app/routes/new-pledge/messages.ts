import { defineMessages } from '@shared/i18n';

export const newPageWords = defineMessages('page.new-pledge', {
  title: 'New pledge',
  lede: 'Who promised what, to whom, by when — in your words, with the words that were said.',
});
