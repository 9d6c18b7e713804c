import { describe, expect, test } from 'vitest';
import { describeChange, describeValue } from './describe-change';

describe('a history change in words', () => {
  test('verdicts and dates by their labels', () => {
    expect(describeChange({ field: 'verdict', from: 'open', to: 'fulfilled' })).toEqual({
      label: 'Verdict',
      from: 'Open',
      to: 'Fulfilled',
    });
    expect(describeChange({ field: 'resolvedOn', from: null, to: '2025-08-27' })).toEqual({
      label: 'Date it happened',
      from: 'not set',
      to: '27 Aug 2025',
    });
  });

  test('a moved deadline slips', () => {
    expect(
      describeChange({
        field: 'deadline',
        from: { latest: '2025-08-28', text: 'soon' },
        to: { latest: '2025-09-15', text: 'soon' },
      }),
    ).toEqual({
      label: 'Deadline',
      text: 'slipped from 28 Aug 2025 to 15 Sep 2025',
    });
    expect(
      describeChange({
        field: 'deadline',
        from: null,
        to: { earliest: '2025-08-25', latest: '2025-08-28', text: 'x' },
      }),
    ).toEqual({
      label: 'Deadline',
      from: 'no deadline',
      to: 'due 25–28 Aug 2025',
    });
  });

  test('evidence as links added and removed', () => {
    expect(
      describeChange({ field: 'evidence', from: [], to: [{ url: 'https://www.example.org/a', note: '' }] }),
    ).toEqual({
      label: 'Evidence',
      text: 'added “www.example.org”',
    });
    expect(
      describeChange({ field: 'evidence', from: [{ url: 'https://a.org', title: 'Statement', note: '' }], to: [] })
        .text,
    ).toBe('removed “Statement”');
  });

  test('amounts, parties and text', () => {
    expect(describeChange({ field: 'amount', from: null, to: { value: 9e10, currency: 'USD', delivered: 0 } }).to).toBe(
      '$90 billion, $0 delivered',
    );
    expect(
      describeChange({
        field: 'pledgers',
        from: [{ id: 'a', name: 'United States' }],
        to: [{ id: 'b', name: 'Ukraine' }],
      }),
    ).toMatchObject({ from: 'United States', to: 'Ukraine' });
    expect(describeChange({ field: 'title', from: 'Old', to: 'New' })).toMatchObject({ from: '“Old”', to: '“New”' });
  });

  test('values of an unexpected shape do not break the page', () => {
    expect(describeChange({ field: 'verdict', from: 42, to: { odd: true } })).toEqual({
      label: 'Verdict',
      from: 'not set',
      to: 'not set',
    });
    expect(describeChange({ field: 'somethingNew', from: 'a', to: 'b' })).toEqual({
      label: 'somethingNew',
      from: 'a',
      to: 'b',
    });
  });
});

describe('a value on its own', () => {
  test('names list items one by one, and reads other fields as the history does', () => {
    expect(
      describeValue('sources', [{ title: 'Summit report' }, { title: 'Reuters', url: 'https://reuters.com/x' }]),
    ).toBe('“Summit report”, “Reuters”');
    expect(describeValue('sources', [])).toBe('none');
    expect(describeValue('evidence', [{ url: 'https://example.org/a', note: '' }])).toBe('“example.org”');
    expect(describeValue('deliveries', [{ id: 'd1', on: '2025-11-20', value: 4.5e9, note: '' }])).toBe(
      '4.5 billion on 20 Nov 2025',
    );
    expect(describeValue('title', 'Put it in writing')).toBe('“Put it in writing”');
    expect(describeValue('tags', ['a', 'b'])).toBe('a, b');
  });
});
