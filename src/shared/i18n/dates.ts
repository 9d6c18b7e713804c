// Calendar dates in each language: "25–28 Aug 2025" / "25–28 серп. 2025". A pledge's dates are
// days, not instants, so they read the same in every zone. English keeps the tracker's own short
// forms (Intl's en-GB writes "Sept" and spaces its ranges); Ukrainian is Intl's, without the
// "р." (рік) that Intl adds after the year, as Ukrainian newsrooms write dates in running text.

import type { PlainDateString } from '../domain/dates';
import { formatDate, formatDateRange, formatDateWithWeekday } from '../domain/dates';
import { INTL_LOCALE, type Locale } from './locales';

const utc = (date: PlainDateString) => new Date(`${date}T00:00:00Z`);
const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(locale: Locale, weekday: boolean): Intl.DateTimeFormat {
  const key = `${locale}:${weekday}`;
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      ...(weekday ? { weekday: 'short' } : {}),
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dayFormats.set(key, format);
  }
  return format;
}

/** Intl's parts with the year's abbreviation ("р.", "рр.") after the last year taken off. */
function withoutYearWord(parts: Intl.DateTimeFormatPart[]): string {
  const lastYear = parts.findLastIndex((part) => part.type === 'year');
  return parts
    .filter((part, index) => !(index > lastYear && part.type === 'literal' && /^\s*р+\.\s*$/.test(part.value)))
    .map((part) => part.value)
    .join('');
}

/** "28 Aug 2025" / "28 серп. 2025". */
export function formatDateIn(locale: Locale, date: PlainDateString): string {
  if (locale === 'en') return formatDate(date);
  return withoutYearWord(dayFormat(locale, false).formatToParts(utc(date)));
}

/** "Mon 25 Aug 2025" / "пн, 25 серп. 2025". */
export function formatDateWithWeekdayIn(locale: Locale, date: PlainDateString): string {
  if (locale === 'en') return formatDateWithWeekday(date);
  return withoutYearWord(dayFormat(locale, true).formatToParts(utc(date)));
}

/** "25–28 Aug 2025", "28 Aug – 3 Sep 2025" / "25–28 серп. 2025", "28 серп. – 3 вер. 2025". */
export function formatDateRangeIn(locale: Locale, from: PlainDateString, to: PlainDateString): string {
  if (locale === 'en') return formatDateRange(from, to);
  if (from === to) return formatDateIn(locale, to);
  return withoutYearWord(dayFormat(locale, false).formatRangeToParts(utc(from), utc(to)));
}
