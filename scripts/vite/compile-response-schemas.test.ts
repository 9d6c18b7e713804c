// The browser build checks answers with shapes compiled from the contract's zod schemas. They
// must agree with zod: on the answers the API really gives, and on those answers broken in every
// way a drifting server could break them. The one difference allowed is the documented one: a
// rule written as a function (zod's refine) is not in the shape.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createMockBackend } from '@mocks/backend';
import * as responseSchemas from '@client/lib/response-schemas';
import { shapeSchema, type Shape } from '@client/lib/response-shape';
import { compileShapes, responseSchemaModules, type CompiledShapes } from './compile-response-schemas';

type SchemaName = keyof typeof responseSchemas;
const zodSchema = (name: SchemaName) => responseSchemas[name] as unknown as z.ZodType;

/** Real answers from the API (the in-memory store, seeded as the demo), by the schema that reads them. */
async function answersOfTheApi(): Promise<[SchemaName, unknown][]> {
  const { app } = await createMockBackend({ now: Date.parse('2025-09-01T12:00:00Z') });
  const json = async (path: string, init?: RequestInit) => {
    const response = await app.request(path, {
      ...init,
      headers: { 'Content-Type': 'application/json', Origin: 'http://localhost', ...init?.headers },
    });
    const text = await response.text();
    return text ? (JSON.parse(text) as unknown) : undefined;
  };
  // Small pages: every place in every answer is changed in turn below.
  const page = (await json('/api/pledges?limit=3')) as {
    items: { id: string; version: number }[];
    nextCursor: string;
  };
  const [first, second] = page.items;
  const view = await json('/api/views', {
    method: 'POST',
    body: JSON.stringify({ name: 'Overdue', query: 'state=overdue' }),
  });
  const party = (await json('/api/parties', {
    method: 'POST',
    body: JSON.stringify({ name: 'Coalition of the willing', kind: 'group' }),
  })) as { id: string };
  const merged = await json(`/api/parties/${party.id}/merge`, {
    method: 'POST',
    body: JSON.stringify({ into: 'ukraine' }),
  });
  const trashed = await json(`/api/pledges/${second!.id}`, {
    method: 'DELETE',
    headers: { 'If-Match': `"${second!.version}"` },
  });
  return [
    ['pledgePageSchema', page],
    ['pledgePageSchema', await json(`/api/pledges?limit=3&cursor=${page.nextCursor}`)],
    ['pledgeSchema', await json(`/api/pledges/${first!.id}`)],
    ['pledgeSchema', trashed],
    ['historyResponseSchema', await json(`/api/pledges/${first!.id}/history`)],
    ['trashResponseSchema', await json('/api/trash')],
    ['partySchema', party],
    ['partyMergeResultSchema', merged],
    ['partiesResponseSchema', await json('/api/parties')],
    ['partyStatsResponseSchema', await json('/api/parties/stats')],
    ['savedViewSchema', view],
    ['viewsResponseSchema', await json('/api/views')],
    ['sessionInfoSchema', await json('/api/session')],
    ['errorBodySchema', await json('/api/pledges/no-such-pledge')],
    ['errorBodySchema', await json('/api/views', { method: 'POST', body: JSON.stringify({ name: '' }) })],
  ];
}

