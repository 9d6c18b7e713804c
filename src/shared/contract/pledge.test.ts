import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { asPledge, guaranteesRecord } from '@test/fixtures/pledge';
import { issuesFromZod } from './errors';
import {
  deadlineWindowSchema,
  historyEventSchema,
  newPledgeSchema,
  pledgePatchSchema,
  pledgeSchema,
  type NewPledge,
} from './pledge';

const valid: NewPledge = {
  title: 'Security guarantees formally written',
  pledgers: ['united-states'],
  announcedOn: '2025-08-18',
  timeZone: 'America/New_York',
};

/** The field-level issues a request would get back, as `path: message`. */
function issues(schema: z.ZodType, value: unknown): string[] {
  const r = schema.safeParse(value);
  return r.success ? [] : issuesFromZod(r.error).map((i) => `${i.path}: ${i.message}`);
}
const paths = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? [] : issuesFromZod(r.error).map((i) => i.path);
};

describe('newPledgeSchema', () => {
  it('accepts a minimal pledge and fills in the defaults', () => {
    expect(newPledgeSchema.parse(valid)).toEqual({
      ...valid,
      titleLanguage: 'en',
      titleTranslations: {},
      quote: '',
      beneficiaries: [],
      guarantors: [],
      deadline: null,
      amount: null,
      deliveries: [],
      tags: [],
      sources: [],
    });
  });

  it('accepts the seeded pledge in full', () => {
    const full = {
      ...valid,
      quote: 'the security guarantees will be formally written within the next week to ten days',
      beneficiaries: ['ukraine'],
      guarantors: ['european-allies'],
      deadline: { earliest: '2025-08-25', latest: '2025-08-28', text: 'within the next week to ten days' },
      amount: { value: 90e9, currency: 'USD' },
      tags: ['security', 'summit'],
      sources: [
        {
          title: 'White House summit',
          publisher: 'Example',
          url: 'https://example.com/story',
          publishedOn: '2025-08-18',
        },
      ],
    };
    // delivered is the sum of the deliveries, kept by the server: an input may leave it out.
    expect(newPledgeSchema.parse(full).amount).toEqual({ value: 90e9, currency: 'USD' });
  });

  it('rejects unknown fields, at the top and inside', () => {
    expect(issues(newPledgeSchema, { ...valid, verdict: 'fulfilled' })).toEqual([': Unrecognized key: "verdict"']);
    expect(
      paths(newPledgeSchema, { ...valid, deadline: { latest: '2025-08-28', text: 'x', timeZone: 'UTC' } }),
    ).toEqual(['deadline']);
    expect(paths(newPledgeSchema, { ...valid, sources: [{ title: 'x', link: 'https://example.com' }] })).toEqual([
      'sources.0',
    ]);
  });

  it('wants a title of 1 to 200 characters, after trimming', () => {
    expect(issues(newPledgeSchema, { ...valid, title: '' })).toEqual(['title: A title is needed']);
    expect(issues(newPledgeSchema, { ...valid, title: '   ' })).toEqual(['title: A title is needed']);
    expect(issues(newPledgeSchema, { ...valid, title: 'x'.repeat(201) })).toEqual(['title: At most 200 characters']);
    expect(newPledgeSchema.parse({ ...valid, title: 'x'.repeat(200) }).title).toHaveLength(200);
    expect(newPledgeSchema.parse({ ...valid, title: `  ${'x'.repeat(200)}  ` }).title).toHaveLength(200);
    expect(newPledgeSchema.parse({ ...valid, title: 'x' }).title).toBe('x');
  });

  it('rejects a window whose earliest date is after its latest, on the earliest field', () => {
    expect(
      issues(newPledgeSchema, { ...valid, deadline: { earliest: '2025-08-29', latest: '2025-08-28', text: 'x' } }),
    ).toEqual(['deadline.earliest: The earliest date must be on or before the latest date']);
  });

  it('accepts one-day and "due by" windows', () => {
    expect(
      newPledgeSchema.safeParse({ ...valid, deadline: { earliest: '2025-08-28', latest: '2025-08-28', text: 'x' } })
        .success,
    ).toBe(true);
    expect(
      newPledgeSchema.safeParse({ ...valid, deadline: { latest: '2025-08-28', text: 'by Thursday' } }).success,
    ).toBe(true);
  });

  it('wants real calendar dates and a real IANA zone', () => {
    expect(paths(newPledgeSchema, { ...valid, announcedOn: '2025-02-30' })).toEqual(['announcedOn']);
    expect(paths(newPledgeSchema, { ...valid, deadline: { latest: '2025-13-01', text: 'x' } })).toEqual([
      'deadline.latest',
    ]);
    expect(paths(newPledgeSchema, { ...valid, timeZone: 'Mars/Base' })).toEqual(['timeZone']);
    expect(paths(newPledgeSchema, { ...valid, timeZone: '+03:00' })).toEqual(['timeZone']);
  });

  it('wants at least one pledger, each party once, named by id', () => {
    expect(issues(newPledgeSchema, { ...valid, pledgers: [] })).toEqual(['pledgers: Name at least one pledger']);
    expect(issues(newPledgeSchema, { ...valid, pledgers: ['ukraine', 'ukraine'] })).toEqual([
      'pledgers: Each party only once',
    ]);
    expect(paths(newPledgeSchema, { ...valid, pledgers: ['United States'] })).toEqual(['pledgers.0']);
    expect(paths(newPledgeSchema, { ...valid, beneficiaries: Array.from({ length: 21 }, (_, i) => `p${i}`) })).toEqual([
      'beneficiaries',
    ]);
  });

  it('wants tags once each', () => {
    expect(issues(newPledgeSchema, { ...valid, tags: ['security', 'security'] })).toEqual(['tags: Each tag only once']);
  });

  it('wants a positive amount in a three-letter currency', () => {
    expect(paths(newPledgeSchema, { ...valid, amount: { value: 0, currency: 'USD' } })).toEqual(['amount.value']);
    expect(paths(newPledgeSchema, { ...valid, amount: { value: 1, currency: 'usd' } })).toEqual(['amount.currency']);
    expect(paths(newPledgeSchema, { ...valid, amount: { value: 1, currency: 'USD', delivered: -1 } })).toEqual([
      'amount.delivered',
    ]);
    expect(paths(newPledgeSchema, { ...valid, amount: { value: Infinity, currency: 'USD' } })).toEqual([
      'amount.value',
    ]);
  });

  it('only links sources over http(s)', () => {
    expect(paths(newPledgeSchema, { ...valid, sources: [{ title: 'x', url: 'javascript:alert(1)' }] })).toEqual([
      'sources.0.url',
    ]);
    expect(paths(newPledgeSchema, { ...valid, sources: [{ title: ' ' }] })).toEqual(['sources.0.title']);
  });

  it('refuses control characters in text but keeps newlines in a quote', () => {
    expect(paths(newPledgeSchema, { ...valid, title: 'a\u0007b' })).toEqual(['title']);
    expect(newPledgeSchema.parse({ ...valid, quote: 'line one\nline two' }).quote).toBe('line one\nline two');
  });

  it('names every missing required field', () => {
    expect(paths(newPledgeSchema, {}).sort()).toEqual(['announcedOn', 'pledgers', 'timeZone', 'title']);
  });
});

