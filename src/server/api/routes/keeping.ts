// Keeping the record: the trash (delete, list, restore) and reverting a pledge to an earlier
// version. Each is a new version of the pledge with its history event, checked against If-Match.
import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  etagFor,
  partyRefOf,
  pledgeSchema,
  revertSchema,
  trashResponseSchema,
  type HistoryKind,
  type PledgeRecord,
} from '@shared/contract';
import { checkPledgeRules, diffPledges, recordAtVersion, slipOf, TRACKED_FIELDS } from '@shared/domain';
import { etagHeader, ifMatchHeadersSchema, jsonAnswer, jsonBody, pledgeParamsSchema } from '../docs';
import { endpoint } from '../endpoint';
import type { ApiDeps, ApiEnv } from '../env';
import { invalidInput, notFound } from '../errors';
import { pledgeView } from '../pledgeView';
import { gone, stale } from './pledges';

const deleteRoute = endpoint('pledge', 'DELETE', {
  summary: 'Put a pledge in the trash',
  description:
    'A soft delete: the pledge leaves every list, count, feed and as-of view, and GET answers 410 until it is restored. ' +
    'Its record and history are kept; the deletion is a new version with a "deleted" event. Requires If-Match.',
  request: { params: pledgeParamsSchema, headers: ifMatchHeadersSchema },
  responses: {
    200: {
      description: 'The pledge as it is now, in the trash; its ETag restores it',
      headers: etagHeader,
      content: { 'application/json': { schema: pledgeSchema } },
    },
  },
  errors: ['invalid_input', 'not_found', 'gone'],
});

const restoreRoute = endpoint('restore', 'POST', {
  summary: 'Take a pledge out of the trash',
  description: 'A new version with a "restored" event. Requires If-Match; a pledge not in the trash is a 400.',
  request: { params: pledgeParamsSchema, headers: ifMatchHeadersSchema },
  responses: {
    200: {
      description: 'The pledge, back in the lists',
      headers: etagHeader,
      content: { 'application/json': { schema: pledgeSchema } },
    },
  },
  errors: ['invalid_input', 'not_found'],
});

const revertRoute = endpoint('revert', 'POST', {
  summary: 'Set a pledge back to an earlier version',
  description:
    'Every field a person edits is set back to what it was at `toVersion`, rebuilt from history, as a new version with a "reverted" event ' +
    'naming that version (nothing is undone from the history itself). Moving the deadline later this way counts as a slip; the original ' +
    'deadline only changes on a revert to version 1. A party named then that has since been merged away is a 400. Requires If-Match.',
  request: { params: pledgeParamsSchema, headers: ifMatchHeadersSchema, ...jsonBody(revertSchema) },
  responses: {
    200: {
      description: 'The pledge after the revert',
      headers: etagHeader,
      content: { 'application/json': { schema: pledgeSchema } },
    },
  },
  errors: ['not_found', 'gone'],
});

const trashRoute = endpoint('trash', 'GET', {
  summary: 'The pledges in the trash, most recently deleted first',
  responses: { 200: jsonAnswer('The trash', trashResponseSchema) },
});

