import { defineMessages } from '@shared/i18n';

export const exportWords = defineMessages('export', {
  summary: 'Export and subscribe',
});