describe('deadlineWindowSchema', () => {
  it('needs the words the deadline came from', () => {
    expect(paths(deadlineWindowSchema, { latest: '2025-08-28' })).toEqual(['text']);
  });
});

describe('pledgePatchSchema', () => {
  it('rejects an empty patch', () => {
    expect(issues(pledgePatchSchema, {})).toEqual([': Send at least one field to change']);
  });

  it('rejects unknown fields, including ones that are not editable', () => {
    expect(paths(pledgePatchSchema, { version: 2 })).toEqual(['']);
    expect(paths(pledgePatchSchema, { verdict: 'fulfilled', deadlineState: 'met' })).toEqual(['']);
  });

  it('accepts a verdict with its date and evidence, and fills in an empty English note', () => {
    const patch = pledgePatchSchema.parse({
      verdict: 'fulfilled',
      resolvedOn: '2025-08-27',
      evidence: [{ url: 'https://example.com/text' }],
    });
    expect(patch).toEqual({
      verdict: 'fulfilled',
      resolvedOn: '2025-08-27',
      evidence: [{ url: 'https://example.com/text', note: '', noteLanguage: 'en', noteTranslations: {} }],
    });
  });

  it('accepts reopening (verdict open, no date) and removing a deadline', () => {
    expect(pledgePatchSchema.safeParse({ verdict: 'open', resolvedOn: null }).success).toBe(true);
    expect(pledgePatchSchema.safeParse({ deadline: null }).success).toBe(true);
  });

  it('applies the field rules of a new pledge', () => {
    expect(paths(pledgePatchSchema, { title: '' })).toEqual(['title']);
    expect(paths(pledgePatchSchema, { title: 'x'.repeat(201) })).toEqual(['title']);
    expect(paths(pledgePatchSchema, { verdict: 'kept' })).toEqual(['verdict']);
    expect(paths(pledgePatchSchema, { resolvedOn: '2025-02-30' })).toEqual(['resolvedOn']);
    expect(paths(pledgePatchSchema, { deadline: { earliest: '2025-09-01', latest: '2025-08-28', text: 'x' } })).toEqual(
      ['deadline.earliest'],
    );
    expect(paths(pledgePatchSchema, { evidence: [{ url: 'data:text/plain,hi' }] })).toEqual(['evidence.0.url']);
    expect(
      paths(pledgePatchSchema, { evidence: [{ url: 'https://example.com', addedAt: '2025-08-27T10:00:00Z' }] }),
    ).toEqual(['evidence.0']);
  });
});

describe('pledgeSchema (responses)', () => {
  const pledge = asPledge(
    guaranteesRecord({
      pledgers: [{ id: 'united-states', name: 'United States' }],
      beneficiaries: [],
      quote: '',
      evidence: [
        {
          url: 'https://example.com',
          note: '',
          noteLanguage: 'en' as const,
          noteTranslations: {},
          addedAt: '2025-08-27T10:00:00.000Z',
        },
      ],
      verdict: 'fulfilled',
      resolvedOn: '2025-08-27',
      version: 2,
      updatedAt: '2025-08-27T10:00:00.000Z',
    }),
    'met',
  );

  it('parses a pledge as the API sends it', () => {
    expect(pledgeSchema.parse(pledge)).toEqual(pledge);
  });

  it('fails when the server drifts from the contract', () => {
    expect(paths(pledgeSchema, { ...pledge, deadlineState: 'on-time' })).toEqual(['deadlineState']);
    expect(paths(pledgeSchema, { ...pledge, version: 0 })).toEqual(['version']);
    expect(paths(pledgeSchema, { ...pledge, resolvedOn: undefined })).toEqual(['resolvedOn']);
    expect(paths(pledgeSchema, { ...pledge, id: 'Not An Id' })).toEqual(['id']);
  });

  it('parses a history event', () => {
    const event = {
      id: 1,
      pledgeId: pledge.id,
      at: '2025-08-27T10:00:00.000Z',
      actor: 'Anonymous editor',
      kind: 'updated',
      version: 2,
      changes: [{ field: 'verdict', from: 'open', to: 'fulfilled' }],
    };
    expect(historyEventSchema.parse(event)).toEqual(event);
  });
});
