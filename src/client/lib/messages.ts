import { defineMessages } from '@shared/i18n';

export const timeWords = defineMessages('time', {
  justNow: 'just now',
  onInstant: 'on {instant}',
});

/** Errors said in every language from the first page (api-client.ts); the words by code are in error.messages.ts. */
export const errorWords = defineMessages('error', {
  unexpected: 'Something unexpected went wrong.',
  network: 'Could not reach the server. Check the connection and try again.',
  trashed: '{sentence} Restore it from the trash to change it; its history is kept.',
});

export const trashedWords = defineMessages('trashed', {
  byWhom: '{name} moved this pledge to the trash {when}.',
  someone: 'Someone moved this pledge to the trash {when}.',
});