/** Answers of the account endpoints, which only the Node server has: as it writes them. */
const ACCOUNT_ANSWERS: [SchemaName, unknown][] = [
  [
    'sessionInfoSchema',
    {
      account: { id: 'u_abcdefgh12', name: 'Olena', email: 'olena@example.org', role: 'admin', needsPassword: false },
      visibility: 'private',
      accounts: true,
      via: 'session',
    },
  ],
  ['accountSchema', { id: 'u_abcdefgh12', name: 'Olena', email: null, role: 'admin', needsPassword: true }],
  ['pendingEmailSchema', { pending: { email: 'olena@example.org', expiresAt: '2025-08-19T12:00:00Z' } }],
  ['pendingEmailSchema', { pending: null }],
  ['confirmedEmailSchema', { email: 'olena@example.org' }],
  [
    'tokenListSchema',
    {
      items: [
        { id: 't1', name: 'nightly', scope: 'read', createdAt: '2025-08-18T20:00:00Z', lastUsedAt: null },
        {
          id: 't2',
          name: 'sync',
          scope: 'read-write',
          createdAt: '2025-08-18T20:00:00Z',
          lastUsedAt: '2025-08-19T08:00:00.5Z',
        },
      ],
    },
  ],
  [
    'createdTokenSchema',
    {
      id: 't3',
      name: 'cli',
      scope: 'read',
      createdAt: '2025-08-18T20:00:00Z',
      lastUsedAt: null,
      token: 'secret-value',
    },
  ],
  ['invitePreviewSchema', { role: 'editor', expiresAt: '2025-08-25T20:00:00Z', invitedBy: 'Olena' }],
  [
    'inviteListSchema',
    {
      items: [
        {
          id: 'i1',
          role: 'viewer',
          createdAt: '2025-08-18T20:00:00Z',
          expiresAt: '2025-08-25T20:00:00Z',
          createdBy: 'Olena',
        },
        {
          id: 'i2',
          role: 'editor',
          note: 'desk',
          createdAt: '2025-08-18T20:00:00Z',
          expiresAt: '2025-08-25T20:00:00Z',
          createdBy: 'Olena',
        },
      ],
    },
  ],
  [
    'createdInviteSchema',
    {
      id: 'i3',
      role: 'viewer',
      createdAt: '2025-08-18T20:00:00Z',
      expiresAt: '2025-08-25T20:00:00Z',
      createdBy: 'Olena',
      token: 'AbCdEfGhIjKlMnOp_-12',
    },
  ],
  [
    'userListSchema',
    {
      items: [
        {
          id: 'u_abcdefgh12',
          name: 'Olena',
          email: 'olena@example.org',
          role: 'admin',
          createdAt: '2025-08-18T20:00:00Z',
          lockedUntil: null,
          failedSignIns: 0,
        },
      ],
    },
  ],
  [
    'userSummarySchema',
    {
      id: 'u_zyxwvuts98',
      name: 'Taras',
      email: null,
      role: 'viewer',
      createdAt: '2025-08-18T20:00:00Z',
      lockedUntil: '2025-08-18T20:15:00Z',
      failedSignIns: 5,
    },
  ],
  ['settingsSchema', { visibility: 'public' }],
];

const DELETE = Symbol('delete');
type Path = (string | number)[];

/** Every place in a JSON value, the value itself included. */
function placesIn(value: unknown, path: Path = []): Path[] {
  const places: Path[] = [path];
  if (Array.isArray(value)) value.forEach((item, i) => places.push(...placesIn(item, [...path, i])));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) places.push(...placesIn(item, [...path, key]));
  return places;
}

/** A copy of `value` with the thing at `path` replaced, deleted, or (an object) given a key nobody knows. */
function changed(value: unknown, path: Path, change: unknown): unknown {
  const copy = structuredClone(value);
  if (path.length === 0) return change === DELETE ? undefined : change;
  let parent = copy as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (change === DELETE) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else if (change === 'unknown key') {
    const target = parent[last];
    if (target && typeof target === 'object' && !Array.isArray(target))
      (target as Record<string, unknown>).unknownKey = 1;
    else parent[last] = { unknownKey: 1 };
  } else {
    parent[last] = change;
  }
  return copy;
}

/** What a drifting server might send instead. No text with spaces or symbols: only zod's own functions judge those. */
const REPLACEMENTS: unknown[] = [
  DELETE,
  'unknown key',
  null,
  '',
  'x',
  'open',
  '2025-8-28',
  0,
  -1,
  1.5,
  1e16,
  true,
  [],
  {},
];

function expectAgreement(name: SchemaName, compiled: Shape, value: unknown) {
  const byZod = zodSchema(name).safeParse(value);
  const byShape = shapeSchema(compiled).safeParse(value);
  if (byZod.success) {
    expect(byShape, `${name} refuses what zod accepts: ${JSON.stringify(value)}`).toEqual({
      success: true,
      data: byZod.data,
    });
  } else if (byShape.success) {
    // Allowed only when every reason zod gives comes from a rule written as a function.
    const reasons = byZod.error.issues.filter((issue) => issue.code !== 'custom');
    expect(reasons, `${name} accepts what zod refuses: ${JSON.stringify(value)}`).toEqual([]);
  }
}

