import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { API_PATHS, partiesResponseSchema } from '../../../shared/contract';
import { errorResponses } from '../docs';
import type { ApiDeps, ApiEnv } from '../env';

const route = createRoute({
  method: 'get',
  path: API_PATHS.parties,
  summary: 'Every party (state, group, person, organisation), by name',
  responses: {
    200: { description: 'The parties', content: { 'application/json': { schema: partiesResponseSchema } } },
    ...errorResponses(),
  },
});

export function registerParties(app: OpenAPIHono<ApiEnv>, { store }: ApiDeps): void {
  app.openapi(route, async (c) => c.json({ items: await store.listParties() }, 200));
}
