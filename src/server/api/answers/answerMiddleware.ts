// Public reads answered from what the data version says is still right: a request whose
// If-None-Match names the current answer gets 304 before anything is read but the data version;
// an anonymous reader of a public tracker may be answered from the instance's answer cache, and
// the answer may be kept by browsers and CDNs for a short while. See
// docs/decisions/0024-answers-from-cache.md. Browser-safe: the cache itself is passed in.
import type { MiddlewareHandler } from 'hono';
import { API_ROUTES, versionFromIfMatch } from '@shared/contract';
import type { ClockInterval, PledgeStore } from '@server/store/types';
import type { ApiEnv } from '../env';
import { answerEtag, answerToken, ANSWER_FORMAT, clockKey, requestKey, tagMatching, type ClockUse } from './validators';

/**
 * One answer as the cache keeps it: a 200's body and the headers that describe it. The body is
 * kept as the bytes sent, so a hit is written out as it is (a 2.7 MB calendar kept as a string
 * was encoded again on every answer) and the cache's bound counts exactly what it holds.
 */
export interface CachedAnswer {
  body: Uint8Array<ArrayBuffer>;
  headers: Record<string, string>;
  /** The body gzip-compressed, once a reader who takes gzip asked for it (src/server/fastReads.ts). */
  gzip?: Uint8Array<ArrayBuffer> | undefined;
}

/** Recent answers of this instance (answerCache.ts keeps them in an LRU bounded by bytes). */
export interface AnswerCache {
  get(key: string): CachedAnswer | undefined;
  /** Keeps the answer built at data version `version`; answers of older versions may go. */
  set(key: string, answer: CachedAnswer, version: number): void;
}

/**
 * For anonymous readers of a public tracker: a shared cache may keep the answer briefly and serve
 * it a while longer as it fetches a fresh one. Feeds are polled by calendar apps and feed readers,
 * and already say they change at most hourly, so they are kept longer.
 */
export const PUBLIC_READ_CACHE_CONTROL = 'public, max-age=5, stale-while-revalidate=30';
export const PUBLIC_FEED_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600';

/** The headers of a 200 worth keeping with its body (the rest come from the server's policy). */
const KEPT_HEADERS = ['Content-Type', 'Content-Disposition', 'ETag'];

export interface PublicRead {
  pattern: RegExp;
  clock: ClockUse;
  feed: boolean;
}

const pathPattern = (path: string) => new RegExp(`^${path.replace(/\./g, '\\.').replace(/\{\w+\}/g, '[^/]+')}/?$`);

/**
 * The reads anyone may make on a public tracker. What is personal (session, account, tokens,
 * invites, users, settings) is not among them, so it never gets a validator or a cached answer.
 */
const PUBLIC_READS: PublicRead[] = (
  [
    ['pledges', 'state'],
    ['pledgesIcs', 'day'],
    ['pledgesAtom', 'day'],
    ['pledgesCsv', 'day'],
    ['pledge', 'state'],
    ['history', 'none'],
    // The clock interval may leave the trash out; its pledges' windows open and close on quarter hours.
    ['trash', 'day'],
    ['parties', 'none'],
    ['partyStats', 'state'],
    ['views', 'none'],
    ['view', 'none'],
  ] as const
).map(([name, clock]) => ({
  pattern: pathPattern(API_ROUTES[name]),
  clock,
  feed: name === 'pledgesIcs' || name === 'pledgesAtom' || name === 'pledgesCsv',
}));

export function publicReadOf(pathname: string): PublicRead | undefined {
  return PUBLIC_READS.find((r) => r.pattern.test(pathname));
}

/** How long shared caches may keep a public read's answer to an anonymous reader. */
export function publicCacheControl(read: PublicRead): string {
  return read.feed ? PUBLIC_FEED_CACHE_CONTROL : PUBLIC_READ_CACHE_CONTROL;
}

/**
 * What names one answer: its token (the ETag's) and its key in the answer cache, from the
 * request, the data version and where the clock stands. The one definition both this middleware
 * and the door in front of the server (src/server/fastReads.ts) use.
 */
