// The parties: list them (with the other names they go by), add one (the intake page creates
// the new parties an article names before it creates their pledges), their record, rename one,
// and merge a duplicate into another.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  keptNames,
  newPartySchema,
  partyRefOf,
  partiesResponseSchema,
  partyAliasesSchema,
  partyMergeSchema,
  partyMergeResultSchema,
  partyPatchSchema,
  partySchema,
  partyStatsResponseSchema,
  slugFromName,
  slugSchema,
  type ErrorIssue,
  type Party,
  type PartyRef,
  type PledgeRecord,
} from '@shared/contract';
import { diffPledges, EMPTY_PARTY_RECORD, partyRecords, partyTotals } from '@shared/domain';
import type { MergeRewrite } from '@server/store/types';
import { jsonAnswer, jsonBody, writeHeadersSchema } from '../docs';
import { endpoint } from '../endpoint';
import type { ApiDeps, ApiEnv } from '../env';
import { inLatinLetters, translationIssues } from '../changes';
import { invalidInput, notFound } from '../errors';

const partyParamsSchema = z.object({ id: slugSchema });

const statsRoute = endpoint('partyStats', 'GET', {
  summary: 'Every party with its record',
  description:
    'Over the pledges not in the trash: how many each party made (as pledger), received (as beneficiary) and guarantees; of those it ' +
    'made, how many were kept (fulfilled or partially fulfilled), broken, met on time and late; and what it pledged and delivered, ' +
    'per currency (amounts in different currencies are never added together).',
  responses: { 200: jsonAnswer('The parties, by name, each with its record', partyStatsResponseSchema) },
});

const renameRoute = endpoint('party', 'PATCH', {
  summary: 'Rename a party, or change its kind or aliases',
  description:
    'Only the fields sent change. Every pledge naming the party shows the new name at once (a reference’s name is a copy for display).',
  request: { params: partyParamsSchema, headers: writeHeadersSchema, ...jsonBody(partyPatchSchema) },
  responses: { 200: jsonAnswer('The party after the change', partySchema) },
  errors: ['not_found'],
});

const mergeRoute = endpoint('partyMerge', 'POST', {
  summary: 'Merge a duplicate party into another',
  description:
    'In one transaction: every pledge naming this party (the trash included) names `into` instead, as a new version with a "merged" event ' +
    '(a pledge naming both keeps `into` in its first role); parties representing this one represent `into`; this party’s name and aliases ' +
    'become aliases of `into`; this party is deleted.',
  request: { params: partyParamsSchema, headers: writeHeadersSchema, ...jsonBody(partyMergeSchema) },
  responses: {
    200: {
      description: 'The party merged into, and the pledges changed',
      content: {
        'application/json': {
          schema: partyMergeResultSchema,
        },
      },
    },
  },
  errors: ['not_found'],
});

/** What merging `from` into `into` makes of a pledge: `into` where `from` was, once, in its first role. */
export function mergeRewrite(from: string, into: PartyRef, actor: string, at: string): MergeRewrite {
  return (record) => {
    const seen = new Set<string>();
    const move = (refs: PledgeRecord['pledgers']) =>
      refs
        .map((p) => (p.id === from ? into : p))
        .filter((p) => {
          if (seen.has(p.id)) return false;
          seen.add(p.id);
          return true;
        });
    const pledgers = move(record.pledgers);
    const beneficiaries = move(record.beneficiaries);
    const guarantors = move(record.guarantors);
    const next: PledgeRecord = {
      ...record,
      pledgers,
      beneficiaries,
      guarantors,
      version: record.version + 1,
      updatedAt: at,
    };
    return {
      next,
      event: {
        pledgeId: record.id,
        at,
        actor,
        kind: 'merged',
        version: next.version,
        changes: diffPledges(record, next),
        merged: { from, into: into.id },
      },
    };
  };
}

const listRoute = endpoint('parties', 'GET', {
  summary: 'Every party (state, group, person, organisation), by name, with its aliases',
  responses: { 200: jsonAnswer('The parties', partiesResponseSchema) },
});

const createPartyRoute = endpoint('parties', 'POST', {
  summary: 'Add a party',
  description:
    'The id is made from the name (lowercase, dashes) unless one is given. An id that is taken is refused with 400 and an issue on `id` ' +
    '(or on `name` when the id was made from it). `represents` must name an existing party.',
  request: { headers: writeHeadersSchema, ...jsonBody(newPartySchema) },
  responses: { 201: jsonAnswer('Created', partySchema) },
});

