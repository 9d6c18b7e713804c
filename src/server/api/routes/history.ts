import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { historyResponseSchema } from '@shared/contract';
import { errorResponses, pledgeParamsSchema } from '../docs';
import type { ApiDeps, ApiEnv } from '../env';
import { notFound } from '../errors';

const route = createRoute({
  method: 'get',
  path: '/api/pledges/{id}/history',
  summary: 'Every change to a pledge, oldest first',
  description:
    'Events in the order they happened, starting with "created"; each update lists its changed fields with old and new values.',
  request: { params: pledgeParamsSchema },
  responses: {
    200: {
      description: 'The history, oldest event first',
      content: { 'application/json': { schema: historyResponseSchema } },
    },
    ...errorResponses('not_found'),
  },
});

export function registerHistory(app: OpenAPIHono<ApiEnv>, { store }: ApiDeps): void {
  app.openapi(route, async (c) => {
    const { id } = c.req.valid('param');
    const items = await store.history(id);
    // Every pledge has at least its "created" event; none means no such pledge.
    if (!items.length && !(await store.get(id))) throw notFound('No pledge has this id.');
    return c.json({ items }, 200);
  });
}
