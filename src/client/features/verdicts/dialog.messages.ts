// The verdict dialog's words: they load with the dialog.
import { defineMessages } from '@shared/i18n';

export const verdictFormWords = defineMessages('verdictForm', {
  markTitle: 'Mark a verdict',
  changeTitle: 'Change the verdict',
  loadFailed: 'This pledge could not be loaded. Close this and try again.',
  loading: 'Loading the pledge…',
  notSaved: 'Not saved: {reason}',
  notSavedSeeBelow: 'Not saved: {reason} See below.',
  whatHappened: 'What happened?',
  fulfilledHint: 'It was done as promised.',
  partialHint: 'Some of it was done.',
  brokenHint: 'It was not done, or will not be.',
  withdrawnHint: 'The promise was taken back.',
  current: ' (current)',
  reopen: 'Reopen',
  reopenHint: 'Back to Open: not yet decided.',
  dateLabel: 'Date it happened',
  dateHint: 'In {zone}, where the pledge was made: today is {today} there.',
  evidence: 'Evidence',
  evidenceOptional: 'Evidence (optional)',
  needsEvidence:
    '{verdict, select, fulfilled {A fulfilled verdict needs at least one link that shows it.} partially_fulfilled {A partially fulfilled verdict needs at least one link that shows it.} broken {A broken verdict needs at least one link that shows it.} other {This verdict needs at least one link that shows it.}}',
  alreadyRecorded: 'Already recorded, and kept:',
  link: 'Link',
  linkMore: 'Link to more evidence',
  linkHint: 'Starting with http:// or https://.',
  note: 'Note',
  recordedAs: 'Recorded in the history as {name}.',
  keepTheirs: 'Keep theirs',
  reopenInstead: 'Reopen instead',
  saveMineInstead: 'Save mine instead',
  reopenPledge: 'Reopen pledge',
  saveVerdict: 'Save verdict',
  noteNeedsLink: 'Add the link this note is about',
});

export const verdictConflictWords = defineMessages('verdictConflict', {
  someoneElse: 'Someone else',
  changedWhen: '{names} changed the verdict {when}, while you were writing yours',
  changed: '{names} changed the verdict while you were writing yours',
  keptChanging: 'This pledge kept changing while your verdict was being saved',
  theySet: 'They set:',
  changedTo: 'changed to',
  yoursBelow:
    'Your verdict, link and note are below, as you left them. Save yours to replace their verdict and date (their evidence stays, and your link is added), or keep theirs.',
  nobodyTouched: 'Nobody touched the verdict or the evidence. Your verdict is below, as you left it: save it again.',
});