export function registerParties(app: OpenAPIHono<ApiEnv>, { store, now }: ApiDeps): void {
  app.openapi(listRoute, async (c) => c.json({ items: await store.listParties() }, 200));

  app.openapi(statsRoute, async (c) => {
    const [parties, rows, amounts] = await Promise.all([
      store.listParties(),
      store.partyCounts(),
      store.partyAmounts(),
    ]);
    const records = partyRecords(rows);
    const totals = partyTotals(amounts);
    return c.json(
      {
        items: parties.map((p) => ({
          ...p,
          record: records.get(p.id) ?? { ...EMPTY_PARTY_RECORD },
          amounts: totals.get(p.id) ?? [],
        })),
      },
      200,
    );
  });

  app.openapi(renameRoute, async (c) => {
    const { id } = c.req.valid('param');
    const patch = c.req.valid('json');
    const [party] = await store.getParties([id]);
    if (!party) throw notFound('No party has this id.');
    const next = keptNames({ ...party, ...patch });
    const issues: ErrorIssue[] = [];
    translationIssues('name', 'nameTranslations', next.nameLanguage ?? 'en', next.nameTranslations ?? {}, issues);
    if (issues.length) throw invalidInput('The party cannot be changed.', issues);
    const updated = await store.updateParty(next);
    if (!updated) throw notFound('No party has this id.');
    return c.json(updated, 200);
  });

  app.openapi(mergeRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { into: intoId } = c.req.valid('json');
    const found = new Map((await store.getParties([id, intoId])).map((p) => [p.id, p]));
    const from = found.get(id);
    if (!from) throw notFound('No party has this id.');
    if (intoId === id)
      throw invalidInput('A party cannot be merged into itself.', [{ path: 'into', message: 'Name another party' }]);
    const into = found.get(intoId);
    if (!into)
      throw invalidInput('The party to merge into does not exist.', [
        { path: 'into', message: `No party has the id "${intoId}"` },
      ]);
    // The merged party's names become the target's aliases, each once (any case), never its own name.
    const names = new Set([into.name, ...Object.values(into.nameTranslations ?? {})].map((n) => n.toLowerCase()));
    const fromNames = [from.name, ...Object.values(from.nameTranslations ?? {})];
    const aliases = [...into.aliases, ...fromNames, ...from.aliases].filter((a) => {
      const key = a.toLowerCase();
      if (names.has(key)) return false;
      names.add(key);
      return true;
    });
    const checked = partyAliasesSchema.safeParse(aliases);
    if (!checked.success)
      throw invalidInput('The merged party would have too many aliases.', [
        { path: 'into', message: 'Together they have more than 30 other names; remove some aliases first' },
      ]);
    const { represents, ...rest } = into;
    const target: Party = { ...rest, aliases, ...(represents && represents !== id ? { represents } : {}) };
    const at = new Date(now()).toISOString();
    const pledges = await store.mergeParty(id, target, mergeRewrite(id, partyRefOf(into), c.get('actor'), at));
    if (!pledges) throw notFound('No party has this id.');
    return c.json({ party: target, pledges }, 200);
  });

  app.openapi(createPartyRoute, async (c) => {
    const input = c.req.valid('json');
    // An id is made of the English name where there is one, else of the name in Latin letters.
    const english = input.nameLanguage === 'uk' ? input.nameTranslations?.en : input.name;
    const id = input.id ?? (slugFromName(english ?? '') || slugFromName(inLatinLetters(input.name)));
    const idPath = input.id === undefined ? 'name' : 'id';
    if (!id)
      throw invalidInput('The party needs an id.', [
        {
          path: 'id',
          message: 'The name has no letters an id can be made of; give an id (lowercase letters, digits, dashes)',
        },
      ]);
    const issues: ErrorIssue[] = [];
    const names = keptNames({
      id,
      name: input.name,
      nameLanguage: input.nameLanguage,
      nameTranslations: input.nameTranslations,
    });
    translationIssues('name', 'nameTranslations', names.nameLanguage ?? 'en', names.nameTranslations ?? {}, issues);
    if (input.represents !== undefined) {
      if (input.represents === id) issues.push({ path: 'represents', message: 'A party cannot represent itself' });
      else if (!(await store.getParties([input.represents])).length)
        issues.push({ path: 'represents', message: `No party has the id "${input.represents}"` });
    }
    if (issues.length) throw invalidInput('The party cannot be added.', issues);
    const party: Party = {
      ...names,
      kind: input.kind,
      aliases: input.aliases,
      ...(input.represents ? { represents: input.represents } : {}),
    };
    const result = await store.createParty(party);
    if (result.status === 'exists') {
      throw invalidInput('A party with this id exists already.', [
        { path: idPath, message: `The id "${id}" is taken; use that party, or give another id` },
      ]);
    }
    return c.json(party, 201);
  });
}
