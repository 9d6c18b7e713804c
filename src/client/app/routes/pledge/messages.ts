import { defineMessages } from '@shared/i18n';

export const pledgePageWords = defineMessages('page.pledge', {
  title: 'Pledge',
  loading: 'Loading the pledge…',
  failed: 'This pledge could not be loaded',
});
