// Who is asking, and may they? One middleware in front of every API route decides, from the
// path and method alone, what a request needs (nothing, a reader, a signed-in person, an
// editor, an admin), identifies the caller through the injected Access, and refuses early:
// 401 no identity, 403 wrong role / scope / origin, 429 too many writes. Browser-safe: the
// demo's mock runs the same rules with every visitor as the demo editor.
import type { MiddlewareHandler } from 'hono';
import {
  roleAtLeast,
  SESSION_COOKIE,
  type Account,
  type HttpMethod,
  type Requirement,
  type Role,
  type SessionInfo,
  type TokenScope,
  type Visibility,
} from '@shared/contract';
import { DECLARED_RESOURCES } from './endpoint';
import type { ApiEnv } from './env';
import { ApiError } from './errors';
import type { RateLimiter } from './rateLimiter';

export interface Principal {
  userId: string;
  name: string;
  role: Role;
  /** session: a browser's cookie; token: an API token; demo: the demo's one editor. */
  via: 'session' | 'token' | 'demo';
  /** A token's scope; sessions and the demo read and write as far as the role goes. */
  scope: TokenScope;
  email: string | null;
  needsPassword: boolean;
  /** The session's id (hashed form) when via is session. */
  sessionId?: string;
}

export type Identification = { principal: Principal } | { principal: null; problem?: 'bad_token' };

export interface Access {
  /** false in the demo: there is nothing to sign in to. */
  readonly accounts: boolean;
  identify(request: Request): Promise<Identification>;
  visibility(): Promise<Visibility>;
}

export function accountOf(p: Principal): Account {
  return { id: p.userId, name: p.name, email: p.email, role: p.role, needsPassword: p.needsPassword };
}

/** What GET /api/session (and every sign-in) answers about the caller. */
export async function sessionInfoOf(principal: Principal | null, access: Access): Promise<SessionInfo> {
  return {
    account: principal ? accountOf(principal) : null,
    visibility: await access.visibility(),
    accounts: access.accounts,
    via: principal?.via ?? 'anonymous',
  };
}

