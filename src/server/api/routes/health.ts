import type { OpenAPIHono } from '@hono/zod-openapi';
import { healthResponseSchema } from '@shared/contract';
import { jsonAnswer } from '../docs';
import { endpoint } from '../endpoint';
import type { ApiDeps, ApiEnv } from '../env';

const route = endpoint('health', 'GET', {
  summary: 'Is the API up, which store does it use, and what time does it think it is',
  responses: { 200: jsonAnswer('Up', healthResponseSchema) },
});

export function registerHealth(app: OpenAPIHono<ApiEnv>, { store, now }: ApiDeps): void {
  app.openapi(route, (c) =>
    c.json({ status: 'ok' as const, store: store.kind, now: new Date(now()).toISOString() }, 200),
  );
}
