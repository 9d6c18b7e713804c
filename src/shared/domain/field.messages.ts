// The recorded fields of a pledge, as history, conflicts and the change feed name them.
import { defineMessages } from '@shared/i18n';

/** The recorded fields of a pledge, as history and conflicts name them. */
export const fieldWords = defineMessages('field', {
  title: 'Title',
  titleLanguage: 'Language of the title',
  titleTranslations: 'Title in other languages',
  quote: 'Quote',
  pledgers: 'Pledged by',
  beneficiaries: 'Pledged to',
  guarantors: 'Guarantors',
  announcedOn: 'Announced',
  timeZone: 'Time zone',
  deadline: 'Deadline',
  amount: 'Amount',
  tags: 'Tags',
  sources: 'Sources',
  verdict: 'Verdict',
  resolvedOn: 'Date it happened',
  evidence: 'Evidence',
  deliveries: 'Deliveries',
  originalDeadline: 'Original deadline',
  deadlineSlips: 'Times the deadline slipped',
  deletedAt: 'In the trash since',
});
