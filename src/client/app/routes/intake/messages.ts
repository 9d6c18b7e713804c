import { defineMessages } from '@shared/i18n';

export const intakePageWords = defineMessages('page.intake', {
  title: 'Add from article',
  lede: 'Paste a news story: its commitments, deadlines and sums are found for you to review before anything is saved.',
});
