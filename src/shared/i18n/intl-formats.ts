// How languages other than English write dates, sums and quantities: through Intl ("25–28 серп.
// 2025", "90 млрд $", "4,5 мільярда"). English keeps the tracker's own forms (dates.ts and the
// client's format.ts). This module loads with a language's messages, never with the English first
// page: the browser's catalogs.ts and the server's i18n.ts hand it to formatOtherLanguagesWith().
import type { PlainDateString } from '../domain/dates';
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

/**
 * Intl's parts with the year's abbreviation ("р.", "рр.") after the last year taken off, as
 * Ukrainian newsrooms write dates in running text.
 */
function withoutYearWord(parts: Intl.DateTimeFormatPart[]): string {
  const lastYear = parts.findLastIndex((part) => part.type === 'year');
  return parts
    .filter((part, index) => !(index > lastYear && part.type === 'literal' && /^\s*р+\.\s*$/.test(part.value)))
    .map((part) => part.value)
    .join('');
}

export interface OtherLanguageFormats {
  date(locale: Locale, date: PlainDateString): string;
  dateWithWeekday(locale: Locale, date: PlainDateString): string;
  dateRange(locale: Locale, from: PlainDateString, to: PlainDateString): string;
  /** "90 млрд $": compact for large sums, digits for small ones. */
  money(locale: Locale, value: number, currency: string): string;
  /** "4,5 мільярда": a quantity in words, without its currency. */
  quantity(locale: Locale, value: number): string;
}

export const intlFormats: OtherLanguageFormats = {
  date: (locale, date) => withoutYearWord(dayFormat(locale, false).formatToParts(utc(date))),
  dateWithWeekday: (locale, date) => withoutYearWord(dayFormat(locale, true).formatToParts(utc(date))),
  dateRange: (locale, from, to) =>
    from === to
      ? intlFormats.date(locale, to)
      : withoutYearWord(dayFormat(locale, false).formatRangeToParts(utc(from), utc(to))),
  money(locale, value, currency) {
    const large = Math.abs(value) >= 1e6;
    return new Intl.NumberFormat(INTL_LOCALE[locale], {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
      ...(large ? { notation: 'compact', compactDisplay: 'short' } : {}),
      maximumFractionDigits: large ? 1 : 0,
      minimumFractionDigits: 0,
    }).format(value);
  },
  quantity(locale, value) {
    const large = Math.abs(value) >= 1e6;
    return new Intl.NumberFormat(INTL_LOCALE[locale], {
      ...(large ? { notation: 'compact', compactDisplay: 'long' } : {}),
      maximumFractionDigits: large ? 1 : 2,
    }).format(value);
  },
};
