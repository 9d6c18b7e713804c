// The HTTP API, written once against web-standard Request/Response: the Node server mounts it
// over the SQLite store, MSW mounts the very same app over the in-memory store. Browser-safe
// (no node: imports).
import '../i18n';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { z } from 'zod';
import { API_PATHS, issuesFromZod, MAX_PARAM_LENGTH, MAX_QUERY_PARAMS, type ErrorIssue } from '@shared/contract';
import { guard, type Access } from './access';
import { answerFromValidators, type AnswerCache } from './answers/answerMiddleware';
import { DECLARED_RESOURCES, endpoint, honoPath } from './endpoint';
import type { ApiDeps, ApiEnv } from './env';
import { tokenBucket, type RateLimiter } from './rateLimiter';
import { registerSession } from './routes/session';
import { ApiError, errorResponse, invalidInput, notFound } from './errors';
import { registerExtract } from './routes/extract';
import { registerFeeds } from './routes/feeds';
import { registerHealth } from './routes/health';
import { registerHistory } from './routes/history';
import { registerKeeping } from './routes/keeping';
import { registerParties } from './routes/parties';
import { registerPledges } from './routes/pledges';
import { registerViews } from './routes/views';

export interface ApiOptions extends ApiDeps {
  /** Who is asking (sessions and tokens on the server, the demo editor in the mock). */
  access: Access;
  /** Registers the routes that only exist where there are accounts (sign-in, invites, tokens, users); the Node server has them. */
  accountRoutes?: (app: PledgeApi) => void;
  /** Writes each user may make per minute (a burst of that many, then a steady rate); false: no limit. */
  writesPerMinute?: number | false;
  /** Counts the writes instead of an in-memory bucket of `writesPerMinute` (the server's is in the database). */
  writeLimiter?: RateLimiter;
  /** Believe X-Forwarded-Host / -Proto from a proxy in front. */
  trustProxy?: boolean;
  /** Where unexpected errors are reported (their details never reach the client). */
  logError?: (error: unknown, request: Request) => void;
  /** True once the server stops taking requests: readiness then answers 503 (see routes/health.ts). */
  isStopping?: () => boolean;
  /** Recent public answers of this instance (the Node server's; without it, validators and 304s only). */
  answerCache?: AnswerCache;
}

export const DEFAULT_WRITES_PER_MINUTE = 120;

/** The API's own address space: every path in API_RESOURCES starts with it. */
const API_SPACE = '/api/*';

const documentRoute = endpoint('openapi', 'GET', {
  summary: 'This document',
  hide: true,
  responses: { 200: { description: 'The OpenAPI 3.1 document' } },
});

/** zod reports unknown fields as one issue on the object; we name each field instead. */
function issuesOf(error: z.ZodError): ErrorIssue[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: [...issue.path, key].map(String).join('.'), message: 'Unknown field' }))
      : issuesFromZod({ issues: [issue] } as z.ZodError),
  );
}

function validationHook(
  result: { success: boolean; target: string; error?: z.ZodError },
  c: Context,
): Response | undefined {
  if (result.success || !result.error) return undefined;
  // An id that cannot be valid cannot name a pledge either.
  if (result.target === 'param')
    return errorResponse(
      c,
      notFound(c.req.path.startsWith(`${API_PATHS.parties}/`) ? 'No party has this id.' : 'No pledge has this id.'),
    );
  const message = result.target === 'json' ? 'The request body is not valid.' : 'Some request headers are not valid.';
  return errorResponse(c, invalidInput(message, issuesOf(result.error)));
}

export type PledgeApi = OpenAPIHono<ApiEnv>;

