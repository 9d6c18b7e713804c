// Validators for pages, whose link-preview tags are built from the data (decision 0024): the
// same token as a public read's, from the page URL, the data version, the quarter hour (the tags
// say "overdue by 3 days") and the tracker's visibility (a private tracker's pages say nothing
// of its pledges). Anonymous visitors of a public tracker may have them kept by shared caches
// briefly; anyone else's browser revalidates them.
import { SESSION_COOKIE, type Visibility } from '@shared/contract';
import { validityOf } from '../api/answers/answerMiddleware';
import { ANSWER_FORMAT, clockKey, requestKey } from '../api/answers/validators';
import type { PledgeStore } from '../store/types';

/** Pages change with every deploy too (their script names): kept briefly, like lists. */
export const PUBLIC_PAGE_CACHE_CONTROL = 'public, max-age=5, stale-while-revalidate=30';

export interface PageValidation {
  /** What the page is built from besides its template: hashed with it into the ETag. */
  parts: (string | number)[];
  cacheControl: string;
}

const SIGNED_IN = new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=`);

export function pageValidator({
  store,
  now,
  visibility,
}: {
  store: PledgeStore;
  now: () => number;
  visibility: () => Promise<Visibility>;
}): (url: URL, request: Request) => Promise<PageValidation> {
  const validity = validityOf(store);
  return async (url, request) => {
    const nowMs = now();
    const [{ version, interval }, seen] = await Promise.all([validity(nowMs), visibility()]);
    const signedIn = request.headers.has('authorization') || SIGNED_IN.test(request.headers.get('cookie') ?? '');
    return {
      parts: [ANSWER_FORMAT, requestKey(url), version, clockKey('day', interval, nowMs), seen],
      cacheControl: seen === 'public' && !signedIn ? PUBLIC_PAGE_CACHE_CONTROL : 'no-cache',
    };
  };
}
