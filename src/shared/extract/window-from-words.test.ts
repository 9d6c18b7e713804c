import { describe, expect, it } from 'vitest';
import { windowFromWords } from './window-from-words';

describe('a deadline typed as words', () => {
  it('reads the summit’s words as 25–28 Aug 2025, from the day of the announcement', () => {
    expect(windowFromWords('within the next week to ten days', '2025-08-18', 'America/New_York')).toMatchObject({
      earliest: '2025-08-25',
      latest: '2025-08-28',
    });
    expect(windowFromWords('within 7–10 days', '2025-08-18', 'America/New_York')).toMatchObject({
      earliest: '2025-08-25',
      latest: '2025-08-28',
    });
  });

  it('reads a single day and a month', () => {
    expect(windowFromWords('by 15 September 2025', '2025-08-18', 'Europe/Kyiv')).toMatchObject({
      latest: '2025-09-15',
    });
    expect(windowFromWords('by the end of the year', '2025-08-18', 'Europe/Kyiv')).toMatchObject({
      latest: '2025-12-31',
    });
  });

  it('says nothing for words that name no date', () => {
    expect(windowFromWords('', '2025-08-18', 'UTC')).toBeNull();
    expect(windowFromWords('soon, we hope', '2025-08-18', 'UTC')).toBeNull();
  });
});
