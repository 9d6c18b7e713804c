// The words of the route pages themselves: their titles, headings and the one line under each.
// What the features inside them say is in each feature's own messages.
import { defineMessages } from '@shared/i18n';

export const routeErrorWords = defineMessages('routeError', {
  title: 'Something went wrong',
  staleHeading: 'This page could not be loaded',
  heading: 'Something went wrong on this page',
  staleText:
    'Part of the app could not be fetched. The connection may have dropped, or a newer version may have been published. Reloading usually helps.',
  text: 'The page hit an error it did not expect. Trying again often works; if not, reloading the page will.',
  reload: 'Reload the page',
});

export const routeWords = defineMessages('routes', {
  breadcrumb: 'Breadcrumb',
});
