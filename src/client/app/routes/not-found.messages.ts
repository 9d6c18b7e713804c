// What a page says when nothing is at its address: loaded with that page, not with the first one.
import { defineMessages } from '@shared/i18n';

export const notFoundWords = defineMessages('notFound', {
  pledgeTitle: 'Pledge not found',
  pageTitle: 'Page not found',
  pledgeHeading: 'No pledge here',
  pageHeading: 'No page here',
  pledgeText:
    'There is no pledge at this address. It may have been mistyped, or the link may be older than the pledge.',
  pageText: 'Nothing lives at this address. It may have been mistyped.',
  seeAll: 'See all pledges',
});
