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
