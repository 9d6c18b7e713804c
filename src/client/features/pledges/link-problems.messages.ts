// The words for a shared link's parts the page could not use: they load only when a link has some.
import { defineMessages } from '@shared/i18n';

/** What was dropped from a shared link (link-problem-words.ts). */
export const linkProblemWords = defineMessages('linkProblem', {
  title: 'Part of this link could not be used, so it was left out',
  quoted: '“{text}”',
  descending: '“{field}” (descending)',
  notAFilter: '“{param}” is not something this list can be filtered or ordered by.',
  notText: '{name}: the link gives it in a form that cannot be read.',
  unknownSort: '{name}: sorting by {order} is not offered, so the list keeps its usual order, {usual}.',
  unknownValues:
    '{name}: {values} {count, plural, one {is not one of the choices} other {are not among the choices}} ({choices}).',
  unknownValuesNoChoices:
    '{name}: {values} {count, plural, one {is not one of the choices} other {are not among the choices}}.',
  notPartyIds: '{name}: {values} is not how a link names a party; it uses the party’s id, e.g. united-states.',
  notTags:
    '{name}: {values} {count, plural, one {is not a tag} other {are not tags}} as links write them, in lowercase words joined by dashes, e.g. peace-talks.',
  tooMany: '{name}: a link can ask for {max} at most, and this one asks for more.',
  notADate: '{name}: “{value}” is not a calendar date written year-month-day, e.g. 2025-09-01.',
  notTrueOrFalse: '{name}: “{value}” is neither true (yes) nor false (no).',
  tooLong: '{name}: the text is longer than {max} characters.',
  needs: '{name}: only applies together with a {other}.',
  rangeReversed: 'Deadline between: the range starts on {from}, after it ends on {to}.',
  notBegun: '{name}: {date} has not begun yet, so the list shows the record as it is today.',
});
