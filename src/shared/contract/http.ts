// Conventions of the HTTP contract that are not bodies: headers and their formats.

export const MAX_BODY_BYTES = 64 * 1024;
/** No request body needs more nesting than this (a pledge with its evidence is 3 deep). */
export const MAX_JSON_DEPTH = 8;
/** Query strings: at most this many parameters, each value at most MAX_PARAM_LENGTH characters. */
export const MAX_QUERY_PARAMS = 40;
export const MAX_PARAM_LENGTH = 2000;

/** A pledge's ETag is its version, quoted as HTTP wants strong validators. */
export function etagFor(version: number): string {
  return `"${version}"`;
}

/** The version an If-Match header names, or null when it names none we could have issued. */
export function versionFromIfMatch(header: string | null | undefined): number | null {
  if (!header) return null;
  const m = /^\s*(?:W\/)?"(\d{1,12})"\s*$/.exec(header);
  return m ? Number(m[1]) : null;
}

export const API_PATHS = {
  health: '/api/health',
  openapi: '/api/openapi.json',
  pledges: '/api/pledges',
  /** The view as an iCalendar feed, an Atom feed of its changes, and a CSV file (same query parameters). */
  pledgesIcs: '/api/pledges.ics',
  pledgesAtom: '/api/pledges.atom',
  pledgesCsv: '/api/pledges.csv',
  pledge: (id: string) => `/api/pledges/${encodeURIComponent(id)}`,
  history: (id: string) => `/api/pledges/${encodeURIComponent(id)}/history`,
  /** POST: take a pledge out of the trash (If-Match). */
  restore: (id: string) => `/api/pledges/${encodeURIComponent(id)}/restore`,
  /** POST { toVersion }: set a pledge's fields back to an earlier version, as a new one (If-Match). */
  revert: (id: string) => `/api/pledges/${encodeURIComponent(id)}/revert`,
  /** The pledges in the trash, most recently deleted first. */
  trash: '/api/trash',
  parties: '/api/parties',
  /** Every party with its record (pledges made, received, kept, broken, on time, late). */
  partyStats: '/api/parties/stats',
  party: (id: string) => `/api/parties/${encodeURIComponent(id)}`,
  partyMerge: (id: string) => `/api/parties/${encodeURIComponent(id)}/merge`,
  extract: '/api/extract',
  views: '/api/views',
  view: (slug: string) => `/api/views/${encodeURIComponent(slug)}`,
} as const;
