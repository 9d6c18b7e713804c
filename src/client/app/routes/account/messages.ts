import { defineMessages } from '@shared/i18n';

export const accountPageWords = defineMessages('page.account', {
  title: 'Your account',
  lede: 'Signed in as {name}.',
  ledeWithEmail: 'Signed in as {name} ({email}).',
});
