import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorBodySchema, errorCodeSchema, errorStatus, issuesFromZod } from './errors';
import { newPledgeSchema } from './pledge';

describe('the error shape', () => {
  it('maps every code to its HTTP status', () => {
    expect(Object.keys(errorStatus).sort()).toEqual([...errorCodeSchema.options].sort());
    expect(errorStatus).toMatchObject({
      invalid_input: 400,
      not_found: 404,
      precondition_failed: 412,
      payload_too_large: 413,
      unsupported_media_type: 415,
      precondition_required: 428,
      internal: 500,
    });
  });

  it('accepts { error: { code, message, issues? } } and nothing looser', () => {
    expect(errorBodySchema.safeParse({ error: { code: 'not_found', message: 'No such pledge' } }).success).toBe(true);
    expect(
      errorBodySchema.safeParse({
        error: { code: 'invalid_input', message: 'x', issues: [{ path: 'title', message: 'y' }] },
      }).success,
    ).toBe(true);
    expect(errorBodySchema.safeParse({ error: { code: 'teapot', message: 'x' } }).success).toBe(false);
    expect(errorBodySchema.safeParse({ message: 'x' }).success).toBe(false);
  });
});

describe('issuesFromZod', () => {
  it('turns zod paths into dotted field paths', () => {
    const r = newPledgeSchema.safeParse({
      title: 'x',
      pledgers: ['united-states'],
      announcedOn: '2025-08-18',
      timeZone: 'America/New_York',
      deadline: { latest: '2025-02-30', text: 'x' },
      sources: [{ title: 'ok' }, { title: 'x', url: 'javascript:alert(1)' }],
    });
    expect(r.success).toBe(false);
    expect(issuesFromZod(r.error!).map((i) => i.path)).toEqual(['deadline.latest', 'sources.1.url']);
  });

  it('uses an empty path for the whole body', () => {
    const r = z.strictObject({}).safeParse({ extra: 1 });
    expect(issuesFromZod(r.error!)).toEqual([{ path: '', message: 'Unrecognized key: "extra"' }]);
  });
});
