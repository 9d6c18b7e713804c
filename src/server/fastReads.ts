// The door in front of the server: an anonymous read of a public tracker whose answer the answer
// cache holds (or whose ETag the reader already has) is answered here, straight from Node's
// request, before it becomes a Fetch Request and walks the API's middleware. That walk, not the
// answer, was most of what a cached list cost (docs/decisions/0024-answers-from-cache.md).
//
// It answers exactly what the full path would, or leaves the request to it:
// - only GETs to a public read (api/answers/answerMiddleware.ts) with no cookie and no
//   Authorization header, so no one signed in, and no one whose answer depends on who asks;
// - only to a Host the server answers to (publicHost.ts), addressed as the full path addresses it;
// - only while the tracker is public: the visibility is read again whenever the data version
//   moves, which every change of visibility does (AccountStore.setVisibility), so a visibility
//   read after a version names the visibility of that version or a later one;
// - counted against the address's read limit, as every anonymous read is;
// - with the same headers: the kept ones, the cache policy, Vary and the security headers.
// Everything else, a miss included, goes on to the full path, which builds and keeps the answer.
// A reader who takes gzip (calendar apps, feed readers, browsers) gets a kept answer compressed
// once it has been compressed: off the main thread, the first time one asks, and kept beside it.
// A 2.7 MB calendar goes out as about a tenth of that. Its ETag names the encoding.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzip } from 'node:zlib';
import type { Visibility } from '@shared/contract';
import {
  answerKeyOf,
  publicCacheControl,
  publicReadOf,
  type PublicRead,
  validityOf,
  type AnswerCache,
  type CachedAnswer,
} from './api/answers/answerMiddleware';
import { gzipEtag, tagMatching } from './api/answers/validators';
import { PUBLIC_READ_VARY } from './cachePolicy';
import { isAllowedHost } from './publicHost';
import type { ReadLimit } from './readLimit';
import { addressOf, HSTS, SECURITY_HEADERS } from './securityHeaders';
import type { PledgeStore } from './store/types';

export interface FastReadsOptions {
  cache: AnswerCache;
  /** The data version, and the clock interval (remembered while the version stays). */
  store: PledgeStore;
  visibility: () => Promise<Visibility>;
  now: () => number;
  trustProxy: boolean;
  publicUrl?: string | undefined;
  reads?: ReadLimit | undefined;
}

/** Answers the request and resolves true, or resolves false having written nothing. */
export type FastReads = (request: IncomingMessage, response: ServerResponse) => Promise<boolean>;

const firstOf = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Smaller answers are sent as they are: compressing them saves less than it costs. */
const COMPRESS_FROM_BYTES = 1024;

/** Whether Accept-Encoding takes gzip: named (or `*`) without q=0, gzip's own entry deciding. */
export function takesGzip(acceptEncoding: string | undefined): boolean {
  if (!acceptEncoding) return false;
  let any: boolean | undefined;
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    const accepted = q === undefined || Number(q.slice(2)) > 0;
    if (name === 'gzip' || name === 'x-gzip') return accepted;
    if (name === '*') any = accepted;
  }
  return any ?? false;
}

/** Headers as Node's writeHead takes them in a list: name, value, name, value. */
type HeaderList = string[];

/**
 * A list shared by every read that sends it, frozen: Node reads it and does not change it (and
 * would throw if it tried), typed mutable only because writeHead's signature asks for that.
 */
const frozenList = (headers: Record<string, string>) => Object.freeze(Object.entries(headers).flat()) as HeaderList;

/**
 * The headers every answer of one kind of read carries here (the cache policy, Vary, the security
 * headers and, over HTTPS, HSTS), as the flat name, value list Node's writeHead takes.
 */
const policies = new Map<string, HeaderList>();
function policyOf(read: PublicRead, https: boolean): HeaderList {
  const cacheControl = publicCacheControl(read);
  const key = `${https}\n${cacheControl}`;
  let policy = policies.get(key);
  if (!policy) {
    const headers: Record<string, string> = {
      ...SECURITY_HEADERS,
      ...(https ? { 'Strict-Transport-Security': HSTS } : {}),
      'Cache-Control': cacheControl,
      Vary: PUBLIC_READ_VARY,
    };
    policies.set(key, (policy = frozenList(headers)));
  }
  return policy;
}

/**
 * A kept answer's headers as sent, built once per answer and variant (HTTPS or not, compressed or
 * not) and reused by every read of it. Spreading fifteen headers into a new object for each read
 * moved megabytes a second into V8's old generation under load, where it stayed until a full
 * collection: most of the server's memory after a load. Frozen, so that nothing may change them.
 */
