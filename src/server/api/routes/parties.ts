// The parties: list them (with the other names they go by), and add one (the intake page creates
// the new parties an article names before it creates their pledges).
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { API_PATHS, newPartySchema, partiesResponseSchema, partySchema, slugFromName, type ErrorIssue, type Party } from '../../../shared/contract';
import { errorResponses, writeHeadersSchema } from '../docs';
import type { ApiDeps, ApiEnv } from '../env';
import { invalidInput } from '../errors';
import { limitBody, readActor, requireJson } from '../requestChecks';

const listRoute = createRoute({
  method: 'get',
  path: API_PATHS.parties,
  summary: 'Every party (state, group, person, organisation), by name, with its aliases',
  responses: {
    200: { description: 'The parties', content: { 'application/json': { schema: partiesResponseSchema } } },
    ...errorResponses(),
  },
});

const createPartyRoute = createRoute({
  method: 'post',
  path: API_PATHS.parties,
  summary: 'Add a party',
  description:
    'The id is made from the name (lowercase, dashes) unless one is given. An id that is taken is refused with 400 and an issue on `id` ' +
    '(or on `name` when the id was made from it). `represents` must name an existing party.',
  middleware: [limitBody, requireJson, readActor] as const,
  request: {
    headers: writeHeadersSchema,
    body: { required: true, content: { 'application/json': { schema: newPartySchema } } },
  },
  responses: {
    201: { description: 'Created', content: { 'application/json': { schema: partySchema } } },
    ...errorResponses('invalid_input', 'payload_too_large', 'unsupported_media_type'),
  },
});

export function registerParties(app: OpenAPIHono<ApiEnv>, { store }: ApiDeps): void {
  app.openapi(listRoute, async (c) => c.json({ items: await store.listParties() }, 200));

  app.openapi(createPartyRoute, async (c) => {
    const input = c.req.valid('json');
    const id = input.id ?? slugFromName(input.name);
    const idPath = input.id === undefined ? 'name' : 'id';
    if (!id) throw invalidInput('The party needs an id.', [{ path: 'id', message: 'The name has no letters an id can be made of; give an id (lowercase letters, digits, dashes)' }]);
    const issues: ErrorIssue[] = [];
    if (input.represents !== undefined) {
      if (input.represents === id) issues.push({ path: 'represents', message: 'A party cannot represent itself' });
      else if (!(await store.getParties([input.represents])).length) issues.push({ path: 'represents', message: `No party has the id "${input.represents}"` });
    }
    if (issues.length) throw invalidInput('The party cannot be added.', issues);
    const party: Party = { id, name: input.name, kind: input.kind, aliases: input.aliases, ...(input.represents ? { represents: input.represents } : {}) };
    const result = await store.createParty(party);
    if (result.status === 'exists') {
      throw invalidInput('A party with this id exists already.', [{ path: idPath, message: `The id "${id}" is taken; use that party, or give another id` }]);
    }
    return c.json(party, 201);
  });
}
