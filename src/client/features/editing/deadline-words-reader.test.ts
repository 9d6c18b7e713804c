// Deadline words typed on the form: English as the extractor reads them, Ukrainian month names
// and phrases, and day-first dates (25.08.2025) in either language, never read month first.
import { describe, expect, test } from 'vitest';
import { dottedWindow, readDeadlineWords } from './deadline-words-reader';

const read = (words: string) => readDeadlineWords(words, '2025-08-18', 'Europe/Kyiv');

describe('deadline words on the form', () => {
  test('day-first dates: a day alone is due on it, "до"/"by" a day is due by it', () => {
    expect(read('25.08.2025')).toEqual({ earliest: '2025-08-25', latest: '2025-08-25' });
    expect(read('до 25.08.2025')).toEqual({ latest: '2025-08-25' });
    expect(read('до 5.9.2025 року')).toEqual({ latest: '2025-09-05' });
    expect(read('by 05.09.2025')).toEqual({ latest: '2025-09-05' });
    expect(read('з 25.08.2025 до 28.08.2025')).toEqual({ earliest: '2025-08-25', latest: '2025-08-28' });
    expect(read('25.08.2025–28.08.2025')).toEqual({ earliest: '2025-08-25', latest: '2025-08-28' });
  });

  test('a day that does not exist, or a range backwards, is no window', () => {
    expect(dottedWindow('31.09.2025')).toBeNull();
    expect(dottedWindow('28.08.2025–25.08.2025')).toBeNull();
    expect(dottedWindow('13.13.2025')).toBeNull();
  });

  test('Ukrainian month names and phrases, counted from the announcement', () => {
    expect(read('до 28 серпня 2025')).toEqual({ latest: '2025-08-28' });
    expect(read('до 28 серпня')).toEqual({ latest: '2025-08-28' });
    expect(read('до кінця вересня')).toEqual({ latest: '2025-09-30' });
    expect(read('протягом тижня–десяти днів')).toEqual({ earliest: '2025-08-25', latest: '2025-08-28' });
    expect(read('протягом 10 днів')).toEqual({ latest: '2025-08-28' });
  });

  test('English words read as before; words naming no date give none', () => {
    expect(read('within the next week to ten days')).toEqual({ earliest: '2025-08-25', latest: '2025-08-28' });
    expect(read('by the end of September')).toEqual({ latest: '2025-09-30' });
    expect(read('колись згодом')).toBeNull();
    expect(read('   ')).toBeNull();
  });
});
