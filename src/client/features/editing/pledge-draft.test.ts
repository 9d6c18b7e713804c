import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asPledge, guaranteesRecord } from '@test/fixtures/pledge';
import {
  amountInUnits,
  amountOf,
  draftFromPledge,
  emptyDraft,
  fieldOf,
  tagsOf,
  toNewPledge,
  validateDraft,
} from './pledge-draft';

const SUMMIT = { earliest: '2025-08-25', latest: '2025-08-28' };

describe('the pledge draft', () => {
  it('becomes the body of POST /api/pledges, the words kept with their dates', () => {
    const draft = {
      ...emptyDraft('2025-08-18', 'America/New_York'),
      title: '  Put it in writing ',
      pledgers: [{ id: 'united-states', name: 'United States' }],
      words: 'within the next week to ten days',
      amountValue: '90,000,000,000',
      currency: 'usd',
      tags: 'Security, aid  relief, security',
      sources: [
        { title: 'Summit report', publisher: '', url: ' https://example.org/a ', publishedOn: '' },
        { title: '', publisher: '', url: '', publishedOn: '' },
      ],
    };
    expect(toNewPledge(draft, SUMMIT)).toEqual({
      title: 'Put it in writing',
      titleLanguage: 'en',
      titleTranslations: {},
      quote: '',
      pledgers: ['united-states'],
      beneficiaries: [],
      guarantors: [],
      announcedOn: '2025-08-18',
      timeZone: 'America/New_York',
      deadline: { earliest: '2025-08-25', latest: '2025-08-28', text: 'within the next week to ten days' },
      amount: { value: 90_000_000_000, currency: 'USD' },
      tags: ['security', 'aid-relief'],
      sources: [{ title: 'Summit report', url: 'https://example.org/a' }],
    });
    expect(validateDraft(draft, SUMMIT).errors).toEqual({});
  });

  it('carries the title in both languages: the original in its language, the other as its translation', () => {
    const draft = {
      ...emptyDraft('2025-08-18', 'Europe/Kyiv', 'uk'),
      title: ' Гарантії на папері ',
      titleTranslation: ' Guarantees on paper ',
    };
    const body = toNewPledge(draft, SUMMIT);
    expect(body.title).toBe('Гарантії на папері');
    expect(body.titleLanguage).toBe('uk');
    expect(body.titleTranslations).toEqual({ en: 'Guarantees on paper' });
    expect(toNewPledge({ ...draft, titleTranslation: '   ' }, SUMMIT).titleTranslations).toEqual({});
    // Back from a stored pledge, each text in its place.
    const back = draftFromPledge(
      asPledge(
        guaranteesRecord({ title: body.title, titleLanguage: 'uk', titleTranslations: { en: 'Guarantees on paper' } }),
        'overdue',
      ),
    );
    expect([back.title, back.titleLanguage, back.titleTranslation]).toEqual([
      'Гарантії на папері',
      'uk',
      'Guarantees on paper',
    ]);
    expect(fieldOf('titleTranslations.en')).toBe('titleTranslation');
  });

  it('names picked dates in words when none were given', () => {
    const draft = {
      ...emptyDraft('2025-08-18', 'UTC'),
      deadlineMode: 'dates' as const,
      earliest: '2025-08-25',
      latest: '2025-08-28',
    };
    expect(toNewPledge(draft, null).deadline).toEqual({
      earliest: '2025-08-25',
      latest: '2025-08-28',
      text: '25–28 Aug 2025',
    });
    expect(toNewPledge({ ...draft, earliest: '' }, null).deadline).toEqual({
      latest: '2025-08-28',
      text: 'by 28 Aug 2025',
    });
    expect(toNewPledge({ ...draft, deadlineMode: 'none' }, null).deadline).toBeNull();
  });

  it('says, by field, what the contract says is wrong, and what only the form knows', () => {
    const draft = {
      ...emptyDraft('2025-08-18', 'Mars/Olympus'),
      words: 'some day',
      amountValue: 'lots',
      sources: [{ title: '', publisher: '', url: 'ftp://x', publishedOn: '' }],
    };
    const { errors } = validateDraft(draft, null);
    expect(Object.keys(errors).sort()).toEqual(
      ['amount', 'deadline', 'pledgers', 'sources.0.title', 'sources.0.url', 'timeZone', 'title'].sort(),
    );
    expect(errors.deadline).toBe('These words name no date we can read; pick the dates instead');
    expect(errors.amount).toBe('Write the amount as a number, e.g. 90 (with “billion”) or 90000000000');
    expect(validateDraft({ ...draft, deadlineMode: 'dates' }, null).errors.deadline).toBe(
      'Pick the last day of the window',
    );
  });

  it('puts a message where its field is shown', () => {
    expect(fieldOf('amount.value')).toBe('amount');
    expect(fieldOf('amount.currency')).toBe('amount.currency');
    expect(fieldOf('deadline.latest')).toBe('deadline');
    expect(fieldOf('deadline.earliest')).toBe('deadline.earliest');
    expect(fieldOf('pledgers.2')).toBe('pledgers');
    expect(fieldOf('sources.1.url')).toBe('sources.1.url');
    expect(fieldOf('tags.0')).toBe('tags');
  });

  it('fills the form from a stored pledge and gives the same pledge back', () => {
    const pledge = asPledge(
      guaranteesRecord({ tags: ['security', 'written'], sources: [{ title: 'Report', publishedOn: '2025-08-18' }] }),
      'overdue',
    );
    const body = toNewPledge(draftFromPledge(pledge), null);
    expect(body).toMatchObject({
      title: pledge.title,
      pledgers: ['united-states'],
      beneficiaries: ['ukraine'],
      deadline: pledge.deadline,
      tags: ['security', 'written'],
      sources: [{ title: 'Report', publishedOn: '2025-08-18' }],
      amount: null,
    });
  });

  it('writes an amount in a unit, and reads a stored one back in the largest unit that keeps it exact', () => {
    const draft = { ...emptyDraft('2025-08-18', 'UTC'), amountValue: '90', amountUnit: 'billion' as const };
    expect(toNewPledge(draft, null).amount).toEqual({ value: 90e9, currency: 'USD' });
    expect(amountInUnits(90e9)).toEqual({ amountValue: '90', amountUnit: 'billion' });
    expect(amountInUnits(2_500_000)).toEqual({ amountValue: '2.5', amountUnit: 'million' });
    expect(amountInUnits(1234)).toEqual({ amountValue: '1.234', amountUnit: 'thousand' });
    expect(amountInUnits(999.5)).toEqual({ amountValue: '999.5', amountUnit: '' });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e15 }), (value) => {
        const { amountValue, amountUnit } = amountInUnits(value);
        expect(toNewPledge({ ...emptyDraft('2025-08-18', 'UTC'), amountValue, amountUnit }, null).amount?.value).toBe(
          value,
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('reads amounts and tags as people type them', () => {
    expect(amountOf('90 000 000 000')).toBe(90e9);
    expect(amountOf('1.5')).toBe(1.5);
    expect(amountOf('')).toBeNaN();
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/), { maxLength: 6 }), (words) => {
        const tags = tagsOf(words.map((w) => ` ${w.toUpperCase()} `).join(','));
        expect(tags).toEqual([...new Set(words)]);
      }),
    );
  });
});
