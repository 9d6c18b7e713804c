// What a public read's answer is built from, named by one short token: the request in its
// normalized form, the data version (the same on every instance of one database) and, for answers
// that depend on the clock, where the clock stands. Equal tokens mean equal bytes, so the token is
// a strong ETag, and a request whose If-None-Match names it is answered 304 before anything else
// is read. Browser-safe: the mock's app runs it too.
import type { ClockInterval } from '@server/store/types';

/**
 * Bumped whenever the same data would be written out in other bytes (a new field, a new feed
 * line): every ETag issued before then stops matching. Part of every token.
 */
export const ANSWER_FORMAT = 1;

/**
 * How the clock enters an answer:
 * - none: not at all (history, parties, saved views);
 * - state: through deadline states only, which change only at the store's clock interval bounds;
 * - day: also through words relative to today in each pledge's zone ("overdue by 3 days") and a
 *   stamp of when it was made (feeds, link previews), so also per DAY_SLOT_MS.
 */
export type ClockUse = 'none' | 'state' | 'day';

/**
 * Every zone in use today is a whole number of quarter hours from UTC, so each zone's midnight
 * falls on a quarter-hour boundary: inside one quarter hour, "today" is one date in every zone.
 */
export const DAY_SLOT_MS = 15 * 60_000;

/** The start of the quarter hour `nowMs` falls in: the stamp a day-dependent answer carries. */
export function daySlotStart(nowMs: number): number {
  return Math.floor(nowMs / DAY_SLOT_MS) * DAY_SLOT_MS;
}

/** Where the clock stands, as far as an answer of this use can tell. */
export function clockKey(use: ClockUse, interval: ClockInterval, nowMs: number): string {
  if (use === 'none') return '';
  return use === 'state' ? String(interval.from) : `${interval.from}@${daySlotStart(nowMs)}`;
}

/**
 * The request as far as its answer depends on it: origin (feeds carry absolute links), path, and
 * the query parameters in a fixed order (by name, repeated names in their own order), so
 * `?a=1&b=2` and `?b=2&a=1`, one answer, share a key. HEAD and GET share it too.
 */
export function requestKey(url: URL): string {
  const params = [...url.searchParams].map(([name, value], index) => ({ name, value, index }));
  params.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.index - b.index));
  const query = params.map((p) => `${encodeURIComponent(p.name)}=${encodeURIComponent(p.value)}`).join('&');
  return `${url.origin}${url.pathname}?${query}`;
}

/**
 * cyrb53: a fast 53-bit string hash (public domain). A validator only has to tell answers to one
 * URL apart, so 53 bits leave no practical chance of two versions of one answer sharing one.
 */
export function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The token of an answer built from these parts: lowercase letters and digits. */
export function answerToken(parts: readonly (string | number)[]): string {
  return hash53(parts.join('\n')).toString(36);
}

/**
 * The ETag of an answer: its token, or for a pledge `"<version>/<token>"`, so that the same
 * header still names the pledge's version to If-Match (see versionFromIfMatch).
 */
export function answerEtag(token: string, pledgeVersion?: number | null): string {
  return pledgeVersion == null ? `"${token}"` : `"${pledgeVersion}/${token}"`;
}

/**
 * The entity tag of If-None-Match that names this token (weakly compared, as RFC 9110 has it for
 * If-None-Match), or null. Only equal data versions give equal tokens, so a pledge's version
 * before the slash is still its version now. A compressed answer's tag names its encoding after
 * the token (`"<token>.gzip"`, see src/server/fastReads.ts): the same answer, so it matches too.
 */
export function tagMatching(ifNoneMatch: string | null | undefined, token: string): string | null {
  if (!ifNoneMatch) return null;
  for (const raw of ifNoneMatch.split(',')) {
    const tag = raw.trim().replace(/^W\//, '');
    const m = /^"(?:(\d{1,12})\/)?([0-9a-z]{1,40})(?:\.gzip)?"$/.exec(tag);
    if (m && m[2] === token) return tag;
  }
  return null;
}

/** The ETag of an answer sent gzip-compressed: strong still, one per encoding. */
export function gzipEtag(etag: string): string {
  return etag.replace(/"$/, '.gzip"');
}
