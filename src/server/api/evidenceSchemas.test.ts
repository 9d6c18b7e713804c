// Evidence is documented twice, as it travels: without addedAt in what a person sends (a PATCH
// refuses it), with it in what the API answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAccountsApi, type AccountsApi } from '../testing/accountsHarness';

interface JsonSchema {
  properties?: Record<string, unknown>;
  required?: string[];
  description?: string;
  items?: { $ref?: string };
}

describe('the evidence schemas of the OpenAPI document', () => {
  let api: AccountsApi;
  let schemas: Record<string, JsonSchema>;
  beforeAll(async () => {
    api = await openAccountsApi();
    const doc = (await (await api.app.request('/api/openapi.json')).json()) as {
      components: { schemas: Record<string, JsonSchema> };
    };
    schemas = doc.components.schemas;
  });
  afterAll(() => api.close());

  it('has one for reading, with addedAt required, and one for writing, without it', () => {
    expect(schemas.Evidence?.required).toContain('addedAt');
    expect(schemas.EvidenceInput?.properties).not.toHaveProperty('addedAt');
    expect(schemas.EvidenceInput?.required).toEqual(['url']);
    expect(schemas.EvidenceInput?.description).toMatch(/addedAt is not sent/);
  });

  it('uses the writing one in the bodies a person sends', () => {
    const patch = JSON.stringify(schemas.PledgePatch);
    expect(patch).toContain('#/components/schemas/EvidenceInput');
    expect(patch).not.toContain('#/components/schemas/Evidence"');
  });
});