export function answerKeyOf(
  url: URL,
  read: PublicRead,
  version: number,
  interval: ClockInterval,
  nowMs: number,
): { token: string; cacheKey: string; clock: string } {
  const clock = clockKey(read.clock, interval, nowMs);
  const key = requestKey(url);
  return { token: answerToken([ANSWER_FORMAT, key, version, clock]), cacheKey: `${key}\n${version}\n${clock}`, clock };
}

/**
 * The data version, read from the database on every request (another instance may have
 * written), and the clock interval, remembered while the version stays and the clock stays in it:
 * only a write moves a window's bounds.
 */
export function validityOf(
  store: PledgeStore,
): (nowMs: number, knownVersion?: number) => Promise<{ version: number; interval: ClockInterval }> {
  let known: { version: number; interval: ClockInterval } | undefined;
  return async (nowMs, knownVersion) => {
    const version = knownVersion ?? (await store.dataVersion());
    if (!known || known.version !== version || nowMs < known.interval.from || nowMs >= known.interval.until)
      known = { version, interval: await store.clockInterval(nowMs) };
    return known;
  };
}

export interface AnswerOptions {
  store: PledgeStore;
  now: () => number;
  cache?: AnswerCache | undefined;
}

export function answerFromValidators({ store, now, cache }: AnswerOptions): MiddlewareHandler<ApiEnv> {
  const validity = validityOf(store);
  /** Answers being built now, by cache key: a reader missing one of them waits for it. */
  const building = new Map<string, Promise<CachedAnswer | undefined>>();
  return async (c, next) => {
    const method = c.req.method;
    if (method !== 'GET' && method !== 'HEAD') return next();
    const url = new URL(c.req.url);
    const read = publicReadOf(url.pathname);
    if (!read) return next();

    const nowMs = now();
    const { version, interval } = await validity(nowMs);
    const { token, cacheKey, clock } = answerKeyOf(url, read, version, interval, nowMs);
    // Set by the access guard when it let an anonymous reader in because the tracker is public.
    const shareable = c.get('publicRead') === true;
    const cacheControl = shareable ? publicCacheControl(read) : undefined;

    const matched = tagMatching(c.req.header('if-none-match'), token);
    if (matched)
      return c.body(null, 304, { ETag: matched, ...(cacheControl ? { 'Cache-Control': cacheControl } : {}) });

    const keeps = shareable && cache !== undefined && method === 'GET';
    // No await between looking for an answer being built and saying this one builds it.
    const pending = keeps ? building.get(cacheKey) : undefined;
    const hit = keeps ? (cache.get(cacheKey) ?? (pending ? await pending : undefined)) : undefined;
    if (hit) return c.body(hit.body, 200, { ...hit.headers, 'Cache-Control': cacheControl! });

    // The first of several readers missing one answer builds it; the others wait for it (after a
    // write, 20 readers would otherwise each count and page the same view at once), and build
    // their own only if it could not be kept.
    let kept: CachedAnswer | undefined;
    let settle = () => {};
    if (keeps) building.set(cacheKey, new Promise((resolve) => (settle = () => resolve(kept))));
    try {
      await next();
      if (c.res.status !== 200) return;
      // Built while a write landed, or as the clock moved on: right for now, but not for this key.
      const after = now();
      if (after >= interval.until || clockKey(read.clock, interval, after) !== clock) return;
      if ((await store.dataVersion()) !== version) return;
      // A pledge's own ETag (its version, for If-Match) leads the answer's.
      const etag = answerEtag(token, versionFromIfMatch(c.res.headers.get('ETag')));
      if (!keeps) {
        c.res.headers.set('ETag', etag);
        if (cacheControl) c.res.headers.set('Cache-Control', cacheControl);
        return;
      }
      const body = new Uint8Array(await c.res.arrayBuffer());
      const headers: Record<string, string> = { ETag: etag };
      for (const name of KEPT_HEADERS) {
        const value = c.res.headers.get(name);
        if (value !== null) headers[name] ??= value;
      }
      kept = { body, headers };
      cache.set(cacheKey, kept, version);
      // The body was read: answer a new response with it (Hono would wrap an assigned response's
      // body in a stream, merging the old one's headers, unless the old one is let go first).
      c.res = undefined;
      c.res = c.body(body, 200, { ...headers, 'Cache-Control': cacheControl! });
    } finally {
      if (keeps) {
        building.delete(cacheKey);
        settle();
      }
    }
  };
}
