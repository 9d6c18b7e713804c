// The words of the route pages themselves: their titles, headings and the one line under each.
// What the features inside them say is in each feature's own messages.
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

export const routeErrorWords = defineMessages('routeError', {
  title: 'Something went wrong',
  staleHeading: 'This page could not be loaded',
  heading: 'Something went wrong on this page',
  staleText:
    'Part of the app could not be fetched. The connection may have dropped, or a newer version may have been published. Reloading usually helps.',
  text: 'The page hit an error it did not expect. Trying again often works; if not, reloading the page will.',
  reload: 'Reload the page',
});

export const pageWords = defineMessages('pages', {
  breadcrumb: 'Breadcrumb',
  homeTitle: 'Pledges',
  homeTitleAsOf: 'Pledges as of {date}',
  homeHeading: 'Pledges',
  homeLede: 'Public commitments and their deadlines. What is overdue comes first.',
  accountTitle: 'Your account',
  accountLede: 'Signed in as {name}.',
  accountLedeWithEmail: 'Signed in as {name} ({email}).',
  adminTitle: 'Admin',
  adminLede: 'Who keeps this tracker, who is invited, and who may read it.',
  editTitle: 'Edit pledge',
  editTitleOf: 'Edit: {title}',
  editBack: 'The pledge',
  editHeading: 'Edit pledge',
  editLede: 'Every change is kept in the pledge’s history, with your name and the old values.',
  intakeTitle: 'Add from article',
  intakeLede:
    'Paste a news story: its commitments, deadlines and sums are found for you to review before anything is saved.',
  newTitle: 'New pledge',
  newLede: 'Who promised what, to whom, by when — in your words, with the words that were said.',
  partiesTitle: 'Parties',
  partiesLedeReader: 'Who made and received the pledges, and how they kept them.',
  partiesLedeEditor:
    'Who made and received the pledges, and how they kept them. Rename a party, or merge a duplicate into the party it names.',
  trashTitle: 'Trash',
  trashLedeEditor:
    'Pledges taken out of the lists. Nothing here is lost: restore one and it comes back with its whole history.',
  trashLedeReader: 'Pledges taken out of the lists, with their whole history. Editors can bring them back.',
  pledgeTitle: 'Pledge',
  pledgeLoading: 'Loading the pledge…',
  pledgeFailed: 'This pledge could not be loaded',
});
