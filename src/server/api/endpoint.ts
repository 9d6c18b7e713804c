// An endpoint's declaration: the shared table (API_RESOURCES) gives its method, path and who may
// call it; the declaration adds what only the server needs: request and response schemas, the
// errors it may answer, the document's prose and the checks that run before its handler. The
// route, its OpenAPI operation and the guard's 401 / 403 / 429 in that operation all come from it.
import { createRoute, type OpenAPIHono, type RouteConfig, type z } from '@hono/zod-openapi';
import type { Handler } from 'hono';
import {
  API_RESOURCES,
  MAX_BODY_BYTES,
  type ApiResource,
  type ApiResourceName,
  type ErrorCode,
  type HttpMethod,
  type Requirement,
} from '@shared/contract';
import { accessErrorCodes, errorResponses, ifMatchHeadersSchema, jsonAnswer, jsonBody } from './docs';
import type { ApiEnv } from './env';
import { limitBodyTo, requireIfMatch, requireJson } from './requestChecks';

/** `/api/pledges/{id}` as Hono's router writes it: `/api/pledges/:id`. */
export function honoPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

const parameterCount = (path: string) => path.split('{').length - 1;

/**
 * The declared paths, the most specific first (fewest parameters, so /api/invites/check comes
 * before /api/invites/{id}): the order in which the guard and the 405 handlers try them.
 */
export const DECLARED_RESOURCES: readonly ApiResource[] = Object.values<ApiResource>(API_RESOURCES).sort(
  (a, b) => parameterCount(a.path) - parameterCount(b.path),
);

type Resources = typeof API_RESOURCES;
type MethodOf<N extends ApiResourceName> = keyof Resources[N]['access'] & HttpMethod;

export interface EndpointSpec extends Omit<RouteConfig, 'method' | 'path' | 'middleware'> {
  /** The errors the handler answers; those of the guard (from the access rule), of the checks below and 500 are added. */
  errors?: ErrorCode[];
  /** The largest JSON body it takes, when it takes one. */
  maxBodyBytes?: number;
}

const BODY_ERRORS: ErrorCode[] = ['invalid_input', 'payload_too_large', 'unsupported_media_type'];
const VERSION_ERRORS: ErrorCode[] = ['precondition_failed', 'precondition_required'];

export function endpoint<N extends ApiResourceName, M extends MethodOf<N>, const S extends EndpointSpec>(
  name: N,
  method: M,
  { errors = [], responses, maxBodyBytes = MAX_BODY_BYTES, ...spec }: S,
) {
  const { path, access } = API_RESOURCES[name] as { path: Resources[N]['path']; access: Record<M, Requirement> };
  // The checks follow from the request: a JSON body is limited, typed and depth-checked before it
  // is parsed; a change against a version needs If-Match. Each brings the errors it answers.
  const json = spec.request?.body !== undefined;
  const versioned = spec.request?.headers === ifMatchHeadersSchema;
  const middleware = [
    ...(json ? [limitBodyTo(maxBodyBytes), requireJson] : []),
    ...(versioned ? [requireIfMatch] : []),
  ];
  const answers = [
    ...accessErrorCodes(access[method]),
    ...(json ? BODY_ERRORS : []),
    ...(versioned ? VERSION_ERRORS : []),
    ...errors,
  ];
  return createRoute({
    ...spec,
    ...(middleware.length ? { middleware } : {}),
    method: method.toLowerCase() as Lowercase<M>,
    path,
    responses: { ...errorResponses(...new Set(answers)), ...responses },
  });
}

/** The resources one may both list (GET) and add to (POST), and those one may remove from (DELETE). */
type CollectionName = { [N in ApiResourceName]: 'GET' | 'POST' extends MethodOf<N> ? N : never }[ApiResourceName];
type ItemName = { [N in ApiResourceName]: 'DELETE' extends MethodOf<N> ? N : never }[ApiResourceName];

/** One operation's prose: its summary and what its answer is called in the document. */
interface Said {
  summary: string;
  answer: string;
}

/**
 * A collection of the caller's things (API tokens, invites): list them, create one (whose answer
 * holds a secret shown once), remove one by id. The three declarations have one shape; only
 * their names, schemas and prose differ, and those are what a caller gives.
 */
export function collectionEndpoints<
  L extends z.ZodType,
  B extends z.ZodType,
  C extends z.ZodType,
  P extends z.ZodObject,
>(
  names: { list: CollectionName; item: ItemName },
  spec: {
    list: Said & { schema: L };
    create: Said & { body: B; schema: C; maxBodyBytes: number };
    remove: Said & { params: P };
  },
) {
  const { list, create, remove } = spec;
  return {
    list: endpoint(names.list, 'GET', {
      summary: list.summary,
      responses: { 200: jsonAnswer(list.answer, list.schema) },
    }),
    create: endpoint(names.list, 'POST', {
      summary: create.summary,
      maxBodyBytes: create.maxBodyBytes,
      request: jsonBody(create.body),
      responses: { 201: jsonAnswer(create.answer, create.schema) },
    }),
    remove: endpoint(names.item, 'DELETE', {
      summary: remove.summary,
      request: { params: remove.params },
      responses: { 204: { description: remove.answer } },
      errors: ['not_found'],
    }),
  };
}

/**
 * Registers a route whose query its handler reads with the shared filter parser (the pages'
 * own, which joins repeated parameters and reports every problem at once): the document shows
 * the query parameters, and no validator stands in front of that parser.
 */
export function openapiParsingQuery(
  app: OpenAPIHono<ApiEnv>,
  route: ReturnType<typeof createRoute>,
  handler: Handler<ApiEnv>,
): void {
  const { middleware: _runsOnTheRoute, ...documented } = route;
  const { query: _documentedOnly, ...request } = route.request ?? {};
  app.openAPIRegistry.registerPath(documented);
  app.openapi({ ...route, request, hide: true }, handler as never);
}
