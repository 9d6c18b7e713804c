import { defineMessages } from '@shared/i18n';

/** What each parameter of a view is called where people see it (filter-labels.ts). */
export const paramWords = defineMessages('filterParam', {
  state: 'Deadline',
  verdict: 'Verdict',
  party: 'Party',
  role: 'Party role',
  tag: 'Tags',
  from: 'Deadline from',
  to: 'Deadline until',
  progress: 'Delivered',
  slipped: 'Slipped',
  q: 'Search',
  sort: 'Order',
  asOf: 'As of',
  view: 'Show as',
  zoom: 'Timeline span',
});

export const sortWords = defineMessages('sort', {
  status: 'Needs attention first',
  deadline: 'Deadline, soonest first',
  deadlineLatest: 'Deadline, latest first',
  announcedNewest: 'Announced, newest first',
  announced: 'Announced, oldest first',
  updatedRecently: 'Recently updated',
  updated: 'Least recently updated',
  title: 'Title, A to Z',
  titleBackwards: 'Title, Z to A',
  slipsMost: 'Deadline moved most often',
  slips: 'Deadline moved least often',
  progressMost: 'Most delivered',
  progress: 'Least delivered',
});

export const choiceWords = defineMessages('filterChoice', {
  pledger: 'Pledger',
  beneficiary: 'Beneficiary',
  guarantor: 'Guarantor',
  list: 'List',
  timeline: 'Timeline',
  month: 'Month',
  quarter: 'Quarter',
  year: 'Year',
  fit: 'Fit',
  progressNone: 'Nothing yet',
  progressPartial: 'In part',
  progressComplete: 'In full',
  slippedOption: 'Deadline moved later',
});

/** The chips of the active filters. */
export const chipWords = defineMessages('filterChip', {
  verdict: 'Verdict: {verdict}',
  party: 'Party: {party}',
  partyAsPledger: 'Party: {party} (as pledger)',
  partyAsBeneficiary: 'Party: {party} (as beneficiary)',
  partyAsGuarantor: 'Party: {party} (as guarantor)',
  tag: 'Tag: {tag}',
  range: 'Deadline {range}',
  rangeFrom: 'Deadline from {date}',
  rangeUntil: 'Deadline until {date}',
  progressNone: 'Delivered: nothing yet',
  progressPartial: 'Delivered: in part',
  progressComplete: 'Delivered: in full',
  slipped: 'Deadline moved later',
  neverSlipped: 'Deadline never moved',
  search: 'Search: “{q}”',
  region: 'Active filters',
  remove: 'Remove filter: {label}',
  clearAll: 'Clear all',
});

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

/** The filter bar's own words (its groups take theirs from the labels). */
export const filterBarWords = defineMessages('filterBar', {
  form: 'Filter pledges',
  searchPlaceholder: 'Title, quote or tag',
  tagPlaceholder: 'e.g. security, aid',
  tagHint: 'Separate tags with commas; a pledge with any of them is shown. Press Enter to apply.',
  anyParty: 'Any party',
  as: 'As',
  anyRole: 'Any role',
  chooseParty: 'Choose a party first',
  moreFilters: 'More filters',
  moreFiltersOn: 'More filters ({count} on)',
  between: 'Deadline between',
  from: 'From',
  to: 'To',
  rangeFrom: 'from {date}',
  rangeUntil: 'until {date}',
  lookBack: 'Look back',
  asOfHint: 'Shows the record as it stood at the end of that day.',
  viewMode: 'Show the view as',
});

export const asOfWords = defineMessages('asOf', {
  title: 'As of {date}',
  detail:
    'The record as it stood at the end of that day, rebuilt from its history: verdicts, deadlines and whether each was on time then, in each pledge’s own time zone. Nothing can be changed from this view.',
  backToToday: 'Back to today',
});

export const listWords = defineMessages('pledgeList', {
  loading: 'Loading pledges…',
  noneMatch: 'No pledges match',
  noneYet: 'No pledges yet',
  noneMatchText: 'Nothing fits all of these filters. Try fewer, or start again from everything.',
  noneYetText: 'Pledges appear here once they are recorded.',
  clearFilters: 'Clear filters',
  loadFailed: 'The pledges could not be loaded',
  moreFailed: 'More pledges could not be loaded: {reason}',
  count: '{count, plural, one {# pledge} other {# pledges}}',
  countMatching: '{count, plural, one {# pledge matches} other {# pledges match}}',
  updating: ' · updating…',
  rowSpacing: 'Row spacing',
  comfortable: 'Comfortable',
  compact: 'Compact',
  list: 'Pledges',
  /** Read out before the pledgers, and between them and the beneficiaries (seen as an arrow). */
  pledgedBy: 'Pledged by',
  pledgedTo: 'to',
});
