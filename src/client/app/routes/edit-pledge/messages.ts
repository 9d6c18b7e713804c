import { defineMessages } from '@shared/i18n';

export const editPageWords = defineMessages('page.edit-pledge', {
  title: 'Edit pledge',
  titleOf: 'Edit: {title}',
  back: 'The pledge',
  heading: 'Edit pledge',
  lede: 'Every change is kept in the pledge’s history, with your name and the old values.',
});
