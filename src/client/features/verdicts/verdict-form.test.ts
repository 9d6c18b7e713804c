import { describe, expect, test } from 'vitest';
import { pledgeSchema, type Pledge } from '@shared/contract';
import { asPledge, guaranteesRecord } from '@test/fixtures/pledge';
import { buildPatch, errorsFromIssues, fieldForIssue, initialDraft, restorePatch, validateDraft } from './verdict-form';
import { applyVerdictPatch } from './verdict-optimistic';

const NOW = Date.parse('2026-11-28T12:00:00Z');

const pledge: Pledge = pledgeSchema.parse(asPledge(guaranteesRecord({ version: 3 }), 'overdue'));

describe('the verdict draft', () => {
  test('starts at Fulfilled, dated today where the pledge was made', () => {
    // 02:00 UTC on 29 Nov is still 28 Nov in New York.
    expect(initialDraft(pledge, Date.parse('2026-11-29T02:00:00Z'))).toEqual({
      choice: 'fulfilled',
      resolvedOn: '2026-11-28',
      url: '',
      note: '',
      noteLanguage: 'en',
    });
  });

  test('becomes a PATCH of verdict, date and the whole evidence list', () => {
    const draft = { ...initialDraft(pledge, NOW), url: ' https://example.org/text ', note: ' Signed. ' };
    expect(buildPatch(pledge, draft)).toEqual({
      verdict: 'fulfilled',
      resolvedOn: '2026-11-28',
      evidence: [{ url: 'https://example.org/text', note: 'Signed.', noteLanguage: 'en' }],
    });
    expect(buildPatch(pledge, { ...draft, choice: 'open' })).toEqual({
      verdict: 'open',
      resolvedOn: null,
      evidence: [],
    });
  });

  test('writes a Ukrainian reader’s note as Ukrainian, and sends the evidence already there back whole', () => {
    const recorded = {
      url: 'https://example.org/earlier',
      title: 'Earlier',
      date: '2025-08-20',
      note: 'Announced.',
      noteLanguage: 'en' as const,
      noteTranslations: { uk: 'Оголошено.' },
    };
    const withEvidence = { ...pledge, evidence: [{ ...recorded, addedAt: '2025-08-21T10:00:00.000Z' }] };
    const draft = { ...initialDraft(withEvidence, NOW, 'uk'), url: 'https://example.org/text', note: 'Підписано.' };
    expect(buildPatch(withEvidence, draft).evidence).toEqual([
      recorded,
      { url: 'https://example.org/text', note: 'Підписано.', noteLanguage: 'uk' },
    ]);
    expect(restorePatch(withEvidence).evidence).toEqual([recorded]);
  });

  test('needs a link for fulfilled, refuses other schemes and a date outside the pledge’s life', () => {
    const draft = initialDraft(pledge, NOW);
    expect(validateDraft(pledge, draft, NOW)).toEqual({ url: 'Add at least one piece of evidence (a link)' });
    expect(validateDraft(pledge, { ...draft, url: 'javascript:alert(1)' }, NOW).url).toMatch(/http/);
    expect(
      validateDraft(pledge, { ...draft, url: 'https://example.org', resolvedOn: '2026-11-30' }, NOW).resolvedOn,
    ).toMatch(/after today/);
    expect(
      validateDraft(pledge, { ...draft, url: 'https://example.org', resolvedOn: '2025-08-01' }, NOW).resolvedOn,
    ).toMatch(/before the pledge was made/);
    expect(validateDraft(pledge, { ...draft, url: 'https://example.org' }, NOW)).toEqual({});
  });

  test('withdrawn needs no evidence; reopening needs no date', () => {
    expect(validateDraft(pledge, { ...initialDraft(pledge, NOW), choice: 'withdrawn' }, NOW)).toEqual({});
    const resolved = {
      ...pledge,
      verdict: 'broken' as const,
      resolvedOn: '2025-09-01',
      evidence: [
        {
          url: 'https://e.org',
          note: '',
          noteLanguage: 'en' as const,
          noteTranslations: {},
          addedAt: '2025-09-01T00:00:00.000Z',
        },
      ],
    };
    expect(validateDraft(resolved, { ...initialDraft(resolved, NOW), choice: 'open', resolvedOn: '' }, NOW)).toEqual(
      {},
    );
  });

  test('places server issues next to the fields they name', () => {
    expect(fieldForIssue('evidence.0.url', 0)).toBe('url');
    expect(fieldForIssue('evidence.0.note', 0)).toBe('note');
    expect(fieldForIssue('evidence.0.url', 1)).toBe('form');
    expect(fieldForIssue('X-Actor', 0)).toBe('form');
    expect(
      errorsFromIssues(
        [
          { path: 'resolvedOn', message: 'No' },
          { path: '', message: 'Whole body' },
        ],
        0,
      ),
    ).toEqual({ resolvedOn: 'No', form: 'Whole body' });
  });
});

describe('the optimistic picture', () => {
  test('follows the deadline state: fulfilled after the window is late, broken is missed', () => {
    const late = applyVerdictPatch(
      pledge,
      { verdict: 'fulfilled', resolvedOn: '2025-09-03', evidence: [{ url: 'https://e.org', note: '' }] },
      NOW,
    );
    expect(late).toMatchObject({ verdict: 'fulfilled', resolvedOn: '2025-09-03', deadlineState: 'late', version: 3 });
    expect(late.evidence[0]).toMatchObject({ url: 'https://e.org', addedAt: new Date(NOW).toISOString() });
    expect(
      applyVerdictPatch(pledge, { verdict: 'fulfilled', resolvedOn: '2025-08-27', evidence: [] }, NOW).deadlineState,
    ).toBe('met');
    expect(
      applyVerdictPatch(pledge, { verdict: 'broken', resolvedOn: '2025-09-03', evidence: [] }, NOW).deadlineState,
    ).toBe('missed');
  });

  test('undo restores what was there, evidence keeping its first date', () => {
    const marked = applyVerdictPatch(
      pledge,
      { verdict: 'fulfilled', resolvedOn: '2025-09-03', evidence: [{ url: 'https://e.org', note: 'n' }] },
      NOW,
    );
    expect(restorePatch(pledge)).toEqual({ verdict: 'open', resolvedOn: null, evidence: [] });
    expect(applyVerdictPatch(marked, restorePatch(pledge), NOW)).toMatchObject({
      verdict: 'open',
      resolvedOn: null,
      evidence: [],
      deadlineState: 'overdue',
    });
    expect(restorePatch(marked)).toEqual({
      verdict: 'fulfilled',
      resolvedOn: '2025-09-03',
      evidence: [{ url: 'https://e.org', note: 'n', noteLanguage: 'en', noteTranslations: {} }],
    });
  });
});
