import { defineMessages } from '@shared/i18n';

export const adminPageWords = defineMessages('page.admin', {
  title: 'Admin',
  lede: 'Who keeps this tracker, who is invited, and who may read it.',
});
