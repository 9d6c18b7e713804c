// The saved views panel's words: it loads when the menu is first opened.
import { defineMessages } from '@shared/i18n';

export const savedViewsPanelWords = defineMessages('savedViewsPanel', {
  title: 'Saved views',
  loading: 'Loading…',
  noneEditor: 'None yet. Filter the list, then “Save view” keeps it here with a short link.',
  noneReader: 'None yet. Editors save views here, each with a short link.',
  rename: 'Rename',
  renameItem: 'Rename “{name}”',
  delete: 'Delete',
  deleteItem: 'Delete “{name}”',
});