export function createApi({
  store,
  now,
  access,
  accountRoutes,
  writesPerMinute = DEFAULT_WRITES_PER_MINUTE,
  writeLimiter = writesPerMinute === false ? undefined : tokenBucket(writesPerMinute),
  trustProxy = false,
  logError = (error) => console.error(error),
  isStopping,
  answerCache,
}: ApiOptions): PledgeApi {
  const app = new OpenAPIHono<ApiEnv>({ defaultHook: validationHook });
  const deps = { store, now };

  // API answers describe data that changes: by default none is reused. A public read to an
  // anonymous reader says itself how long it may be kept (answers/answerMiddleware.ts); the Node
  // server then sets every other answer's own policy (src/server/cachePolicy.ts).
  app.use(API_SPACE, async (c, next) => {
    await next();
    if (!c.res.headers.get('Cache-Control')?.startsWith('public')) c.res.headers.set('Cache-Control', 'no-store');
  });
  app.use(API_SPACE, async (c, next) => {
    const params = new URL(c.req.url).searchParams;
    let count = 0;
    for (const [name, value] of params) {
      if (++count > MAX_QUERY_PARAMS)
        throw invalidInput(`A query may have at most ${MAX_QUERY_PARAMS} parameters.`, [
          { path: '', message: 'Too many parameters' },
        ]);
      if (value.length > MAX_PARAM_LENGTH || name.length > 100) {
        throw invalidInput('A query parameter is too long.', [
          { path: name.slice(0, 100), message: `At most ${MAX_PARAM_LENGTH} characters` },
        ]);
      }
    }
    await next();
  });
  app.use(
    API_SPACE,
    guard({
      access,
      trustProxy,
      now,
      writeLimiter,
    }),
  );
  // After the guard: only those who may read get a 304 or a cached answer.
  app.use(API_SPACE, answerFromValidators({ store, now, cache: answerCache }));

  registerHealth(app, { ...deps, isStopping });
  registerFeeds(app, deps);
  registerPledges(app, deps);
  registerHistory(app, deps);
  registerKeeping(app, deps);
  registerParties(app, deps);
  registerExtract(app, deps);
  registerViews(app, deps);
  registerSession(app, { access });
  accountRoutes?.(app);
  const documentConfig = {
    openapi: '3.1.0',
    info: {
      title: 'Pledge Tracker API',
      version: '1.0.0',
      description:
        'Public commitments, their deadline windows and verdicts. Every error has the shape { error: { code, message, issues? } }. ' +
        'Anyone may read a public instance; writes need an editor, signed in (a session cookie, with a same-origin Origin) ' +
        'or with an API token (Authorization: Bearer …). Each change is recorded under its author’s name.',
    },
  };
  app.openapi(documentRoute, (c) => c.json(app.getOpenAPI31Document(documentConfig)));

  // Any other method on a path this app answers is a 405 naming the ones it takes.
  for (const { path, access } of DECLARED_RESOURCES) {
    const routed = honoPath(path);
    const methods = Object.keys(access).filter((method) =>
      app.routes.some((route) => route.method === method && route.path === routed),
    );
    if (!methods.length) continue;
    const allow = [...methods, 'HEAD', 'OPTIONS'].join(', ');
    app.all(routed, (c) => {
      if (c.req.method === 'OPTIONS') return c.body(null, 204, { Allow: allow });
      throw new ApiError(
        'method_not_allowed',
        `${c.req.method} is not allowed here; use ${methods.join(' or ')}.`,
        undefined,
        { Allow: allow },
      );
    });
  }

  app.notFound((c) => errorResponse(c, notFound()));
  app.onError((error, c) => {
    if (error instanceof ApiError) return errorResponse(c, error);
    if (error instanceof HTTPException) {
      if (error.status === 400)
        return errorResponse(c, invalidInput('The body is not valid JSON.', [{ path: '', message: 'Malformed JSON' }]));
      if (error.status === 413)
        return errorResponse(c, new ApiError('payload_too_large', 'The request body is too large.'));
      if (error.status === 415)
        return errorResponse(
          c,
          new ApiError('unsupported_media_type', 'Send the body as JSON, with Content-Type: application/json.'),
        );
    }
    // A client that went away mid-request (an aborted upload) is no fault of ours: nothing was
    // written, and nobody is there to read an answer, so nothing is logged.
    if (c.req.raw.signal.aborted || isAbort(error))
      return errorResponse(c, invalidInput('The request was cut off before it ended.', []));
    logError(error, c.req.raw);
    return errorResponse(
      c,
      new ApiError('internal', 'Something went wrong on our side. It has been logged; please try again.'),
    );
  });
  return app;
}

/** Errors that mean the client hung up while its request was being read. */
function isAbort(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: string }).code;
  return error.name === 'AbortError' || code === 'ECONNRESET' || code === 'ECONNABORTED' || error.message === 'aborted';
}
