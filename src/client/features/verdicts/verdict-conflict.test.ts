import { describe, expect, test } from 'vitest';
import { pledgeSchema, type HistoryEvent, type Pledge } from '@shared/contract';
import { asPledge, guaranteesRecord } from '@test/fixtures/pledge';
import { conflictOf, verdictChanges } from './verdict-conflict';

const before: Pledge = pledgeSchema.parse(asPledge(guaranteesRecord({ version: 3 }), 'overdue'));
const evidence = {
  url: 'https://example.org/text',
  note: 'Signed.',
  noteLanguage: 'en' as const,
  noteTranslations: {},
  addedAt: '2026-11-28T10:00:00.000Z',
};

function event(version: number, actor: string, fields: string[], at = `2026-11-28T1${version}:00:00.000Z`) {
  return {
    id: version,
    pledgeId: before.id,
    at,
    actor,
    kind: 'updated',
    version,
    changes: fields.map((field) => ({ field, from: null, to: null })),
  } satisfies HistoryEvent;
}

describe('what someone else changed of the verdict', () => {
  test('nothing, when they changed other fields only (and evidence is compared without its date)', () => {
    expect(verdictChanges(before, { ...before, title: 'Another title', tags: ['x'], version: 4 })).toEqual([]);
    const withEvidence = { ...before, evidence: [evidence] };
    expect(
      verdictChanges(withEvidence, { ...withEvidence, evidence: [{ ...evidence, addedAt: '2026-11-28T11:00:00Z' }] }),
    ).toEqual([]);
  });

  test('the verdict, its date and the evidence, from the version the form started at to theirs', () => {
    const theirs = {
      ...before,
      verdict: 'broken' as const,
      resolvedOn: '2026-11-20',
      evidence: [evidence],
      version: 5,
    };
    expect(verdictChanges(before, theirs)).toEqual([
      { field: 'verdict', from: 'open', to: 'broken' },
      { field: 'resolvedOn', from: null, to: '2026-11-20' },
      {
        field: 'evidence',
        from: [],
        to: [{ url: evidence.url, note: evidence.note, noteLanguage: 'en', noteTranslations: {} }],
      },
    ]);
  });

  test('names who touched them since, once each, and when the last of them did', () => {
    const theirs = { ...before, verdict: 'broken' as const, version: 7 };
    const history = [
      event(3, 'Seed', ['verdict']),
      event(4, 'Marco', ['title']),
      event(5, 'Anna Kovalenko', ['verdict']),
      event(6, 'Olena', ['evidence']),
      event(7, 'Anna Kovalenko', ['resolvedOn']),
      event(8, 'Later', ['verdict']),
    ];
    expect(conflictOf(before, theirs, history)).toEqual({
      theirs,
      changes: [{ field: 'verdict', from: 'open', to: 'broken' }],
      by: ['Anna Kovalenko', 'Olena'],
      at: '2026-11-28T17:00:00.000Z',
    });
    expect(conflictOf(before, theirs, [])).toMatchObject({ by: [], at: null });
  });
});
