import type { OpenAPIHono } from '@hono/zod-openapi';
import { historyResponseSchema } from '@shared/contract';
import { jsonAnswer, pledgeParamsSchema } from '../docs';
import { endpoint } from '../endpoint';
import type { ApiDeps, ApiEnv } from '../env';
import { notFound } from '../errors';

const route = endpoint('history', 'GET', {
  summary: 'Every change to a pledge, oldest first',
  description:
    'Events in the order they happened, starting with "created"; each update lists its changed fields with old and new values.',
  request: { params: pledgeParamsSchema },
  responses: { 200: jsonAnswer('The history, oldest event first', historyResponseSchema) },
  errors: ['not_found'],
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
