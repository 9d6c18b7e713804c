// "Anna moved this pledge to the trash 3 minutes ago": the words a refused save shows, from the
// 410's who and when.
import { describe, expect, test } from 'vitest';
import { ApiError, errorMessage } from './api-client';
import { pinClock, unpinClock } from './clock';
import { formatInstant, formatTimeAgo } from './format';
import { trashedSentence } from './trashed-words';

const NOW = Date.parse('2026-11-28T12:00:00Z');
const before = (ms: number) => new Date(NOW - ms).toISOString();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('time ago', () => {
  test('in words up to a week, then the instant itself', () => {
    expect(formatTimeAgo(before(20_000), NOW)).toBe('just now');
    expect(formatTimeAgo(before(-5_000), NOW)).toBe('just now');
    expect(formatTimeAgo(before(MINUTE), NOW)).toBe('1 minute ago');
    expect(formatTimeAgo(before(3 * MINUTE + 59_000), NOW)).toBe('3 minutes ago');
    expect(formatTimeAgo(before(59 * MINUTE), NOW)).toBe('59 minutes ago');
    expect(formatTimeAgo(before(2 * HOUR), NOW)).toBe('2 hours ago');
    expect(formatTimeAgo(before(DAY + HOUR), NOW)).toBe('yesterday');
    expect(formatTimeAgo(before(4 * DAY), NOW)).toBe('4 days ago');
    expect(formatTimeAgo(before(8 * DAY), NOW)).toBe(`on ${formatInstant(before(8 * DAY))}`);
  });
});

describe('who moved it to the trash', () => {
  test('names the person and how long ago', () => {
    expect(trashedSentence({ by: 'Anna Kovalenko', at: before(3 * MINUTE) }, NOW)).toBe(
      'Anna Kovalenko moved this pledge to the trash 3 minutes ago.',
    );
    expect(trashedSentence({ by: null, at: before(2 * HOUR) }, NOW)).toBe(
      'Someone moved this pledge to the trash 2 hours ago.',
    );
  });

  test('replaces the server’s words for API callers wherever an error is shown', () => {
    pinClock(NOW);
    try {
      const gone = new ApiError(410, 'gone', 'This pledge is in the trash. Restore it (POST …/restore).', [], null, {
        by: 'Anna Kovalenko',
        at: before(3 * MINUTE),
      });
      expect(errorMessage(gone)).toBe(
        'Anna Kovalenko moved this pledge to the trash 3 minutes ago. Restore it from the trash to change it; its history is kept.',
      );
      expect(errorMessage(new ApiError(500, 'internal', 'The store is down.'))).toBe('The store is down.');
    } finally {
      unpinClock();
    }
  });
});
