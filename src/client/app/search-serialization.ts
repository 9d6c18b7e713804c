// Page URLs use plain `key=a,b` search strings, written by the same serializer as API URLs,
// so `/?verdict=open&state=overdue,due` and `/api/pledges?verdict=open&state=overdue,due`
// describe one view. (TanStack Router's default would JSON-encode values.)
import { FILTER_PARAMS, FILTER_TABLE, parseFilters, serializeFilters, type PledgeFilters } from '@shared/contract';
import { now } from '../lib/clock';
import { fromQueryString, toQueryString } from '../lib/query-string';

function asList(value: unknown): string[] | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (Array.isArray(value)) return value.map(String);
  return String(value).split(',');
}

function asText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  return Array.isArray(value) ? value.map(String).join(',') : String(value);
}

/**
 * The valid filters of a search object, nothing else. The router merges validated values over
 * the raw ones, so an invalid or unknown raw key would otherwise linger beside them.
 */
export function filtersOf(search: object): PledgeFilters {
  return parseFilters(search as Record<string, unknown>, { nowMs: now() }).filters;
}

/** Raw strings, one per key: validation belongs to the route (validateSearch). */
export function parseSearch(searchStr: string): Record<string, string> {
  return fromQueryString(searchStr);
}

/**
 * Filters in the shared canonical order (defaults left out), then anything else as-is. It reads
 * every parameter of the filter table, never a list of its own, so no filter can fall out of a link.
 */
export function stringifySearch(search: Record<string, unknown>): string {
  const filters: Record<string, unknown> = {};
  for (const name of FILTER_PARAMS) {
    const { kind } = FILTER_TABLE[name];
    filters[name] = kind === 'enum-list' || kind === 'slug-list' ? asList(search[name]) : asText(search[name]);
  }
  const params = serializeFilters(filters as PledgeFilters);
  for (const [key, value] of Object.entries(search)) {
    if ((FILTER_PARAMS as string[]).includes(key) || value === undefined || value === null) continue;
    params.set(key, Array.isArray(value) ? value.map(String).join(',') : String(value));
  }
  const query = toQueryString(params);
  return query ? `?${query}` : '';
}
