// What the page a saved view's short link opens says.
import { defineMessages } from '@shared/i18n';

export const openingViewWords = defineMessages('savedViewOpening', {
  notFoundTitle: 'Saved view not found',
  opening: 'Opening saved view',
  gone: 'This saved view no longer exists',
  goneText: 'Someone deleted it, or the link was mistyped. The pledges themselves are all still here.',
  seeAll: 'See all pledges',
  openFailed: 'The saved view could not be opened',
  openingNow: 'Opening the saved view…',
});
