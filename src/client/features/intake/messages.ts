// The intake page's words: the article form, the candidates found in it, each card's fields and
// checks, and the explanation of a proposed deadline.
import { defineMessages } from '@shared/i18n';

export const intakeWords = defineMessages('intake', {
  readFailed: 'The article could not be read. Try again, or reload the page.',
  reading: 'Reading the article…',
  failedTitle: 'The article could not be read',
  found: '{count, plural, one {# possible pledge} other {# possible pledges}}',
  noneFound: 'No pledges found in this text',
  meta: '{source} · published {date}, {zone}',
  metaWithTally: '{source} · published {date}, {zone} · {accepted} accepted, {rejected} rejected, {open} to review',
  accepting: 'Accepting…',
  acceptAll: 'Accept all {count}',
  article: 'The article',
  legend:
    '<sentence>Highlighted</sentence>: a candidate sentence. <deadline>Underlined</deadline>: its deadline words.',
  cards: 'Candidate pledges',
  noCommitment:
    'No sentence in this text reads like a commitment (“will”, “pledged”, “agreed to”, “offered to”, “within ten days”…). Check that the whole article was pasted, or add the pledge by hand.',
  goTo: 'Go to candidate {number}',
});

export const articleWords = defineMessages('intake.article', {
  timeFormat: 'Use a time written HH:MM, or leave it empty',
  pasteText: 'Paste the article text',
  headlineNeeded: 'Give the headline, so the pledges cite it',
  text: 'Article text',
  textHint: 'Paste the story as published. Nothing is saved until you accept a pledge.',
  published: 'Published',
  date: 'Date',
  fromDateline: 'From the dateline.',
  time: 'Time',
  zone: 'Time zone',
  zoneHint: 'Where it was published: “within ten days” counts from this date there.',
  source: 'Source',
  headline: 'Headline',
  publisher: 'Publisher',
  link: 'Link',
  find: 'Find pledges',
});

export const cardWords = defineMessages('intake.card', {
  added: 'Added to the tracker.',
  open: 'Open the pledge',
  rejected: 'Rejected:',
  undoReject: 'Undo reject',
  candidateNumber: 'Candidate {number}:',
  candidate: 'Candidate {number}',
  untitled: 'Untitled candidate',
  strong: 'Strong match',
  likely: 'Likely a pledge',
  worthALook: 'Worth a look',
  title: 'Title',
  quote: 'Quote',
  pledgers: 'Pledgers',
  beneficiaries: 'Beneficiaries',
  deadline: 'Deadline',
  changedDates: 'You changed the dates.',
  noDeadline: 'No deadline found in this sentence.',
  addDeadline: 'Add a deadline',
  earliest: 'Earliest',
  latest: 'Latest',
  deadlineWords: 'Deadline words',
  amount: 'Amount',
  noAmount: 'No amount in this sentence.',
  addAmount: 'Add an amount',
  value: 'Value',
  currency: 'Currency',
  amountWithQuote: '{money} · the article says “{text}”',
  articleSays: 'The article says “{text}”.',
  giveValue: 'Give the value in full, e.g. 90000000000, and its currency.',
  accept: 'Accept',
  adding: 'Adding…',
  reject: 'Reject',
  addingNumber: 'Adding candidate {number}…',
});

/**
 * The deadline the reader proposes, explained from its parts (the extractor explains it in
 * English; these say it in the reader's language).
 */
export const explainWords = defineMessages('intake.explain', {
  by: '“{words}”: due by {date}.',
  on: '“{words}”: due on {date}.',
  range: '“{words}”: due {range}.',
  noYear: 'No year is given, so the next one is meant.',
});

export const partyFieldWords = defineMessages('intake.party', {
  state: 'State',
  group: 'Group',
  person: 'Person',
  organisation: 'Organisation',
  useLetters: 'Use a name with letters or digits.',
  alreadyOnCard: '{name} is already on this card.',
  newChip: 'new: {name}',
  whatIs: 'What {name} is',
  removeFrom: 'Remove {name} from {label}',
  none: 'None yet.',
  placeholder: 'Add a party',
  addTo: 'Add to {label}: a known party, or a new name',
  add: 'Add',
});

export const draftCheckWords = defineMessages('intake.check', {
  titleNeeded: 'A title is needed',
  namePledger: 'Name at least one pledger',
  latestToo: 'Give the latest date too, or clear the earliest',
  keepWords: 'Keep the words the deadline came from',
  positive: 'Use a positive number, e.g. 90000000000',
  currencyCode: 'Use a three-letter code such as USD',
  notSaved: 'Not saved: {reason}',
  notSavedYet: 'Not saved yet: see the fields marked below.',
  couldNotAddParty: 'Could not add “{name}”: {reason}',
  partyRefused: 'Not saved: a new party could not be added.',
});

/** The contract's checks (shared/contract writes them in English), as the intake shows them. */
export const intakeIssueWords = defineMessages('intake.issue', {
  atMost: 'At most {max} characters',
  controlCharacters: 'Contains control characters',
  dateFormat: 'Use a date written YYYY-MM-DD',
  notADate: 'Not a real calendar date',
  zone: 'Not a known IANA time zone (e.g. Europe/Kyiv)',
  sourceTitle: 'A source needs a title',
  linkScheme: 'Use a link that starts with http:// or https://',
  linkDomain: 'Use a full link with a domain name, such as https://www.example.org/page',
  earliestAfterLatest: 'The earliest date must be on or before the latest date',
  currency: 'Use a three-letter currency code such as USD',
  partyOnce: 'Each party only once',
  nameNeeded: 'A party needs a name',
});
