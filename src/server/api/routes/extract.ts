// POST /api/extract: the candidate pledges of an article, found by the same pure extractor the
// intake page runs in the browser, matched against the parties this store knows.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { extractRequestSchema, extractResponseSchema, MAX_EXTRACT_BODY_BYTES, type Party } from '@shared/contract';
import { extractPledges } from '@shared/extract';
import type { KnownParty } from '@shared/extract/types';
import { jsonAnswer, jsonBody } from '../docs';
import { endpoint } from '../endpoint';
import type { ApiDeps, ApiEnv } from '../env';

const route = endpoint('extract', 'POST', {
  summary: 'Find the pledges in an article: sentences, parties, deadline windows, amounts',
  description:
    'Nothing is stored. Relative deadlines are counted from publishedOn in timeZone (publishedAt, when given, for "within 48 hours"); ' +
    'each deadline carries the rule that produced it. Parties are matched by name and alias to the known parties, or proposed as new ones (known: false). ' +
    `The body may be up to ${MAX_EXTRACT_BODY_BYTES / 1024} KB.`,
  maxBodyBytes: MAX_EXTRACT_BODY_BYTES,
  request: jsonBody(extractRequestSchema),
  responses: { 200: jsonAnswer('The candidates, in the order they appear', extractResponseSchema) },
});

export function knownParty(party: Party): KnownParty {
  return {
    id: party.id,
    name: party.name,
    kind: party.kind,
    aliases: party.aliases,
    ...(party.represents ? { represents: party.represents } : {}),
  };
}

export function registerExtract(app: OpenAPIHono<ApiEnv>, { store }: ApiDeps): void {
  app.openapi(route, async (c) => {
    const parties = (await store.listParties()).map(knownParty);
    return c.json(extractPledges(c.req.valid('json'), parties), 200);
  });
}
