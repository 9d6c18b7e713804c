import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PledgeRecord } from '../contract/pledge';
import { guaranteesRecord } from '@test/fixtures/pledge';
import { FIELD_LABELS, TRACKED_FIELDS, canonicalJson, diffPledges } from './diff';

const record: PledgeRecord = guaranteesRecord({
  amount: { value: 90e9, currency: 'USD', delivered: 0 },
  tags: ['security', 'summit'],
  sources: [
    {
      title: 'White House summit',
      publisher: 'Example News',
      url: 'https://example.com/story',
      publishedOn: '2025-08-18',
    },
  ],
});

/** The same value with every object's keys in another order. */
function reorderKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reorderKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .map(([k, v]) => [k, reorderKeys(v)] as const)
        .reverse(),
    );
  }
  return value;
}

describe('diffPledges', () => {
  it('finds nothing between a record and itself, or a copy with its keys in another order', () => {
    expect(diffPledges(record, record)).toEqual([]);
    expect(diffPledges(record, structuredClone(record))).toEqual([]);
    const reordered = reorderKeys(record) as PledgeRecord;
    expect(Object.keys(reordered)[0]).toBe('updatedAt');
    expect(diffPledges(record, reordered)).toEqual([]);
  });

  it('records a moved deadline with the old and new window ("slipped from 28 Aug to 15 Sep")', () => {
    const moved = { ...record, deadline: { ...record.deadline!, latest: '2025-09-15' } };
    expect(diffPledges(record, moved)).toEqual([{ field: 'deadline', from: record.deadline, to: moved.deadline }]);
  });

  it('records a verdict with its date and evidence, field by field, in a stable order', () => {
    const evidence = [
      {
        url: 'https://example.com/text',
        note: 'Published',
        noteLanguage: 'en' as const,
        noteTranslations: {},
        addedAt: '2025-08-27T10:00:00.000Z',
      },
    ];
    const after: PledgeRecord = {
      ...record,
      verdict: 'fulfilled',
      resolvedOn: '2025-08-27',
      evidence,
      version: 2,
      updatedAt: '2025-08-27T10:00:00.000Z',
    };
    expect(diffPledges(record, after)).toEqual([
      { field: 'verdict', from: 'open', to: 'fulfilled' },
      { field: 'resolvedOn', from: null, to: '2025-08-27' },
      { field: 'evidence', from: [], to: evidence },
    ]);
  });

  it('leaves bookkeeping (id, version, timestamps) out of the history', () => {
    const touched = {
      ...record,
      version: 7,
      updatedAt: '2026-01-01T00:00:00.000Z',
      createdAt: '2020-01-01T00:00:00.000Z',
    };
    expect(diffPledges(record, touched)).toEqual([]);
    expect(TRACKED_FIELDS).not.toContain('version');
    expect(TRACKED_FIELDS).not.toContain('updatedAt');
  });

  it('tracks every field a person edits', () => {
    const edited: (keyof PledgeRecord)[] = [
      'title',
      'titleLanguage',
      'titleTranslations',
      'quote',
      'pledgers',
      'beneficiaries',
      'guarantors',
      'announcedOn',
      'timeZone',
      'deadline',
      'amount',
      'tags',
      'sources',
      'verdict',
      'resolvedOn',
      'evidence',
      'deliveries',
    ];
    expect([...TRACKED_FIELDS].sort()).toEqual([...edited].sort());
  });

  it('records the fields the server keeps too, so a record can be rebuilt as it stood', () => {
    const after = { ...record, deadlineSlips: 2, deletedAt: '2025-09-01T00:00:00.000Z', originalDeadline: null };
    expect(diffPledges(record, after).map((c) => c.field)).toEqual(['originalDeadline', 'deadlineSlips', 'deletedAt']);
    expect(FIELD_LABELS.deliveries).toBe('Deliveries');
  });

  it('sees a change in any single tracked field, and only there', () => {
    const replacements: { [K in (typeof TRACKED_FIELDS)[number]]: PledgeRecord[K] } = {
      title: 'Another title',
      titleLanguage: 'uk',
      titleTranslations: { en: 'Another title' },
      quote: 'another quote',
      pledgers: [{ id: 'europe', name: 'Europe' }],
      beneficiaries: [],
      guarantors: [{ id: 'united-kingdom', name: 'United Kingdom' }],
      announcedOn: '2025-08-19',
      timeZone: 'Europe/Kyiv',
      deadline: null,
      amount: { value: 90e9, currency: 'USD', delivered: 1 },
      tags: ['security'],
      sources: [],
      verdict: 'withdrawn',
      resolvedOn: '2025-08-20',
      evidence: [
        {
          url: 'https://example.com',
          note: '',
          noteLanguage: 'en' as const,
          noteTranslations: {},
          addedAt: '2025-08-20T00:00:00.000Z',
        },
      ],
      deliveries: [{ id: 'd1', on: '2025-08-20', value: 5, note: '', noteLanguage: 'en', noteTranslations: {} }],
    };
    for (const field of TRACKED_FIELDS) {
      const after = { ...record, [field]: replacements[field] };
      expect(diffPledges(record, after)).toEqual([{ field, from: record[field], to: replacements[field] }]);
    }
  });

  it('sees a note’s translation, or its language, change on a piece of evidence or a delivery', () => {
    const item = { url: 'https://example.com/e', note: 'Signed', noteLanguage: 'en' as const, noteTranslations: {} };
    const delivery = {
      id: 'd1',
      on: '2025-08-20',
      value: 5,
      note: 'Paid',
      noteLanguage: 'en' as const,
      noteTranslations: {},
    };
    const before = { ...record, evidence: [{ ...item, addedAt: '2025-08-20T00:00:00.000Z' }], deliveries: [delivery] };
    const translated: PledgeRecord = {
      ...before,
      evidence: [{ ...before.evidence[0]!, noteTranslations: { uk: 'Підписано' } }],
      deliveries: [{ ...delivery, noteTranslations: { uk: 'Сплачено' } }],
    };
    expect(diffPledges(before, translated)).toEqual([
      { field: 'evidence', from: before.evidence, to: translated.evidence },
      { field: 'deliveries', from: before.deliveries, to: translated.deliveries },
    ]);
    const relabelled = { ...before, deliveries: [{ ...delivery, noteLanguage: 'uk' as const }] };
    expect(diffPledges(before, relabelled).map((c) => c.field)).toEqual(['deliveries']);
  });

  it('treats a missing value as null', () => {
    const missing = { ...record, amount: undefined } as unknown as PledgeRecord;
    expect(diffPledges({ ...record, amount: null }, missing)).toEqual([]);
  });
});

