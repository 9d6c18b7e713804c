// The pledge form's words (new pledge and edit), its deadline, parties and sources, the
// conflict screen, and the checks the form and the contract make of a draft.
import { defineMessages } from '@shared/i18n';

export const formWords = defineMessages('editing.form', {
  needAttention:
    '{count, plural, one {One field needs attention.} other {# fields need attention.}} Nothing was saved yet.',
  what: 'What was promised',
  title: 'Title',
  titleHint: 'A short line in your words, e.g. “Put the security guarantees in writing”.',
  titleIn: 'Title in {language, select, en {English} uk {Ukrainian} other {{language}}}',
  quote: 'Quote',
  quoteHint: 'The words as reported, if you have them.',
  who: 'Who',
  pledgers: 'Pledged by',
  pledgersHint: 'Who made the promise. At least one.',
  beneficiaries: 'Pledged to',
  beneficiariesHint: 'Who it was made to, if anyone.',
  guarantors: 'Guaranteed by',
  guarantorsHint: 'Who vouches for it, if anyone.',
  when: 'When',
  announcedOn: 'Announced on',
  more: 'Amount, tags and sources',
  amount: 'Amount (optional)',
  amountHint: 'The sum pledged, e.g. 90 billion.',
  unit: 'Unit',
  currency: 'Currency',
  currencyHint: 'Three letters, e.g. USD, EUR.',
  tags: 'Tags',
  tagsHint: 'Separated by commas, e.g. security, weapons.',
});

export const unitWords = defineMessages('editing.unit', {
  asWritten: 'as written',
  thousand: 'thousand',
  million: 'million',
  billion: 'billion',
  trillion: 'trillion',
});

export const zoneWords = defineMessages('editing.zone', {
  label: 'Time zone',
  hint: 'Where it was said: its deadline days begin and end there, e.g. America/New_York.',
});

export const deadlineWords = defineMessages('editing.deadline', {
  legend: 'Deadline',
  modes: 'How the deadline is given',
  words: 'In words',
  dates: 'Dates',
  none: 'No deadline',
  asSaid: 'As it was said',
  asSaidHint: 'e.g. “within the next week to ten days”, “by the end of September”',
  previewEmpty: 'The dates appear here as you type.',
  previewRange: 'Due {range}, counted from {announced} in {zone}.',
  previewBy: 'Due by {date}, counted from {announced} in {zone}.',
  previewNone: 'No dates found in these words yet.',
  reading: 'Reading the words…',
  pickLatestFirst: 'Pick the latest day at least; the window appears here.',
  pickedBy: 'Due by {date}, in {zone}.',
  pickedRange: 'Due {range}, in {zone}.',
  wrongOrder: 'The earliest day comes after the latest one.',
  earliest: 'Earliest (optional)',
  latest: 'Latest',
  wordsOptional: 'Words (optional)',
  wordsOptionalHint: 'What was said, kept with the dates.',
  /** The words a window of picked dates is saved with when none were given. */
  datesBy: 'by {date}',
});

export const sourceWords = defineMessages('editing.sources', {
  legend: 'Sources',
  hint: 'Where was it said or reported? Add the article, statement or video.',
  title: 'Source {number}: title',
  publisher: 'Publisher',
  link: 'Link',
  published: 'Published',
  remove: 'Remove source {number}',
  add: 'Add a source',
});

export const pickerWords = defineMessages('editing.parties', {
  state: 'State',
  group: 'Group',
  person: 'Person',
  organisation: 'Organisation',
  alreadyHere: '{name} is already here.',
  otherRole: '{name} already has another role in this pledge.',
  useLetters: 'Use a name with letters or digits.',
  couldNotAdd: 'The party could not be added.',
  chosen: '{label}: chosen',
  remove: 'Remove {name}',
  addTo: 'Add to {label}',
  placeholder: 'Type a party’s name',
  kindOfNew: 'Kind of the new party',
  addNew: 'Add “{name}” as new',
  add: 'Add',
});

export const conflictWords = defineMessages('editing.conflict', {
  title: 'Someone else saved this pledge while you were editing',
  versions: 'It is now at version {current}; you started from version {base}. Your changes are all still here.',
  chooseEach: 'Choose, for each field you both changed, which value to keep.',
  noneTouch: 'None of your changes touch theirs: they can be saved together.',
  bothChanged: 'Fields you both changed',
  keepAllMine: 'Keep all mine',
  takeAllTheirs: 'Take all theirs',
  was: '(was {value})',
  keepMine: 'Keep mine',
  takeTheirs: 'Take theirs',
  mineTitle: 'Your changes, to be saved',
  theirsTitle: 'Their changes, kept',
  chooseMore: 'Choose for {count, plural, one {# more field} other {# more fields}}',
  saveMerged: 'Save the merged pledge',
  discard: 'Discard my changes',
});

export const newPledgeWords = defineMessages('editing.new', {
  leave: 'Leave this page? Your new pledge is not saved yet (the draft is kept on this device).',
  recorded: 'Recorded “{title}”',
  couldNotSave: 'The pledge could not be saved.',
  keptTryAgain: '{reason} Your words are kept here; try again.',
  resumed: 'This is the draft you started earlier on this device.',
  startAgain: 'Start again',
  submit: 'Record the pledge',
});

export const editPledgeWords = defineMessages('editing.edit', {
  loadFailed: 'This pledge could not be loaded',
  loading: 'Loading the pledge…',
  leave: 'Leave without saving your changes to this pledge?',
  saved: 'Changes saved',
  savedBody: '{count, plural, one {# field} other {# fields}} changed; the history keeps the old values.',
  undone: 'Change undone',
  couldNotUndo: 'Could not undo',
  nothingChanged: 'Nothing to save: no field changed',
  keptTryAgain: '{reason} Your changes are kept here; try again.',
  theirsKept: 'Their version kept; nothing of yours needed saving',
  changedAgain:
    'The pledge changed once more while you were choosing. Your changes are still here; save again to compare with the newest version.',
  backFromTrash: 'It is back from the trash. Your changes are still here: save them when you are ready.',
  submit: 'Save changes',
});

/** What only the form checks in a draft. */
export const draftWords = defineMessages('editing.draft', {
  wordsNeeded: 'Say when, in words (e.g. “within ten days”), or pick dates',
  wordsNoDate: 'These words name no date we can read; pick the dates instead',
  pickLatest: 'Pick the last day of the window',
  amountNumber: 'Write the amount as a number, e.g. 90 (with “billion”) or 90000000000',
});

/** The contract's checks of a pledge (shared/contract writes them in English), as the form shows them. */
export const issueWords = defineMessages('editing.issue', {
  titleNeeded: 'A title is needed',
  atMost: 'At most {max} characters',
  controlCharacters: 'Contains control characters',
  namePledger: 'Name at least one pledger',
  partyOnce: 'Each party only once',
  dateFormat: 'Use a date written YYYY-MM-DD',
  notADate: 'Not a real calendar date',
  zone: 'Not a known IANA time zone (e.g. Europe/Kyiv)',
  earliestAfterLatest: 'The earliest date must be on or before the latest date',
  currency: 'Use a three-letter currency code such as USD',
  tagOnce: 'Each tag only once',
  slug: 'Use lowercase letters, digits and dashes',
  sourceTitle: 'A source needs a title',
  linkScheme: 'Use a link that starts with http:// or https://',
  linkDomain: 'Use a full link with a domain name, such as https://www.example.org/page',
});
