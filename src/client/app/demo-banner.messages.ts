// The demo banner's words: the banner loads only in the demo build.
import { defineMessages } from '@shared/i18n';

export const demoWords = defineMessages('demo', {
  region: 'Demo mode',
  note: '<strong>Demo:</strong> changes stay in this browser.',
  reset: 'Reset demo data',
  resetting: 'Resetting…',
  resetDone: 'Demo data reset',
  resetDoneBody: 'Every pledge is back as it was first seeded.',
});
