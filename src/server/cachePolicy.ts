// Every answer gets a deliberate cache policy, decided here, so no route can forget one:
// - anything personal (who is signed in, accounts, tokens, invites, settings) and every write's
//   answer: no-store, never kept anywhere;
// - a public read answered to an anonymous reader of a public tracker: what the API said
//   (`public, max-age=…, stale-while-revalidate=…`, see api/answers/answerMiddleware.ts), still
//   varied by Cookie and Authorization, so a browser that signs in later asks again;
// - other API reads: private, no-cache, Vary on Cookie and Authorization. A browser may keep
//   them but must ask again before reuse (a 304 when its ETag still names the answer), and no
//   shared cache may keep them: on a private tracker, or for an editor, the answer depends on
//   who asks;
// - pages: staticSite's own choice (assets with hashed names are immutable).
import { isSafeMethod } from './api/access';

const PERSONAL = /^\/api\/(?:session|account|tokens|invites|users|settings)(?:\/|$)/;

/**
 * What a public read's answer varies by: who asks (a browser that signs in asks again) and, as the
 * door in front of the server (fastReads.ts) may send a kept answer compressed, the encodings the
 * reader takes.
 */
export const PUBLIC_READ_VARY = 'Cookie, Authorization, Accept-Encoding';

/** The Cache-Control (and Vary) an API answer to this request must carry. */
export function apiCachePolicy(request: Request, response?: Response): { cacheControl: string; vary?: string } {
  const { pathname } = new URL(request.url);
  if (!isSafeMethod(request.method) || PERSONAL.test(pathname)) return { cacheControl: 'no-store' };
  const chosen = response?.headers.get('Cache-Control');
  if (chosen?.startsWith('public')) return { cacheControl: chosen, vary: PUBLIC_READ_VARY };
  return { cacheControl: 'private, no-cache', vary: 'Cookie, Authorization' };
}

/** Adds `values` to a Vary header without repeating what it already names. */
export function addVary(headers: Headers, values: string): void {
  const present = (headers.get('Vary') ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  const missing = values
    .split(',')
    .map((v) => v.trim())
    .filter((v) => !present.some((p) => p.toLowerCase() === v.toLowerCase()));
  if (missing.length) headers.set('Vary', [...present, ...missing].join(', '));
}
