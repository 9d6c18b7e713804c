// The Parties page's words: the table of parties and their record, the search, and the dialogs
// that rename a party or merge a duplicate into another.
import { defineMessages } from '@shared/i18n';

export const partyKindWords = defineMessages('parties.kind', {
  state: 'State',
  group: 'Group',
  person: 'Person',
  organisation: 'Organisation',
});

export const partiesWords = defineMessages('parties', {
  loading: 'Loading the parties…',
  loadFailed: 'The parties could not be loaded',
  noneTitle: 'No parties yet',
  noneText: 'Parties are added with the pledges that name them.',
  recordPledge: 'Record a pledge',
  count: '{count, plural, one {# party} other {# parties}}',
  matching: '{shown} of {total, plural, one {# party} other {# parties}} match “{query}”',
  region: 'Parties and their record',
  find: 'Find a party',
  findPlaceholder: 'Name or other name',
  legend:
    'Kept counts fulfilled and partly fulfilled pledges the party made; on time and late, those resolved with a deadline.',
  noMatch: 'No party matches “{query}”',
  noMatchText: 'The search looks at names and other names.',
  clearSearch: 'Clear the search',
});

export const partyTableWords = defineMessages('parties.table', {
  party: 'Party',
  made: 'Made',
  received: 'Received',
  guaranteed: 'Guaranteed',
  kept: 'Kept',
  broken: 'Broken',
  onTime: 'On time',
  late: 'Late',
  actions: 'Actions',
  kindFor: '{kind} for {party}',
  also: '{meta} · also {aliases}',
  edit: 'Edit {name}',
  mergeLabel: '{name}: Merge into…',
  merge: 'Merge into…',
});

export const editPartyWords = defineMessages('parties.edit', {
  title: 'Edit “{name}”',
  description: 'Every pledge naming this party shows the change at once.',
  name: 'Name',
  nameIn: 'Name in {language, select, en {English} uk {Ukrainian} other {{language}}}',
  kind: 'Kind',
  aliases: 'Other names',
  aliasesHint: 'As articles write them, separated by commas: Kyiv, Ukrainian.',
  saved: 'Saved “{name}”',
  renamed: 'Renamed “{old}” to “{name}”',
  savedBody: 'Every pledge naming it shows the change.',
});

export const mergePartyWords = defineMessages('parties.merge', {
  title: 'Merge “{name}” into…',
  description: 'Use this when “{name}” is another name for a party already listed.',
  form: 'Merge “{name}”',
  into: 'The party it duplicates',
  choose: 'Choose a party…',
  chooseError: 'Choose the party it duplicates.',
  whatHappens: 'What will happen',
  recordedAs: 'Recorded as {editor}.',
  chooseToSee: 'Choose a party to see what changes.',
  namesNow:
    '{count, plural, one {# pledge names} other {# pledges name}} {name} now. Choose a party to see what changes.',
  everyPledge: 'Every pledge naming {from} will name {into} instead.',
  noPledge: 'No pledge names {from} now; any in the trash will name {into}.',
  pledgesMove:
    '{count, plural, one {# pledge} other {# pledges}} will name <strong>{into}</strong> instead of <strong>{from}</strong>.',
  quoted: '“{name}”',
  becomeAliases:
    '{names} {count, plural, one {becomes an alias} other {become aliases}} of {into}, so articles using {count, plural, one {it} other {them}} find {into}.',
  recorded: 'This is recorded in each pledge’s history; {from} leaves the list of parties.',
  merging: 'Merging…',
  mergeInto: 'Merge into {name}',
  merge: 'Merge',
  merged: 'Merged “{from}” into {into}',
  mergedBody: '{count, plural, one {# pledge now names} other {# pledges now name}} {into}.',
  mergedAlias: '“{from}” is now one of its other names.',
});

/** The contract's checks of a party's fields, as the dialogs show them. */
export const partyIssueWords = defineMessages('parties.issue', {
  nameNeeded: 'A party needs a name',
  atMost: 'At most {max} characters',
  aliasEmpty: 'An alias cannot be empty',
  tooManyAliases: 'At most 30 aliases',
  aliasOnce: 'Each alias only once',
  controlCharacters: 'Contains control characters',
  nothingToChange: 'Send at least one field to change',
});