export function registerKeeping(app: OpenAPIHono<ApiEnv>, deps: ApiDeps): void {
  const { store, now } = deps;

  /** The pledge, checked: it exists, and If-Match names its current version. */
  async function current(id: string, expectedVersion: number): Promise<PledgeRecord> {
    const record = await store.get(id);
    if (!record) throw notFound('No pledge has this id.');
    if (record.version !== expectedVersion) throw stale(record);
    return record;
  }

  /** Stores `next` as a new version with an event of `kind`, and answers it. */
  async function write(
    before: PledgeRecord,
    next: PledgeRecord,
    kind: HistoryKind,
    actor: string,
    nowMs: number,
    extra: { revertedTo?: number } = {},
  ) {
    const at = new Date(nowMs).toISOString();
    const stored: PledgeRecord = { ...next, version: before.version + 1, updatedAt: at };
    const changes = diffPledges(before, stored);
    const result = await store.update(before.id, before.version, stored, {
      pledgeId: before.id,
      at,
      actor,
      kind,
      version: stored.version,
      changes,
      ...extra,
    });
    if (result.status === 'not_found') throw notFound('No pledge has this id.');
    if (result.status === 'conflict') throw stale(result.current);
    return stored;
  }

  app.openapi(deleteRoute, async (c) => {
    const record = await current(c.req.valid('param').id, c.get('expectedVersion'));
    if (record.deletedAt) throw await gone(store, record.id, record.deletedAt);
    const nowMs = now();
    const next = await write(
      record,
      { ...record, deletedAt: new Date(nowMs).toISOString() },
      'deleted',
      c.get('actor'),
      nowMs,
    );
    c.header('ETag', etagFor(next.version));
    return c.json(pledgeView(next, nowMs), 200);
  });

  app.openapi(restoreRoute, async (c) => {
    const record = await current(c.req.valid('param').id, c.get('expectedVersion'));
    if (!record.deletedAt)
      throw invalidInput('This pledge is not in the trash.', [
        { path: '', message: 'Only a pledge in the trash can be restored' },
      ]);
    const nowMs = now();
    const next = await write(record, { ...record, deletedAt: null }, 'restored', c.get('actor'), nowMs);
    c.header('ETag', etagFor(next.version));
    return c.json(pledgeView(next, nowMs), 200);
  });

  app.openapi(revertRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { toVersion } = c.req.valid('json');
    const record = await current(id, c.get('expectedVersion'));
    if (record.deletedAt) throw await gone(store, record.id, record.deletedAt);
    if (toVersion >= record.version) {
      throw invalidInput('Pick an earlier version.', [
        {
          path: 'toVersion',
          message:
            record.version === 1 ? 'This pledge has only one version' : `A version from 1 to ${record.version - 1}`,
        },
      ]);
    }
    const then = recordAtVersion(record, await store.history(id), toVersion);
    if (!then)
      throw invalidInput('Pick an earlier version.', [
        { path: 'toVersion', message: `A version from 1 to ${record.version - 1}` },
      ]);
    // The parties it named then, under the names they have now (in every language); one merged away since cannot come back.
    const named = [...then.pledgers, ...then.beneficiaries, ...then.guarantors].map((p) => p.id);
    const parties = new Map((await store.getParties(named)).map((p) => [p.id, p]));
    const missing = [...new Set(named.filter((p) => !parties.has(p)))];
    if (missing.length) {
      throw invalidInput('This version names parties that no longer exist.', [
        {
          path: 'toVersion',
          message: `Version ${toVersion} names ${missing.map((m) => `"${m}"`).join(', ')}, since merged into another party or removed`,
        },
      ]);
    }
    const refs = (list: PledgeRecord['pledgers']) => list.map((p) => partyRefOf(parties.get(p.id)!));
    const restored = Object.fromEntries(TRACKED_FIELDS.map((f) => [f, then[f]])) as Pick<
      PledgeRecord,
      (typeof TRACKED_FIELDS)[number]
    >;
    const next: PledgeRecord = {
      ...record,
      ...restored,
      pledgers: refs(then.pledgers),
      beneficiaries: refs(then.beneficiaries),
      guarantors: refs(then.guarantors),
      deadlineSlips: record.deadlineSlips + slipOf(record.deadline, then.deadline),
      originalDeadline: toVersion === 1 ? then.deadline : record.originalDeadline,
    };
    const nowMs = now();
    const issues = checkPledgeRules(next, nowMs);
    if (issues.length) throw invalidInput('That version would not be consistent today.', issues);
    if (!diffPledges(record, next).length) {
      c.header('ETag', etagFor(record.version));
      return c.json(pledgeView(record, nowMs), 200);
    }
    const stored = await write(record, next, 'reverted', c.get('actor'), nowMs, { revertedTo: toVersion });
    c.header('ETag', etagFor(stored.version));
    return c.json(pledgeView(stored, nowMs), 200);
  });

  app.openapi(trashRoute, async (c) => {
    const nowMs = now();
    return c.json({ items: (await store.listTrash()).map((r) => pledgeView(r, nowMs)) }, 200);
  });
}
