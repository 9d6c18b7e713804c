// GET /api/session: who is asking and what this instance allows. Here in the shared API (not
// with the sign-in routes, which only the Node server has) so the demo answers it too.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { sessionInfoSchema } from '@shared/contract';
import { sessionInfoOf, type Access } from '../access';
import { jsonAnswer } from '../docs';
import { endpoint } from '../endpoint';
import type { ApiEnv } from '../env';

const route = endpoint('session', 'GET', {
  summary: 'Who is signed in (or null), whether the instance is public, and whether it has accounts at all',
  responses: { 200: jsonAnswer('The caller', sessionInfoSchema) },
  errors: ['unauthenticated'],
});

export function registerSession(app: OpenAPIHono<ApiEnv>, { access }: { access: Access }): void {
  app.openapi(route, async (c) => c.json(await sessionInfoOf(c.get('principal'), access), 200));
}
