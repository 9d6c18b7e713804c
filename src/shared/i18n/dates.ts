// Calendar dates in each language: "25–28 Aug 2025" / "25–28 серп. 2025". A pledge's dates are
// days, not instants, so they read the same in every zone. English keeps the tracker's own short
// forms (Intl's en-GB writes "Sept" and spaces its ranges); other languages are written through
// Intl by intl-formats.ts, which loads with their messages so the English first page does not
// carry it.

import type { PlainDateString } from '../domain/dates';
import { formatDate, formatDateRange, formatDateWithWeekday } from '../domain/dates';
import type { OtherLanguageFormats } from './intl-formats';
import type { Locale } from './locales';

let otherLanguages: OtherLanguageFormats | null = null;

/** Hands over how other languages write dates and numbers, once loaded with their messages. */
export function formatOtherLanguagesWith(formats: OtherLanguageFormats): void {
  otherLanguages = formats;
}

/** How other languages write dates and numbers; a loud error if they were not loaded first. */
export function otherLanguageFormats(): OtherLanguageFormats {
  if (!otherLanguages)
    throw new Error(
      'Dates and numbers in a language other than English were asked for before its formats were loaded ' +
        '(intl-formats.ts, handed over by formatOtherLanguagesWith with the language’s messages).',
    );
  return otherLanguages;
}

/** "28 Aug 2025" / "28 серп. 2025". */
export function formatDateIn(locale: Locale, date: PlainDateString): string {
  return locale === 'en' ? formatDate(date) : otherLanguageFormats().date(locale, date);
}

/** "Mon 25 Aug 2025" / "пн, 25 серп. 2025". */
export function formatDateWithWeekdayIn(locale: Locale, date: PlainDateString): string {
  return locale === 'en' ? formatDateWithWeekday(date) : otherLanguageFormats().dateWithWeekday(locale, date);
}

/** "25–28 Aug 2025", "28 Aug – 3 Sep 2025" / "25–28 серп. 2025", "28 серп. – 3 вер. 2025". */
export function formatDateRangeIn(locale: Locale, from: PlainDateString, to: PlainDateString): string {
  return locale === 'en' ? formatDateRange(from, to) : otherLanguageFormats().dateRange(locale, from, to);
}
