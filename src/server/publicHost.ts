// The server answers only to the names it is meant to have. Links it writes into answers (feed
// self-links, og:url, calendar and CSV links) are built from the request's URL, which comes from
// the client's Host header: left unchecked, "Host: evil.example" put http://evil.example/... into
// answers that caches and feed readers keep. So a Host that is neither PUBLIC_URL's nor a
// loopback name gets 400, and with PUBLIC_URL set every read is handled as addressed to it.
import type { ErrorBody } from '@shared/contract';

export interface PublicHostOptions {
  /** PUBLIC_URL's origin, e.g. https://pledges.example.org, when set. */
  publicUrl?: string;
  /** Believe X-Forwarded-Host from a proxy in front (it is checked the same way). */
  trustProxy: boolean;
}

const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** A host (name and optional port) without its port, lowercased. */
function hostname(host: string): string {
  const bracketed = /^(\[[^\]]+\])(?::\d+)?$/.exec(host);
  return (bracketed ? bracketed[1]! : host.replace(/:\d+$/, '')).toLowerCase();
}

/** Whether the server answers to this Host (name and port). */
export function isAllowedHost(host: string, { publicUrl }: PublicHostOptions): boolean {
  if (LOOPBACK.test(hostname(host))) return true;
  return publicUrl !== undefined && host.toLowerCase() === new URL(publicUrl).host;
}

/** The 400 for a Host the server does not answer to, in the one error shape. */
export function unknownHostResponse(host: string, { publicUrl }: PublicHostOptions): Response {
  const body: ErrorBody = {
    error: {
      code: 'invalid_input',
      message: publicUrl
        ? `This server answers to ${new URL(publicUrl).host}, not to "${host.slice(0, 100)}".`
        : `This server answers to loopback names only, not to "${host.slice(0, 100)}": set PUBLIC_URL to the address people use.`,
    },
  };
  return Response.json(body, { status: 400 });
}

/**
 * The request as the rest of the server should see it: null when its Host (or, behind a trusted
 * proxy, X-Forwarded-Host) is not one the server answers to; with PUBLIC_URL set, a read
 * addressed to PUBLIC_URL, so that every link built from it points there.
 */
export function addressedRequest(request: Request, options: PublicHostOptions): Request | { refused: string } {
  const url = new URL(request.url);
  const forwarded = options.trustProxy ? request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() : undefined;
  for (const host of [url.host, ...(forwarded ? [forwarded] : [])]) {
    if (!isAllowedHost(host, options)) return { refused: host };
  }
  const read = request.method === 'GET' || request.method === 'HEAD';
  if (!options.publicUrl || !read || url.origin === options.publicUrl) return request;
  return new Request(new URL(`${url.pathname}${url.search}`, options.publicUrl), {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
  });
}
