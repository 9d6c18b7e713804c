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
import type { PledgeStore } from '@server/store/types';
import { stateFromTiming } from '@server/timing';
import { invalidInput } from '../errors';

/** A feed carries at most this many pledges of its view (the first ones, in the view's order). */
export const MAX_FEED_PLEDGES = 5000;
/** The Atom feed carries at most this many events, the latest. */
export const MAX_FEED_EVENTS = 200;
/** Rows per store page while collecting a view. */
const PAGE = 500;

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
  const { filters, problems } = parseFilters(url.searchParams, { nowMs });
  if (problems.length) {
    throw invalidInput(
      'Some query parameters are not valid.',
      problems.map((p) => ({ path: p.param, message: p.message })),
    );
  }
  return filters;
}

/** Every pledge of the view (up to MAX_FEED_PLEDGES), in the view's order, with its state at `nowMs`. */
export async function collectView(
  store: PledgeStore,
  filters: PledgeFilters,
  nowMs: number,
): Promise<{ pledges: ViewPledge[]; total: number }> {
  const { sort = DEFAULT_SORT, ...rest } = dataFilters(filters);
  const pledges: ViewPledge[] = [];
  let total = 0;
  for (let offset = 0; offset < MAX_FEED_PLEDGES;) {
    const page = await store.list({ ...rest, sort, offset, limit: Math.min(PAGE, MAX_FEED_PLEDGES - offset) }, nowMs);
    total = page.total;
    for (const item of page.items)
      pledges.push({ record: JSON.parse(item.json) as PledgeRecord, state: stateFromTiming(item.timing, nowMs) });
    offset += page.items.length;
    if (!page.items.length || offset >= page.total) break;
  }
  return { pledges, total };
}

/**
 * Absolute links, from the origin the request was made to: the Node server builds the request URL
 * from the Host header it receives (behind a proxy, the Host the proxy forwards).
 */
export function linksFor(requestUrl: string) {
  const origin = new URL(requestUrl).origin;
  return {
    origin,
    pledge: (id: string) => `${origin}/pledges/${encodeURIComponent(id)}`,
    view: (filters: PledgeFilters) => {
      const query = serializeFilters(filters).toString().replace(/%2C/gi, ',');
      return `${origin}/${query ? `?${query}` : ''}`;
    },
    feed: (path: string, filters: PledgeFilters) => {
      const query = serializeFilters(filters).toString().replace(/%2C/gi, ',');
      return `${origin}${path}${query ? `?${query}` : ''}`;
    },
  };
}
export type FeedLinks = ReturnType<typeof linksFor>;
