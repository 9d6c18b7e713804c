import { defineMessages } from '@shared/i18n';

export const savedViewWords = defineMessages('savedViews', {
  menu: 'Saved views',
  menuCount: 'Saved views ({count})',
  saveView: 'Save view',
});
