import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UK_NUMBER_SOURCE, parseUkNumber } from './numbers';

// Ukrainian numerals written out by hand, per case, independently of numbers.ts: the test
// spells a number and the reader must read it back. Every part of a compound declines.
const CASES = ['nominative', 'genitive', 'dative', 'instrumental'] as const;
type Case = (typeof CASES)[number];
const UNITS: Record<Case, string[]> = {
  nominative: ['', 'один', 'два', 'три', 'чотири', "п'ять", 'шість', 'сім', 'вісім', "дев'ять"],
  genitive: ['', 'одного', 'двох', 'трьох', 'чотирьох', "п'яти", 'шести', 'семи', 'восьми', "дев'яти"],
  dative: ['', 'одному', 'двом', 'трьом', 'чотирьом', "п'ятьом", 'шістьом', 'сімом', 'вісьмом', "дев'ятьом"],
  instrumental: ['', 'одним', 'двома', 'трьома', 'чотирма', "п'ятьма", 'шістьма', 'сьома', 'вісьма', "дев'ятьма"],
};
const TEENS: Record<Case, string[]> = {
  nominative: [
    'десять',
    'одинадцять',
    'дванадцять',
    'тринадцять',
    'чотирнадцять',
    "п'ятнадцять",
    'шістнадцять',
    'сімнадцять',
    'вісімнадцять',
    "дев'ятнадцять",
  ],
  genitive: [
    'десяти',
    'одинадцяти',
    'дванадцяти',
    'тринадцяти',
    'чотирнадцяти',
    "п'ятнадцяти",
    'шістнадцяти',
    'сімнадцяти',
    'вісімнадцяти',
    "дев'ятнадцяти",
  ],
  dative: [
    'десятьом',
    'одинадцятьом',
    'дванадцятьом',
    'тринадцятьом',
    'чотирнадцятьом',
    "п'ятнадцятьом",
    'шістнадцятьом',
    'сімнадцятьом',
    'вісімнадцятьом',
    "дев'ятнадцятьом",
  ],
  instrumental: [
    'десятьма',
    'одинадцятьма',
    'дванадцятьма',
    'тринадцятьма',
    'чотирнадцятьма',
    "п'ятнадцятьма",
    'шістнадцятьма',
    'сімнадцятьма',
    'вісімнадцятьма',
    "дев'ятнадцятьма",
  ],
};
const TENS: Record<Case, string[]> = {
  nominative: [
    '',
    '',
    'двадцять',
    'тридцять',
    'сорок',
    "п'ятдесят",
    'шістдесят',
    'сімдесят',
    'вісімдесят',
    "дев'яносто",
  ],
  genitive: [
    '',
    '',
    'двадцяти',
    'тридцяти',
    'сорока',
    "п'ятдесяти",
    'шістдесяти',
    'сімдесяти',
    'вісімдесяти',
    "дев'яноста",
  ],
  dative: [
    '',
    '',
    'двадцятьом',
    'тридцятьом',
    'сорока',
    "п'ятдесятьом",
    'шістдесятьом',
    'сімдесятьом',
    'вісімдесятьом',
    "дев'яноста",
  ],
  instrumental: [
    '',
    '',
    'двадцятьма',
    'тридцятьма',
    'сорока',
    "п'ятдесятьма",
    'шістдесятьма',
    'сімдесятьма',
    'вісімдесятьма',
    "дев'яноста",
  ],
};

function spell(n: number, c: Case): string {
  if (n < 10) return UNITS[c][n]!;
  if (n < 20) return TEENS[c][n - 10]!;
  const tens = TENS[c][Math.floor(n / 10)]!;
  return n % 10 === 0 ? tens : `${tens} ${UNITS[c][n % 10]}`;
}

describe('Ukrainian number words', () => {
  it('reads back every number from 1 to 99 in every case, whole, as the regex finds it', () => {
    const whole = new RegExp(`^${UK_NUMBER_SOURCE}$`, 'u');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.constantFrom(...CASES), (n, c) => {
        const words = spell(n, c);
        expect(whole.test(words), words).toBe(true);
        expect(parseUkNumber(words), words).toBe(n);
      }),
      { numRuns: 400 },
    );
  });
  it('reads digits as they are', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), (n) => {
        expect(parseUkNumber(String(n))).toBe(n);
      }),
    );
  });
  it.each([
    ['двадцять п’ять'.replace('’', "'"), 25],
    ['сто', 100],
    ['ста', 100],
    ['одна', 1],
  ])('%s → %i', (words, n) => expect(parseUkNumber(words)).toBe(n));
  it('refuses what is no number', () => {
    for (const words of ['тиждень', 'сорок сорок', 'п’ять двадцять', 'два три чотири', ''])
      expect(parseUkNumber(words)).toBeNull();
  });
});
