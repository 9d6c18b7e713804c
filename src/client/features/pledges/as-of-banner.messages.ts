// The as-of banner's words: the banner loads only when a link asks for the record as of a past day.
import { defineMessages } from '@shared/i18n';

export const asOfWords = defineMessages('asOf', {
  title: 'As of {date}',
  detail:
    'The record as it stood at the end of that day, rebuilt from its history: verdicts, deadlines and whether each was on time then, in each pledge’s own time zone. Nothing can be changed from this view.',
  backToToday: 'Back to today',
});
