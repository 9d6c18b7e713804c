// The addresses of a view's calendar feed, change feed and CSV file: the view's filters written
// by the shared serializer, on the API's paths, made absolute for the calendar app. Each carries
// the reader's language (?lang=), so the feeds and the file come in the language they read.
import { API_PATHS, serializeFilters, type PledgeFilters } from '@shared/contract';
import { LANGUAGE_PARAM, type Locale } from '@shared/i18n';
import { toQueryString } from '@client/lib/query-string';

export interface ExportLinks {
  /** webcal:// — opens the subscribe dialog of the system's calendar app. */
  webcal: string;
  /** The same feed over http(s), for calendars that take a pasted address. */
  calendar: string;
  atom: string;
  csv: string;
}

export function exportLinks(filters: PledgeFilters, origin: string, locale: Locale): ExportLinks {
  const params = serializeFilters(filters);
  params.set(LANGUAGE_PARAM, locale);
  const query = toQueryString(params);
  const at = (path: string) => new URL(`${path}${query ? `?${query}` : ''}`, origin).toString().replace(/%2C/gi, ',');
  const calendar = at(API_PATHS.pledgesIcs);
  return {
    webcal: calendar.replace(/^https?:/, 'webcal:'),
    calendar,
    atom: at(API_PATHS.pledgesAtom),
    csv: at(API_PATHS.pledgesCsv),
  };
}
