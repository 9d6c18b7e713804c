// The pledge resource: list (filtered, sorted, paged), read, create, and change.
import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  API_PATHS,
  dataFilters,
  DEFAULT_LIMIT,
  DEFAULT_SORT,
  etagFor,
  listQueryParamsSchema,
  newPledgeSchema,
  parseListQuery,
  pledgePageSchema,
  pledgePatchSchema,
  pledgeSchema,
  type ErrorIssue,
  type Party,
  type PledgeRecord,
} from '@shared/contract';
import { checkPledgeRules, diffPledges } from '@shared/domain';
import { PARTY_ROLES, type PartyRole } from '@server/store/derived';
import type { PledgeStore } from '@server/store/types';
import { applyPatch, newPledgeId, newPledgeRecord, ROLE_FIELDS, type NewPledgeInput } from '../changes';
import { decodeCursor, encodeCursor, viewFingerprint } from '../cursor';
import {
  etagHeader,
  ifMatchHeadersSchema,
  jsonAnswer,
  jsonBody,
  pledgeParamsSchema,
  writeHeadersSchema,
} from '../docs';
import { endpoint, openapiParsingQuery } from '../endpoint';
import type { ApiDeps, ApiEnv } from '../env';
import { ApiError, invalidInput, notFound } from '../errors';
import { pageJson, pledgeView } from '../pledgeView';

const listRoute = endpoint('pledges', 'GET', {
  summary: 'A page of pledges matching the filters, in the chosen order',
  description:
    'Filters combine with AND; the values of one filter with OR. Each item carries its deadlineState as of the request. ' +
    'Follow nextCursor for the next page (null on the last); a cursor only works with the filters and sort it came from. ' +
    'Any unknown or invalid parameter is refused with 400, one issue per parameter.',
  request: { query: listQueryParamsSchema },
  responses: { 200: jsonAnswer('A page', pledgePageSchema) },
  errors: ['invalid_input'],
});

const getRoute = endpoint('pledge', 'GET', {
  summary: 'One pledge',
  request: { params: pledgeParamsSchema },
  responses: {
    200: { description: 'The pledge', headers: etagHeader, content: { 'application/json': { schema: pledgeSchema } } },
  },
  errors: ['not_found', 'gone'],
});

const createPledgeRoute = endpoint('pledges', 'POST', {
  summary: 'Record a new pledge (verdict open)',
  request: { headers: writeHeadersSchema, ...jsonBody(newPledgeSchema) },
  responses: {
    201: {
      description: 'Created; Location names it',
      headers: etagHeader,
      content: { 'application/json': { schema: pledgeSchema } },
    },
  },
});

const patchRoute = endpoint('pledge', 'PATCH', {
  summary: 'Change a pledge; marking a verdict is a change of verdict, resolvedOn and evidence',
  description:
    'Requires If-Match with the ETag of the version the change was made against. Only the fields sent change; ' +
    '`evidence`, `sources` and `deliveries` replace the whole list (evidence whose url and note are unchanged keeps its addedAt; a delivery ' +
    'without id is new, one with an id must be one of the pledge’s). `amount.delivered` is the sum of the deliveries: leave it out, or send ' +
    'that sum. A deadline moved later counts one more slip (deadlineSlips). ' +
    'A change that changes nothing answers 200 with the pledge as it is, without a new version or history event.',
  request: { params: pledgeParamsSchema, headers: ifMatchHeadersSchema, ...jsonBody(pledgePatchSchema) },
  responses: {
    200: {
      description: 'The pledge after the change',
      headers: etagHeader,
      content: { 'application/json': { schema: pledgeSchema } },
    },
  },
  errors: ['not_found', 'gone'],
});

/** Every party named, known, and in one role only; else the issues, one per offending entry. */
async function resolveParties(
  input: Pick<NewPledgeInput, 'pledgers' | 'beneficiaries' | 'guarantors'>,
  { store }: ApiDeps,
): Promise<Map<string, Party>> {
  const named = PARTY_ROLES.flatMap((role) =>
    input[ROLE_FIELDS[role]].map((id, index) => ({ id, path: `${ROLE_FIELDS[role]}.${index}`, role })),
  );
  const parties = new Map((await store.getParties(named.map((n) => n.id))).map((p) => [p.id, p]));
  const issues: ErrorIssue[] = [];
  const roleOf = new Map<string, PartyRole>();
  for (const { id, path, role } of named) {
    if (!parties.has(id)) issues.push({ path, message: `No party has the id "${id}"` });
    else if (roleOf.has(id))
      issues.push({ path, message: `Already named as ${roleOf.get(id)}; a party takes one role in a pledge` });
    else roleOf.set(id, role);
  }
  if (issues.length) throw invalidInput('Some parties cannot be used.', issues);
  return parties;
}

function rulesOrThrow(
  { record, issues: buildIssues }: { record: PledgeRecord; issues: ErrorIssue[] },
  nowMs: number,
): PledgeRecord {
  const issues = [...buildIssues, ...checkPledgeRules(record, nowMs)];
  if (issues.length) throw invalidInput('The pledge would not be consistent.', issues);
  return record;
}

/** The party ids of a record, by role. */
export function partyIdsOf(record: PledgeRecord): Pick<NewPledgeInput, 'pledgers' | 'beneficiaries' | 'guarantors'> {
  return {
    pledgers: record.pledgers.map((p) => p.id),
    beneficiaries: record.beneficiaries.map((p) => p.id),
    guarantors: record.guarantors.map((p) => p.id),
  };
}

