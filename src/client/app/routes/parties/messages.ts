import { defineMessages } from '@shared/i18n';

export const partiesPageWords = defineMessages('page.parties', {
  title: 'Parties',
  ledeReader: 'Who made and received the pledges, and how they kept them.',
  ledeEditor:
    'Who made and received the pledges, and how they kept them. Rename a party, or merge a duplicate into the party it names.',
});
