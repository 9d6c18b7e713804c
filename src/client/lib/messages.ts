import { defineMessages } from '@shared/i18n';

export const timeWords = defineMessages('time', {
  justNow: 'just now',
  onInstant: 'on {instant}',
});