const SESSION_COOKIE_PRESENT = new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=`);

export type { Requirement };

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isSafeMethod(method: string): boolean {
  return SAFE.has(method.toUpperCase());
}

/** From least to most: a write to the record needs an editor, one to accounts or settings an admin. */
const STRICTNESS: Requirement[] = ['open', 'reader', 'signed-in', 'editor', 'admin'];
const strictness = (r: Requirement) => STRICTNESS.indexOf(r);

/** Each declared path as a pattern, the most specific first; spelled with a trailing slash, it needs the same. */
const DECLARED = DECLARED_RESOURCES.map(({ path, access }) => ({
  pattern: new RegExp(`^${path.replace(/\./g, '\\.').replace(/\{\w+\}/g, '[^/]+')}/?$`),
  access,
}));

/**
 * What a request needs: the declared access of the endpoint that answers it (HEAD is GET's).
 * A method its path does not take (a 405) needs what the path's endpoints need, for a read the
 * least of them (a path an editor writes, a reader reads), for a write the most (a path a reader
 * reads, an editor writes), so that the Allow header tells no one more than they may see. Any
 * other path is a read (safe methods) or an editor's write.
 */
export function requirementOf(method: string, path: string): Requirement {
  const upper = method.toUpperCase();
  const asked = (upper === 'HEAD' ? 'GET' : upper) as HttpMethod;
  const matching = DECLARED.filter((d) => d.pattern.test(path));
  const declared = matching.find((d) => d.access[asked])?.access[asked];
  if (declared) return declared;
  const safe = isSafeMethod(method);
  if (!matching[0]) return safe ? 'reader' : 'editor';
  const needs = Object.values(matching[0].access);
  return safe
    ? needs.map((n) => (n === 'editor' ? 'reader' : n)).reduce((a, b) => (strictness(b) < strictness(a) ? b : a))
    : needs.map((n) => (n === 'reader' ? 'editor' : n)).reduce((a, b) => (strictness(b) > strictness(a) ? b : a));
}

/** Whether the caller's origin is this server's, for a write that a browser's cookie signs. */
export function sameOrigin(request: Request, trustProxy: boolean): boolean | 'unknown' {
  const origin = request.headers.get('origin');
  const url = new URL(request.url);
  const forwardedHost = trustProxy ? request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() : undefined;
  const hosts = new Set(
    [url.host, request.headers.get('host') ?? url.host, ...(forwardedHost ? [forwardedHost] : [])].map((h) =>
      h.toLowerCase(),
    ),
  );
  // The scheme counts too: on a plain-http server, a page at https://the-same-host is another origin.
  const forwardedProto = trustProxy
    ? request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase()
    : undefined;
  const scheme = forwardedProto === 'https' || forwardedProto === 'http' ? `${forwardedProto}:` : url.protocol;
  if (origin) {
    if (origin === 'null') return false;
    try {
      const from = new URL(origin);
      return from.protocol === scheme && hosts.has(from.host.toLowerCase());
    } catch {
      return false;
    }
  }
  // No Origin (older browsers on same-origin requests): Fetch Metadata says where it came from.
  const site = request.headers.get('sec-fetch-site');
  if (site) return site === 'same-origin' || site === 'none';
  return 'unknown';
}

export interface GuardOptions {
  access: Access;
  writeLimiter?: RateLimiter | undefined;
  trustProxy: boolean;
  now: () => number;
}

export function guard({ access, writeLimiter, trustProxy, now }: GuardOptions): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const request = c.req.raw;
    const method = c.req.method;
    const needs = requirementOf(method, c.req.path);
    const identified = await access.identify(request);
    if (identified.principal === null && identified.problem === 'bad_token') {
      throw new ApiError(
        'unauthenticated',
        'This API token is not valid: it may have been revoked. Create a new one on your account page.',
        undefined,
        {
          'WWW-Authenticate': 'Bearer error="invalid_token"',
        },
      );
    }
    const principal = identified.principal;
    c.set('principal', principal);

    if (!isSafeMethod(method)) {
      // A browser sends cookies along with cross-site requests; only a token in a header cannot be forged that way.
      const cookieSigned =
        principal?.via === 'session' ||
        (principal === null && SESSION_COOKIE_PRESENT.test(request.headers.get('cookie') ?? ''));
      const origin = sameOrigin(request, trustProxy);
      if (origin === false || (cookieSigned && origin !== true)) {
        throw new ApiError(
          'forbidden',
          'This change came from another site (or named no Origin), so it was refused. Make it from this site’s pages, or use an API token.',
        );
      }
    }

    if (needs !== 'open') {
      if (!principal) {
        if (needs === 'reader' && (await access.visibility()) === 'public') {
          c.set('publicRead', true);
          return next();
        }
        throw new ApiError(
          'unauthenticated',
          needs === 'reader' ? 'This tracker is private: sign in to read it.' : 'Sign in to do this.',
          undefined,
          {
            'WWW-Authenticate': 'Bearer realm="pledge-tracker"',
          },
        );
      }
      if (principal.via === 'token' && (needs === 'signed-in' || needs === 'admin')) {
        throw new ApiError(
          'forbidden',
          'API tokens read and change pledges only; sign in to manage accounts, tokens or settings.',
        );
      }
      if (needs === 'editor' || needs === 'admin') {
        if (!roleAtLeast(principal.role, needs)) {
          throw new ApiError(
            'forbidden',
            needs === 'admin'
              ? 'Only an admin can do this.'
              : `Your role (${principal.role}) can read but not change the record. Ask an admin to make you an editor.`,
          );
        }
        if (principal.scope === 'read') throw new ApiError('forbidden', 'This API token is read-only.');
      }
      if (principal.needsPassword && (needs === 'editor' || needs === 'admin')) {
        throw new ApiError('forbidden', 'Set a password for your account first.');
      }
    }

    if (principal && !isSafeMethod(method) && needs !== 'open' && writeLimiter) {
      const wait = await writeLimiter.take(principal.userId, now());
      if (wait > 0) {
        throw new ApiError(
          'rate_limited',
          `Too many changes in a short time. Try again in ${Math.ceil(wait / 1000)} s.`,
          undefined,
          {
            'Retry-After': String(Math.ceil(wait / 1000)),
          },
        );
      }
    }
    if (principal) c.set('actor', principal.name);
    await next();
  };
}