export function registerPledges(app: OpenAPIHono<ApiEnv>, deps: ApiDeps): void {
  const { store, now } = deps;

  openapiParsingQuery(app, listRoute, async (c) => {
    const nowMs = now();
    const { query, problems } = parseListQuery(new URL(c.req.url).searchParams, nowMs);
    if (problems.length) {
      throw invalidInput(
        'Some query parameters are not valid.',
        problems.map((p) => ({ path: p.param, message: p.message })),
      );
    }
    // The presentation (view, zoom) is the page's business: the same pledges either way.
    const { limit = DEFAULT_LIMIT, cursor, sort = DEFAULT_SORT, ...filters } = dataFilters(query);
    const fingerprint = viewFingerprint({ ...filters, sort });
    const offset = cursor === undefined ? 0 : decodeCursor(cursor, fingerprint);
    if (offset === null) {
      throw invalidInput('This cursor belongs to another view.', [
        { path: 'cursor', message: 'Use the nextCursor of a page with the same filters and sort' },
      ]);
    }
    const { items, total } = await store.list({ ...filters, sort, offset, limit }, nowMs);
    const next = offset + items.length;
    const nextCursor = items.length && next < total ? encodeCursor(next, fingerprint) : null;
    return c.body(pageJson(items, nextCursor, total, nowMs), 200, {
      'Content-Type': 'application/json; charset=UTF-8',
    });
  });

  app.openapi(getRoute, async (c) => {
    const record = await store.get(c.req.valid('param').id);
    if (!record) throw notFound('No pledge has this id.');
    if (record.deletedAt) throw await gone(store, record.id, record.deletedAt);
    c.header('ETag', etagFor(record.version));
    return c.json(pledgeView(record, now()), 200);
  });

  app.openapi(createPledgeRoute, async (c) => {
    const input = c.req.valid('json');
    const parties = await resolveParties(input, deps);
    const nowMs = now();
    const at = new Date(nowMs).toISOString();
    let record = rulesOrThrow(newPledgeRecord(input, newPledgeId(input.title), parties, at), nowMs);
    // Ids carry a random suffix; on the rare collision, draw another.
    for (let attempt = 0; ; attempt++) {
      const result = await store.create(record, {
        pledgeId: record.id,
        at,
        actor: c.get('actor'),
        kind: 'created',
        version: 1,
        changes: [],
      });
      if (result.status === 'ok') break;
      if (attempt >= 4) throw new Error(`Could not find a free pledge id for "${input.title}"`);
      record = { ...record, id: newPledgeId(input.title) };
    }
    c.header('Location', API_PATHS.pledge(record.id));
    c.header('ETag', etagFor(record.version));
    return c.json(pledgeView(record, nowMs), 201);
  });

  app.openapi(patchRoute, async (c) => {
    const { id } = c.req.valid('param');
    const patch = c.req.valid('json');
    const expectedVersion = c.get('expectedVersion');
    const current = await store.get(id);
    if (!current) throw notFound('No pledge has this id.');
    if (current.deletedAt) throw await gone(store, current.id, current.deletedAt);
    if (current.version !== expectedVersion) throw stale(current);
    const nowMs = now();
    const at = new Date(nowMs).toISOString();
    const parties = await resolveParties({ ...partyIdsOf(current), ...definedRoles(patch) }, deps);
    const merged = rulesOrThrow(applyPatch(current, patch, parties, at), nowMs);
    const changes = diffPledges(current, merged);
    if (!changes.length) {
      c.header('ETag', etagFor(current.version));
      return c.json(pledgeView(current, nowMs), 200);
    }
    const next: PledgeRecord = { ...merged, version: current.version + 1, updatedAt: at };
    const result = await store.update(id, expectedVersion, next, {
      pledgeId: id,
      at,
      actor: c.get('actor'),
      kind: 'updated',
      version: next.version,
      changes,
    });
    if (result.status === 'not_found') throw notFound('No pledge has this id.');
    if (result.status === 'conflict') throw stale(result.current);
    c.header('ETag', etagFor(next.version));
    return c.json(pledgeView(next, nowMs), 200);
  });
}

/** The role lists a patch sends. */
function definedRoles(patch: { pledgers?: string[]; beneficiaries?: string[]; guarantors?: string[] }) {
  return Object.fromEntries(
    (['pledgers', 'beneficiaries', 'guarantors'] as const).flatMap((f) => (patch[f] ? [[f, patch[f]]] : [])),
  ) as Partial<Pick<NewPledgeInput, 'pledgers' | 'beneficiaries' | 'guarantors'>>;
}

/**
 * A pledge in the trash answers 410 until it is restored, saying who moved it there and when
 * (from its last "deleted" event), so a refused change can tell its author why.
 */
export async function gone(store: PledgeStore, id: string, at: string): Promise<ApiError> {
  const moved = (await store.history(id)).findLast((e) => e.kind === 'deleted');
  const by = moved?.actor ?? null;
  return new ApiError(
    'gone',
    `This pledge is in the trash (moved there${by ? ` by ${by}` : ''} at ${at}). ` +
      'Restore it (POST …/restore) to read or change it; its history is kept.',
    undefined,
    undefined,
    { trashed: { by, at } },
  );
}

export function stale(current: PledgeRecord): ApiError {
  return new ApiError(
    'precondition_failed',
    `Someone changed this pledge since you loaded it (it is now at version ${current.version}). Reload it and make your change again.`,
    undefined,
    { ETag: etagFor(current.version) },
  );
}
