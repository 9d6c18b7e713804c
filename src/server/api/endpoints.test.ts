// Each endpoint is declared once (src/shared/contract/endpoints.ts and its declaration beside the
// route): the app registers exactly what is declared, the OpenAPI document describes every
// declaration with the errors it implies, and the access guard asks what the table says.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  API_PATHS,
  API_RESOURCES,
  errorStatus,
  type ApiResource,
  type HttpMethod,
  type Requirement,
} from '@shared/contract';
import { createMockBackend } from '@mocks/backend';
import { openAccountsApi } from '../testing/accountsHarness';
import { requirementOf } from './access';
import { accessErrorCodes } from './docs';
import { honoPath } from './endpoint';

type Declared = { name: string; method: HttpMethod; path: string; access: Requirement };

const DECLARED: Declared[] = Object.entries(API_RESOURCES as Record<string, ApiResource>).flatMap(
  ([name, { path, access }]) =>
    Object.entries(access).map(([method, needs]) => ({ name, method: method as HttpMethod, path, access: needs })),
);

/** A URL the client would build for a declared path. */
function concrete(name: string): string {
  const helper = (API_PATHS as Record<string, string | ((value: string) => string)>)[name]!;
  return typeof helper === 'string' ? helper : helper('some-id');
}

/** The routes an app answers (method and Hono path), leaving out middleware and the 405 handlers. */
function routesOf(app: { routes: { method: string; path: string }[] }): string[] {
  return [...new Set(app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`))].sort();
}

describe('the endpoint table', () => {
  let api: Awaited<ReturnType<typeof openAccountsApi>>;
  beforeAll(async () => {
    api = await openAccountsApi();
  });
  afterAll(() => api.close());

  it('is what the server registers, no more and no less', () => {
    expect(routesOf(api.app)).toEqual(DECLARED.map((d) => `${d.method} ${honoPath(d.path)}`).sort());
  });

  it('is all the demo registers, which has no accounts but GET /api/session', async () => {
    const { app } = await createMockBackend({ data: null });
    const declared = new Set(DECLARED.map((d) => `${d.method} ${honoPath(d.path)}`));
    const registered = routesOf(app);
    expect(registered.filter((r) => !declared.has(r))).toEqual([]);
    expect(registered).toContain(`GET ${API_PATHS.session}`);
    expect(registered).not.toContain(`POST ${API_PATHS.session}`);
    expect(registered).not.toContain(`GET ${API_PATHS.users}`);
  });

  it('is described whole in the OpenAPI document, with the guard’s answers in the Error shape', async () => {
    type Operation = {
      responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
      requestBody?: unknown;
      parameters?: { name: string; in: string }[];
    };
    const doc = (await api.app.request(API_PATHS.openapi)).json() as Promise<{
      paths: Record<string, Record<string, Operation>>;
    }>;
    const { paths } = await doc;
    // The document does not describe itself; everything else is in it, and nothing more.
    const described = Object.entries(paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    const expected = DECLARED.filter((d) => d.name !== 'openapi').map((d) => `${d.method} ${d.path}`);
    expect(described.sort()).toEqual(expected.sort());

    for (const { method, path, access } of DECLARED.filter((d) => d.name !== 'openapi')) {
      const operation = paths[path]![method.toLowerCase()]!;
      const statuses = Object.keys(operation.responses);
      const implied = [...accessErrorCodes(access), 'internal' as const];
      if (operation.requestBody) implied.push('invalid_input', 'payload_too_large', 'unsupported_media_type');
      if (operation.parameters?.some((p) => p.in === 'header' && p.name === 'if-match'))
        implied.push('precondition_failed', 'precondition_required');
      for (const code of implied) {
        expect(statuses, `${method} ${path} answers ${code}`).toContain(String(errorStatus[code]));
        const answer = operation.responses[String(errorStatus[code])]!;
        expect(answer.content?.['application/json']?.schema, `${method} ${path} ${code}`).toEqual({
          $ref: '#/components/schemas/Error',
        });
      }
    }
  });
});

describe('the access guard', () => {
  it('asks of every declared endpoint what the table declares, HEAD as GET', () => {
    for (const { name, method, access } of DECLARED) {
      expect(requirementOf(method, concrete(name)), `${method} ${concrete(name)}`).toBe(access);
      if (method === 'GET') expect(requirementOf('HEAD', concrete(name))).toBe(access);
    }
  });

  it('asks what the route that runs needs, where a literal path and a template share a URL', () => {
    // DELETE /api/invites/check reaches the admin's DELETE /api/invites/{id}.
    expect(requirementOf('DELETE', API_PATHS.inviteCheck)).toBe('admin');
    expect(requirementOf('POST', API_PATHS.inviteCheck)).toBe('open');
    expect(requirementOf('PATCH', API_PATHS.partyStats)).toBe('editor');
  });

  it('treats an undeclared path as a read (safe methods) or an editor’s write', () => {
    for (const path of ['/api/nothing', '/api', '/api/pledges/a/b/c', '/api/tokens/a/b', '/api/users/a/b/c']) {
      for (const method of ['GET', 'HEAD', 'OPTIONS']) expect(requirementOf(method, path), path).toBe('reader');
      for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) expect(requirementOf(method, path), path).toBe('editor');
    }
  });

  it('guards a method a path does not take as that path’s endpoints are guarded', () => {
    expect(requirementOf('GET', API_PATHS.extract)).toBe('reader');
    expect(requirementOf('PUT', API_PATHS.pledges)).toBe('editor');
    expect(requirementOf('OPTIONS', API_PATHS.users)).toBe('admin');
    expect(requirementOf('GET', API_PATHS.token('x'))).toBe('signed-in');
    expect(requirementOf('POST', API_PATHS.settings)).toBe('admin');
    expect(requirementOf('OPTIONS', API_PATHS.settings)).toBe('reader');
    expect(requirementOf('PUT', API_PATHS.session)).toBe('open');
    expect(requirementOf('GET', `${API_PATHS.users}/`)).toBe('admin');
  });

  it('never has two declared paths answer one method for the same URL', () => {
    for (const a of DECLARED) {
      for (const b of DECLARED) {
        if (a === b || a.method !== b.method || a.path === b.path) continue;
        const pattern = new RegExp(`^${b.path.replace(/\./g, '\\.').replace(/\{\w+\}/g, '[^/]+')}$`);
        expect(pattern.test(concrete(a.name)), `${a.method} ${a.path} ~ ${b.path}`).toBe(false);
      }
    }
  });
});

describe('API paths in the source', () => {
  it('are spelled only in the endpoint table', () => {
    const root = join(import.meta.dirname, '..', '..');
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((entry) => {
        const path = join(dir, entry);
        return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(entry) ? [path] : [];
      });
    const spelled = files(root)
      .filter((f) => !/\.test\.tsx?$/.test(f) && !f.includes(`${join('server', 'testing')}`))
      .filter((f) => !f.endsWith(join('shared', 'contract', 'endpoints.ts')))
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line) && /['"`]\/api\/[a-z]/.test(line))
          .map((line) => `${relative(root, f)}: ${line.trim()}`),
      );
    expect(spelled).toEqual([]);
  });
});