describe('the compiled response schemas', () => {
  let compiled: CompiledShapes;
  let answers: [SchemaName, unknown][];

  beforeAll(async () => {
    compiled = compileShapes({ ...responseSchemas });
    answers = [...(await answersOfTheApi()), ...ACCOUNT_ANSWERS];
  });

  it('have every export of response-schemas.ts, and answers of each to test with', () => {
    expect([...compiled.exports.keys()].sort()).toEqual(Object.keys(responseSchemas).sort());
    expect(new Set(answers.map(([name]) => name))).toEqual(new Set(Object.keys(responseSchemas)));
  });

  it('accept every answer the API gives, with what zod makes of it', () => {
    for (const [name, answer] of answers) {
      expect(zodSchema(name).safeParse(answer).success, `${name}: ${JSON.stringify(answer)}`).toBe(true);
      expectAgreement(name, compiled.exports.get(name)!, answer);
    }
  });

  it('agree with zod on answers changed anywhere: a field gone, of another type, or one nobody knows', () => {
    let cases = 0;
    for (const [name, answer] of answers)
      for (const place of placesIn(answer))
        for (const replacement of REPLACEMENTS) {
          expectAgreement(name, compiled.exports.get(name)!, changed(answer, place, replacement));
          cases++;
        }
    expect(cases).toBeGreaterThan(5_000);
  });

  it('fill in defaults and drop unknown keys, as zod does; a strict object refuses them', () => {
    const party = shapeSchema(compiled.exports.get('partySchema')!);
    expect(party.safeParse({ id: 'us', name: 'United States', kind: 'state', extra: 1 })).toEqual({
      success: true,
      data: { id: 'us', name: 'United States', kind: 'state', aliases: [] },
    });
    const settings = shapeSchema(compiled.exports.get('settingsSchema')!);
    expect(settings.safeParse({ visibility: 'public', extra: 1 }).success).toBe(false);
  });

  it('refuse, at build time, a schema the check cannot hold to zod', () => {
    expect(() => compileShapes({ s: z.string().transform((s) => s.length) })).toThrow();
    expect(() => compileShapes({ s: z.tuple([z.string(), z.number()]) })).toThrow(/does not know/);
    expect(() => compileShapes({ s: 'not a schema' })).toThrow(/not a zod schema/);
  });

  describe('as modules', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'response-shapes-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('export the same checks, each in a module of its own', async () => {
      const checker = fileURLToPath(new URL('../../src/client/lib/response-shape.ts', import.meta.url));
      const { entry, modules } = responseSchemaModules({ ...responseSchemas }, checker);
      // Written out as files, the virtual ids as file names, to be imported as the bundler would.
      const fileOf = (id: string) => join(dir, `${encodeURIComponent(id.slice(1))}.mjs`);
      const local = (code: string) =>
        code.replace(/"\\u0000(response-shape:[^"]+)"/g, (_, id: string) =>
          JSON.stringify(pathToFileURL(fileOf(`\0${id}`)).href),
        );
      for (const [id, code] of modules) writeFileSync(fileOf(id), local(code));
      writeFileSync(join(dir, 'entry.mjs'), local(entry));
      expect(modules.size).toBe(compiled.exports.size + compiled.defs.size);

      const emitted = (await import(/* @vite-ignore */ pathToFileURL(join(dir, 'entry.mjs')).href)) as Record<
        string,
        { safeParse: (value: unknown) => unknown }
      >;
      expect(Object.keys(emitted).sort()).toEqual(Object.keys(responseSchemas).sort());
      for (const [name, answer] of answers) {
        const broken = changed(answer, placesIn(answer)[1] ?? [], DELETE);
        for (const value of [answer, broken])
          expect(emitted[name]!.safeParse(value)).toEqual(shapeSchema(compiled.exports.get(name)!).safeParse(value));
      }
    });
  });
});