describe('canonicalJson', () => {
  it('ignores key order at every depth but keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
    expect(canonicalJson({ a: { c: null, d: [2, 1] }, b: 1 })).toBe(canonicalJson({ b: 1, a: { d: [2, 1], c: null } }));
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
  });

  it('is the same for any JSON value whatever the key order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(reorderKeys(value))).toBe(canonicalJson(value));
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 200 },
    );
  });

  it('finds no difference between any record and itself with keys reordered', () => {
    const slug = fc.stringMatching(/^[a-z0-9]{1,8}$/);
    const party = fc.record({ id: slug, name: fc.string() });
    const anyRecord = fc.record({
      ...Object.fromEntries(Object.entries(record).map(([k, v]) => [k, fc.constant(v)])),
      title: fc.string(),
      quote: fc.string(),
      pledgers: fc.array(party, { maxLength: 3 }),
      tags: fc.array(slug, { maxLength: 3 }),
      amount: fc.option(
        fc.record({
          value: fc.double({ min: 1, max: 1e12, noNaN: true }),
          currency: fc.constantFrom('USD', 'EUR'),
          delivered: fc.double({ min: 0, max: 1e12, noNaN: true }),
        }),
      ),
      deadline: fc.option(
        fc.record(
          {
            earliest: fc.constantFrom('2025-08-25', '2025-08-26'),
            latest: fc.constant('2025-08-28'),
            text: fc.string(),
          },
          { requiredKeys: ['latest', 'text'] },
        ),
      ),
    }) as unknown as fc.Arbitrary<PledgeRecord>;
    fc.assert(
      fc.property(anyRecord, (r) => {
        expect(diffPledges(r, r)).toEqual([]);
        expect(diffPledges(r, reorderKeys(r) as PledgeRecord)).toEqual([]);
        expect(diffPledges(r, structuredClone(r))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
