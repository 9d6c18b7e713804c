// The HTTP API, written once against web-standard Request/Response: the Node server mounts it
// over the SQLite store, MSW mounts the very same app over the in-memory store. Browser-safe
// (no node: imports).
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { z } from 'zod';
import { API_PATHS, issuesFromZod, type ErrorIssue } from '../../shared/contract';
import type { ApiDeps, ApiEnv } from './env';
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
  /** Where unexpected errors are reported (their details never reach the client). */
  logError?: (error: unknown, request: Request) => void;
}

/** Paths and the methods they answer; anything else on them is a 405. */
const METHODS: [path: string, methods: string[]][] = [
  [API_PATHS.health, ['GET']],
  [API_PATHS.openapi, ['GET']],
  [API_PATHS.pledges, ['GET', 'POST']],
  [API_PATHS.pledgesIcs, ['GET']],
  [API_PATHS.pledgesAtom, ['GET']],
  [API_PATHS.pledgesCsv, ['GET']],
  ['/api/pledges/:id', ['GET', 'PATCH', 'DELETE']],
  ['/api/pledges/:id/history', ['GET']],
  ['/api/pledges/:id/restore', ['POST']],
  ['/api/pledges/:id/revert', ['POST']],
  [API_PATHS.trash, ['GET']],
  [API_PATHS.parties, ['GET', 'POST']],
  [API_PATHS.partyStats, ['GET']],
  ['/api/parties/:id', ['PATCH']],
  ['/api/parties/:id/merge', ['POST']],
  [API_PATHS.extract, ['POST']],
  [API_PATHS.views, ['GET', 'POST']],
  ['/api/views/:slug', ['GET', 'PATCH', 'DELETE']],
];

/** zod reports unknown fields as one issue on the object; we name each field instead. */
function issuesOf(error: z.ZodError): ErrorIssue[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: [...issue.path, key].map(String).join('.'), message: 'Unknown field' }))
      : issuesFromZod({ issues: [issue] } as z.ZodError),
  );
}

function validationHook(result: { success: boolean; target: string; error?: z.ZodError }, c: Context): Response | undefined {
  if (result.success || !result.error) return undefined;
  // An id that cannot be valid cannot name a pledge either.
  if (result.target === 'param') return errorResponse(c, notFound(c.req.path.startsWith('/api/parties/') ? 'No party has this id.' : 'No pledge has this id.'));
  const message = result.target === 'json' ? 'The request body is not valid.' : 'Some request headers are not valid.';
  return errorResponse(c, invalidInput(message, issuesOf(result.error)));
}

export type PledgeApi = OpenAPIHono<ApiEnv>;

export function createApi({ store, now, logError = (error) => console.error(error) }: ApiOptions): PledgeApi {
  const app = new OpenAPIHono<ApiEnv>({ defaultHook: validationHook });
  const deps = { store, now };

  // API answers describe data that changes: never let a browser or proxy reuse one.
  app.use('/api/*', async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
  });

  registerHealth(app, deps);
  registerFeeds(app, deps);
  registerPledges(app, deps);
  registerHistory(app, deps);
  registerKeeping(app, deps);
  registerParties(app, deps);
  registerExtract(app, deps);
  registerViews(app, deps);
  app.doc31(API_PATHS.openapi, {
    openapi: '3.1.0',
    info: {
      title: 'Pledge Tracker API',
      version: '1.0.0',
      description:
        'Public commitments, their deadline windows and verdicts. Every error has the shape { error: { code, message, issues? } }. ' +
        'Writes take an optional X-Actor header naming who makes the change.',
    },
  });

  for (const [path, methods] of METHODS) {
    const allow = [...methods, 'HEAD', 'OPTIONS'].join(', ');
    app.all(path, (c) => {
      if (c.req.method === 'OPTIONS') return c.body(null, 204, { Allow: allow });
      throw new ApiError('method_not_allowed', `${c.req.method} is not allowed here; use ${methods.join(' or ')}.`, undefined, { Allow: allow });
    });
  }

  app.notFound((c) => errorResponse(c, notFound()));
  app.onError((error, c) => {
    if (error instanceof ApiError) return errorResponse(c, error);
    if (error instanceof HTTPException) {
      if (error.status === 400) return errorResponse(c, invalidInput('The body is not valid JSON.', [{ path: '', message: 'Malformed JSON' }]));
      if (error.status === 413) return errorResponse(c, new ApiError('payload_too_large', 'The request body is too large.'));
      if (error.status === 415) return errorResponse(c, new ApiError('unsupported_media_type', 'Send the body as JSON, with Content-Type: application/json.'));
    }
    logError(error, c.req.raw);
    return errorResponse(c, new ApiError('internal', 'Something went wrong on our side. It has been logged; please try again.'));
  });
  return app;
}
