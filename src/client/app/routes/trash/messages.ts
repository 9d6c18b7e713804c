import { defineMessages } from '@shared/i18n';

export const trashPageWords = defineMessages('page.trash', {
  title: 'Trash',
  ledeEditor:
    'Pledges taken out of the lists. Nothing here is lost: restore one and it comes back with its whole history.',
  ledeReader: 'Pledges taken out of the lists, with their whole history. Editors can bring them back.',
});
