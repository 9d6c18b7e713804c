// What every feed of a view needs: the view read from the query (with the list's own parser and
// the list's 400s), its pledges paged out of the store, and absolute links.
import {
  dataFilters,
  DEFAULT_SORT,
  parseFilters,
  serializeFilters,
  type DeadlineState,
  type PledgeFilters,
  type PledgeRecord,
} from '@shared/contract';
import { LANGUAGE_PARAM, shownName, type Locale } from '@shared/i18n';
import { languageProblem } from '@server/i18n';
import type { PledgeStore } from '@server/store/types';
import { stateFromTiming } from '@server/timing';
import { invalidInput } from '../errors';

/** A feed carries at most this many pledges of its view (the first ones, in the view's order). */
export const MAX_FEED_PLEDGES = 5000;
/** The Atom feed carries at most this many events, the latest. */
export const MAX_FEED_EVENTS = 200;
/**
 * Rows per store page while collecting a view: all of them in one. Each page is a query of its
 * own that skips the rows before it again (OFFSET): in pages of 500, a 5,000-pledge view took four
 * times as long on PostgreSQL (about 330 ms against 85), and no less on SQLite.
 */
const PAGE = MAX_FEED_PLEDGES;

/**
 * A host-independent name for ids that must stay the same wherever the app runs (iCalendar UIDs,
 * Atom tag: URIs). `.invalid` is reserved (RFC 2606): it can never be someone else's domain.
 */
export const ID_DOMAIN = 'pledge-tracker.invalid';

export interface ViewPledge {
  record: PledgeRecord;
  state: DeadlineState;
}

/**
 * The view's filters from a feed URL. Feeds always cover the whole view, so the page parameters
 * (limit, cursor) are refused like any other unknown parameter: one 400 naming each.
 */
export function feedFilters(url: URL, nowMs: number): PledgeFilters {
  // `lang` is the feed's language, not a filter; it is checked with the filters, in one 400.
  const { filters, problems } = parseFilters(url.searchParams, { nowMs, extraParams: [LANGUAGE_PARAM] });
  const details = problems.map((p) => ({ path: p.param, message: p.message }));
  const language = languageProblem(url);
  if (language) details.push(language);
  if (details.length) throw invalidInput('Some query parameters are not valid.', details);
  return filters;
}

/** A pledge of the view as the store lists it: its record's JSON, parsed only when needed. */
export interface ListedViewPledge {
  json: string;
  state: DeadlineState;
}

/** Every pledge of the view (up to `max`), in the view's order, with its state at `nowMs`, unparsed. */
export async function collectListed(
  store: PledgeStore,
  filters: PledgeFilters,
  nowMs: number,
  max = MAX_FEED_PLEDGES,
): Promise<{ pledges: ListedViewPledge[]; total: number }> {
  const { sort = DEFAULT_SORT, ...rest } = dataFilters(filters);
  const pledges: ListedViewPledge[] = [];
  let total = 0;
  for (let offset = 0; offset < max;) {
    const page = await store.list({ ...rest, sort, offset, limit: Math.min(PAGE, max - offset) }, nowMs);
    total = page.total;
    for (const item of page.items) pledges.push({ json: item.json, state: stateFromTiming(item.timing, nowMs) });
    offset += page.items.length;
    if (!page.items.length || offset >= page.total) break;
  }
  return { pledges, total };
}

/** The same, parsed. */
export async function collectView(
  store: PledgeStore,
  filters: PledgeFilters,
  nowMs: number,
): Promise<{ pledges: ViewPledge[]; total: number }> {
  const { pledges, total } = await collectListed(store, filters, nowMs);
  return { pledges: pledges.map(({ json, state }) => ({ record: JSON.parse(json) as PledgeRecord, state })), total };
}

/** The name of the view's party in the reader's language, for the feed's name; its id if there is no such party. */
export async function partyNameOf(
  store: PledgeStore,
  filters: PledgeFilters,
  locale: Locale,
): Promise<string | undefined> {
  if (!filters.party) return undefined;
  const [party] = await store.getParties([filters.party]);
  return party ? shownName(party, locale).text : filters.party;
}

/**
 * Absolute links, from the origin the request was made to: the Node server builds the request URL
 * from the Host header it receives (behind a proxy, the Host the proxy forwards).
 */
export function linksFor(requestUrl: string, locale: Locale = 'en') {
  const origin = new URL(requestUrl).origin;
  // A feed in Ukrainian links to pages, and to itself, in Ukrainian; English links stay as they were.
  const language = locale === 'en' ? '' : `${LANGUAGE_PARAM}=${locale}`;
  const withLanguage = (query: string) => [query, language].filter(Boolean).join('&');
  const queryOf = (filters: PledgeFilters) => withLanguage(serializeFilters(filters).toString().replace(/%2C/gi, ','));
  return {
    origin,
    pledge: (id: string) => `${origin}/pledges/${encodeURIComponent(id)}${language ? `?${language}` : ''}`,
    view: (filters: PledgeFilters) => {
      const query = queryOf(filters);
      return `${origin}/${query ? `?${query}` : ''}`;
    },
    feed: (path: string, filters: PledgeFilters) => {
      const query = queryOf(filters);
      return `${origin}${path}${query ? `?${query}` : ''}`;
    },
  };
}
export type FeedLinks = ReturnType<typeof linksFor>;
