import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseFilters } from '@shared/contract';
import { arbitraryFilters } from '@test/fixtures/filters';
import { pinClock, unpinClock } from '../lib/clock';
import { filtersOf, parseSearch, stringifySearch } from './search-serialization';

describe('page search strings', () => {
  test('read as plain key=a,b pairs, repeated keys joined', () => {
    expect(parseSearch('?verdict=open,broken&state=overdue&state=due&q=a+b')).toEqual({
      verdict: 'open,broken',
      state: 'overdue,due',
      q: 'a b',
    });
    expect(parseSearch('')).toEqual({});
  });

  test('write filters in the shared canonical order, commas left readable, defaults left out', () => {
    expect(
      stringifySearch({ state: ['due', 'overdue'], verdict: ['broken', 'open'], sort: 'status', q: 'war, peace' }),
    ).toBe('?verdict=open,broken&state=due,overdue&q=war,+peace');
    expect(stringifySearch({})).toBe('');
    expect(stringifySearch({ sort: '-deadline', party: 'united-states' })).toBe('?party=united-states&sort=-deadline');
  });

  test('round-trip through the shared parser to the same view', () => {
    const filters = {
      verdict: ['open' as const],
      state: ['due' as const, 'overdue' as const],
      party: 'ukraine',
      q: 'guarantees',
      sort: 'title' as const,
    };
    const again = parseFilters(parseSearch(stringifySearch(filters)));
    expect(again.problems).toEqual([]);
    expect(again.filters).toEqual(filters);
  });

  test('write tags, the party role and the deadline range in their place, and read them back', () => {
    const search = {
      q: 'help',
      to: '2025-09-30',
      from: '2025-09-01',
      tag: ['security', 'aid'],
      role: 'pledger',
      party: 'united-states',
      state: ['overdue'],
    };
    const text = stringifySearch(search);
    expect(text).toBe(
      '?state=overdue&party=united-states&role=pledger&tag=aid,security&from=2025-09-01&to=2025-09-30&q=help',
    );
    expect(parseFilters(parseSearch(text))).toEqual({
      filters: {
        state: ['overdue'],
        party: 'united-states',
        role: 'pledger',
        tag: ['aid', 'security'],
        from: '2025-09-01',
        to: '2025-09-30',
        q: 'help',
      },
      problems: [],
    });
    expect(stringifySearch({ role: 'pledger' })).toBe('');
  });

  test('keep keys that are not filters as they are (other pages own them)', () => {
    expect(stringifySearch({ tab: 'history', verdict: 'open' })).toBe('?verdict=open&tab=history');
  });

  test('keep every filter of the view when another one changes (slipped and progress too)', () => {
    const search = { state: ['overdue'], slipped: true, progress: ['partial'] };
    expect(stringifySearch(search)).toBe('?state=overdue&slipped=true&progress=partial');
    expect(filtersOf(parseSearch(stringifySearch(search)))).toEqual(search);
  });

  test('filtersOf keeps the valid filters only, whatever the router merged in', () => {
    expect(filtersOf({ verdict: ['open'], foo: '1', q: 'x', sort: 'sideways' })).toEqual({ verdict: ['open'], q: 'x' });
  });

  test('parse ∘ serialize is the identity on every view the table describes (page URLs)', () => {
    pinClock('2026-11-28T12:00:00Z');
    try {
      fc.assert(
        fc.property(arbitraryFilters('2026-11-28'), (filters) => {
          const url = stringifySearch(filters);
          expect(parseFilters(parseSearch(url)).problems).toEqual([]);
          expect(filtersOf(parseSearch(url))).toEqual(filters);
        }),
        { numRuns: 300 },
      );
    } finally {
      unpinClock();
    }
  });
});