const sentHeaders = new WeakMap<CachedAnswer, Map<string, HeaderList>>();
function sentHeadersOf(answer: CachedAnswer, read: PublicRead, https: boolean, gzipped: boolean): HeaderList {
  let variants = sentHeaders.get(answer);
  if (!variants) sentHeaders.set(answer, (variants = new Map()));
  const key = `${https}${gzipped}`;
  let sent = variants.get(key);
  if (!sent) {
    const headers: Record<string, string> = { ...answer.headers };
    const policy = policyOf(read, https);
    for (let i = 0; i < policy.length; i += 2) headers[policy[i]!] = policy[i + 1]!;
    if (gzipped) {
      if (answer.headers.ETag) headers.ETag = gzipEtag(answer.headers.ETag);
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = String((gzipped ? answer.gzip! : answer.body).byteLength);
    variants.set(key, (sent = frozenList(headers)));
  }
  return sent;
}

export function fastReads(options: FastReadsOptions): FastReads {
  const { cache, store, now, trustProxy, publicUrl, reads } = options;
  const validity = validityOf(store);
  let seen: { version: number; visibility: Promise<Visibility> } | undefined;
  const visibilityAt = (version: number) => {
    if (seen?.version !== version) {
      const visibility = options.visibility();
      // A failed read is not remembered: the next request asks again.
      visibility.catch(() => {
        if (seen?.visibility === visibility) seen = undefined;
      });
      seen = { version, visibility };
    }
    return seen.visibility;
  };
  const hosts = { trustProxy, ...(publicUrl ? { publicUrl } : {}) };
  /** Answers being compressed now, by cache key. */
  const compressing = new Set<string>();
  const compressLater = (cacheKey: string, answer: CachedAnswer, version: number) => {
    if (compressing.has(cacheKey)) return;
    compressing.add(cacheKey);
    gzip(answer.body, (error, compressed) => {
      compressing.delete(cacheKey);
      // Kept again with its compressed body, if it is still kept (a write may have let it go).
      if (!error && cache.get(cacheKey) === answer)
        cache.set(cacheKey, { ...answer, gzip: new Uint8Array(compressed) }, version);
    });
  };
  return async (request, response) => {
    const target = request.url;
    const headers = request.headers;
    if (request.method !== 'GET' || !target?.startsWith('/api/')) return false;
    if (headers.cookie !== undefined || headers.authorization !== undefined) return false;
    const host = headers.host;
    if (!host || !isAllowedHost(host, hosts)) return false;
    const forwardedHost = trustProxy ? firstOf(headers['x-forwarded-host'])?.split(',')[0]?.trim() : undefined;
    if (forwardedHost && !isAllowedHost(forwardedHost, hosts)) return false;

    // As @hono/node-server and publicHost.addressedRequest make the URL the API sees.
    let url = new URL(`http://${host}${target}`);
    if (publicUrl && url.origin !== publicUrl) url = new URL(`${url.pathname}${url.search}`, publicUrl);
    const read = publicReadOf(url.pathname);
    if (!read) return false;

    const nowMs = now();
    const version = await store.dataVersion();
    if ((await visibilityAt(version)) !== 'public') return false;
    const { interval } = await validity(nowMs, version);
    const { token, cacheKey } = answerKeyOf(url, read, version, interval, nowMs);
    const matched = tagMatching(firstOf(headers['if-none-match']), token);
    const hit = matched ? undefined : cache.get(cacheKey);
    if (!matched && !hit) return false;
    // A refused read is not counted: the full path counts it again and answers the 429.
    if (reads) {
      const address = addressOf(trustProxy ? firstOf(headers['x-forwarded-for']) : null, request.socket.remoteAddress);
      if (reads.wait(address, nowMs) > 0) return false;
    }

    // As servedOverHttps has it, from the addressed URL (PUBLIC_URL's) or a trusted proxy.
    const proto = trustProxy ? firstOf(headers['x-forwarded-proto'])?.split(',')[0]?.trim().toLowerCase() : undefined;
    const https = url.protocol === 'https:' || proto === 'https';
    if (matched) {
      response.writeHead(304, [...policyOf(read, https), 'ETag', matched]);
      response.end();
      return true;
    }
    const answer = hit!;
    const compressed = takesGzip(firstOf(headers['accept-encoding'])) && answer.body.byteLength >= COMPRESS_FROM_BYTES;
    if (compressed && !answer.gzip) compressLater(cacheKey, answer, version);
    const gzipped = compressed && answer.gzip !== undefined;
    response.writeHead(200, sentHeadersOf(answer, read, https, gzipped));
    response.end(gzipped ? answer.gzip : answer.body);
    return true;
  };
}
