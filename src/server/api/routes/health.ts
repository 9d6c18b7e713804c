import type { OpenAPIHono } from '@hono/zod-openapi';
import { healthResponseSchema, readyResponseSchema } from '@shared/contract';
import { errorResponses, jsonAnswer } from '../docs';
import { endpoint } from '../endpoint';
import type { ApiDeps, ApiEnv } from '../env';
import { ApiError } from '../errors';

/** How long readiness waits for the database before it calls it unresponsive. */
export const READY_TIMEOUT_MS = 2_000;

const healthRoute = endpoint('health', 'GET', {
  summary: 'Is the API up, which store does it use, and what time does it think it is',
  description: 'A liveness check: it answers while the process runs, without touching the database.',
  responses: { 200: jsonAnswer('Up', healthResponseSchema) },
});

const readyRoute = endpoint('ready', 'GET', {
  summary: 'Can this instance take requests',
  description:
    'A readiness check for a load balancer: 200 when the instance is not shutting down and its database answers ' +
    `within ${READY_TIMEOUT_MS / 1000} s, 503 otherwise (take it out of rotation; it may come back).`,
  responses: { 200: jsonAnswer('Ready', readyResponseSchema), ...errorResponses('unavailable') },
});

export interface HealthDeps extends ApiDeps {
  /** True once the server stopped taking requests (SIGTERM): readiness fails so traffic drains. */
  isStopping?: () => boolean;
}

export function registerHealth(app: OpenAPIHono<ApiEnv>, { store, now, isStopping }: HealthDeps): void {
  app.openapi(healthRoute, (c) =>
    c.json({ status: 'ok' as const, store: store.kind, now: new Date(now()).toISOString() }, 200),
  );
  app.openapi(readyRoute, async (c) => {
    if (isStopping?.()) throw new ApiError('unavailable', 'This instance is shutting down.');
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${READY_TIMEOUT_MS} ms`)), READY_TIMEOUT_MS);
    });
    try {
      await Promise.race([store.isEmpty(), timedOut]);
    } catch (error) {
      throw new ApiError('unavailable', `The database does not answer: ${(error as Error).message}`);
    } finally {
      clearTimeout(timer);
    }
    return c.json({ status: 'ready' as const, store: store.kind }, 200);
  });
}
