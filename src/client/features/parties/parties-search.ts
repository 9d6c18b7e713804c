// The Parties page's view as its URL holds it: `?q=kyiv&sort=-made` (defaults left out). Apart from
// the table's model so that the route's definition, which is in the home bundle, brings only this.

export type PartySortKey = 'name' | 'made' | 'kept';
export interface PartySort {
  key: PartySortKey;
  direction: 'ascending' | 'descending';
}

export const DEFAULT_SORT: PartySort = { key: 'name', direction: 'ascending' };

export interface PartiesSearch {
  q?: string;
  sort?: string;
}

const SORT_PARAMS = ['name', '-name', 'made', '-made', 'kept', '-kept'] as const;
export const MAX_PARTY_QUERY = 120;

/** The sort a URL names, or the default for anything else. */
export function sortFromParam(param: string | undefined): PartySort {
  if (!param || !(SORT_PARAMS as readonly string[]).includes(param)) return DEFAULT_SORT;
  const descending = param.startsWith('-');
  return {
    key: (descending ? param.slice(1) : param) as PartySortKey,
    direction: descending ? 'descending' : 'ascending',
  };
}

export function sortToParam(sort: PartySort): string | undefined {
  if (sort.key === DEFAULT_SORT.key && sort.direction === DEFAULT_SORT.direction) return undefined;
  return `${sort.direction === 'descending' ? '-' : ''}${sort.key}`;
}

/** Valid parameters kept, anything else dropped (a shared link never breaks the page). */
export function parsePartiesSearch(raw: Record<string, unknown>): PartiesSearch {
  const out: PartiesSearch = {};
  if (typeof raw.q === 'string' && raw.q.trim() && raw.q.length <= MAX_PARTY_QUERY) out.q = raw.q;
  if (
    typeof raw.sort === 'string' &&
    (SORT_PARAMS as readonly string[]).includes(raw.sort) &&
    sortToParam(sortFromParam(raw.sort))
  )
    out.sort = raw.sort;
  return out;
}
