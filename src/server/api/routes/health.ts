import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { API_PATHS, healthResponseSchema } from '@shared/contract';
import { errorResponses } from '../docs';
import type { ApiDeps, ApiEnv } from '../env';

const route = createRoute({
  method: 'get',
  path: API_PATHS.health,
  summary: 'Is the API up, which store does it use, and what time does it think it is',
  responses: {
    200: { description: 'Up', content: { 'application/json': { schema: healthResponseSchema } } },
    ...errorResponses(),
  },
});

export function registerHealth(app: OpenAPIHono<ApiEnv>, { store, now }: ApiDeps): void {
  app.openapi(route, (c) =>
    c.json({ status: 'ok' as const, store: store.kind, now: new Date(now()).toISOString() }, 200),
  );
}
