// Headers every response carries, pages and API alike. The built app has no inline script, so
// the Content-Security-Policy allows scripts from this origin only; styles may be inline (React
// sets some element styles, and the "not built" page has a few), which carries far less risk.
// HSTS is only sent over HTTPS: directly, or behind a proxy trusted to say so (TRUST_PROXY).
// The cache policy of every answer is set here too (cachePolicy.ts).
import { addVary, apiCachePolicy } from './cachePolicy';
import { addressedRequest, unknownHostResponse } from './publicHost';
import { readLimit, type ReadLimit } from './readLimit';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The tracker uses none of these: a page of ours, or anything injected into it, may not either. */
export const PERMISSIONS_POLICY = [
  'camera=()',
  'microphone=()',
  'geolocation=()',
  'payment=()',
  'usb=()',
  'serial=()',
  'bluetooth=()',
  'interest-cohort=()',
  'browsing-topics=()',
].join(', ');

/**
 * The headers every response carries. Other sites may not load our answers as their resources,
 * and pages may use no device feature.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': PERMISSIONS_POLICY,
};

/** Sent only over HTTPS (see servedOverHttps). */
export const HSTS = 'max-age=31536000; includeSubDomains';

export interface SecurityOptions {
  /** Believe X-Forwarded-Proto from a proxy in front (set only when there is one). */
  trustProxy: boolean;
  /** PUBLIC_URL's origin: the one name besides loopback the server answers to, and the base of its links. */
  publicUrl?: string;
  /** Anonymous reads per address and minute (readLimit.ts); absent or false: no limit. */
  readsPerMinute?: number | false;
  /** The limit itself, when the server shares it with the door in front (fastReads.ts). */
  reads?: ReadLimit | undefined;
  now?: () => number;
}

/** Whether the client reached us over HTTPS (HSTS, the session cookie's Secure flag). */
export function servedOverHttps(request: Request, { trustProxy }: SecurityOptions): boolean {
  if (new URL(request.url).protocol === 'https:') return true;
  return trustProxy && request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase() === 'https';
}

/**
 * The response with the security headers set: the same response, its headers changed in place,
 * so that @hono/node-server still writes a string body directly (a copy would turn every body into
 * a stream, which cost the list a third of its throughput). Reading `body` is what must not happen
 * here: its lightweight Response would then rebuild itself from its first headers, dropping the
 * ones middleware set later (staticSite's Cache-Control). A response whose headers are immutable
 * (one from fetch) is copied instead.
 */
export function withSecurityHeaders(response: Response, request: Request, options: SecurityOptions): Response {
  let secured = response;
  try {
    response.headers.set('X-Content-Type-Options', 'nosniff');
  } catch {
    const copied = new Headers(response.headers);
    secured = new Response(response.body, {
      status: response.status,
      statusText: response.statusText,
      headers: copied,
    });
  }
  const headers = secured.headers;
  for (const name in SECURITY_HEADERS) headers.set(name, SECURITY_HEADERS[name]!);
  if (servedOverHttps(request, options)) headers.set('Strict-Transport-Security', HSTS);
  return secured;
}

/** What @hono/node-server passes next to the request. */
interface NodeBindings {
  incoming?: { socket?: { remoteAddress?: string } };
}

/**
 * The client's address, for per-address sign-in limits. Behind a trusted proxy it is the last
 * X-Forwarded-For entry: the one our proxy added, which the client cannot forge.
 */
export function clientAddress(
  request: Request,
  bindings: NodeBindings | undefined,
  { trustProxy }: SecurityOptions,
): string {
  return addressOf(
    trustProxy ? request.headers.get('x-forwarded-for') : null,
    bindings?.incoming?.socket?.remoteAddress,
  );
}

/** The same from the header's value (null when no proxy is trusted) and the socket's address. */
export function addressOf(forwardedFor: string | null | undefined, remoteAddress: string | undefined): string {
  const forwarded = forwardedFor
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .at(-1);
  return forwarded ?? remoteAddress ?? 'unknown';
}

/** One fetch handler for the whole server: the API under /api, the pages elsewhere, all secured. */
export function serverFetch(
  api: { fetch: (request: Request, env: { address: string }) => Response | Promise<Response> },
  site: { fetch: (request: Request) => Response | Promise<Response> },
  options: SecurityOptions,
): (request: Request, bindings?: NodeBindings) => Promise<Response> {
  const reads = options.reads ?? (options.readsPerMinute ? readLimit(options.readsPerMinute) : undefined);
  const now = options.now ?? Date.now;
  const refuse = (response: Response, request: Request) => {
    const refused = withSecurityHeaders(response, request, options);
    refused.headers.set('Cache-Control', 'no-store');
    return refused;
  };
  return async (incoming, bindings) => {
    const request = addressedRequest(incoming, options);
    if ('refused' in request) return refuse(unknownHostResponse(request.refused, options), incoming);
    const address = clientAddress(incoming, bindings, options);
    const tooMany = reads?.check(request, address, now());
    if (tooMany) return refuse(tooMany, request);
    const isApi = /^\/api(?:\/|$)/.test(new URL(request.url).pathname);
    const response = isApi ? await api.fetch(request, { address }) : await site.fetch(request);
    const secured = withSecurityHeaders(response, request, options);
    // Pages and assets carry staticSite's own choice; the API's is decided here, for every route.
    if (isApi) {
      const { cacheControl, vary } = apiCachePolicy(request, secured);
      secured.headers.set('Cache-Control', cacheControl);
      if (vary) addVary(secured.headers, vary);
    }
    return secured;
  };
}
