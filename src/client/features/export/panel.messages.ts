// The export panel's words: it loads when "Export and subscribe" first opens.
import { defineMessages } from '@shared/i18n';

export const exportPanelWords = defineMessages('exportPanel', {
  followFilters: 'These follow the filters you have set.',
  followFiltersDemo:
    'These follow the filters you have set. In this demo the API runs inside your browser, so a calendar app or feed reader cannot reach it.',
  subscribe: 'Subscribe in calendar',
  atom: 'Atom feed',
  csv: 'Download CSV',
  calendarAddress: 'Calendar address',
  calendarAddressHint: 'For calendars that ask for an address to subscribe to.',
  addressCopied: 'Calendar address copied',
});
