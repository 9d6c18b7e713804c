// Counts and dates in both languages, held against Intl: plural forms for every count from 0 to
// 1,000 (Ukrainian has one, few, many and other), and dates across months and years.
import fc from 'fast-check';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { describeTiming, describeWindow, timingWords } from '../domain';
import type { PlainDateString } from '../domain/dates';
import { defineMessages, translate } from './define';
import { formatDateIn, formatDateRangeIn, formatDateWithWeekdayIn, formatOtherLanguagesWith } from './dates';
import { intlFormats } from './intl-formats';
import { INTL_LOCALE, LOCALES } from './locales';
import { createTranslator } from './translator';
import ukrainianDomain from '../domain/messages.uk';

const pledges = defineMessages('test', { count: '{count, plural, one {# pledge} other {# pledges}}' });
const FORMS = {
  en: { one: 'pledge', other: 'pledges' },
  uk: { one: 'обіцянка', few: 'обіцянки', many: 'обіцянок', other: 'обіцянки' },
} as const;
const translators = {
  en: createTranslator('en'),
  uk: createTranslator(
    'uk',
    translate(pledges, {
      count: '{count, plural, one {# обіцянка} few {# обіцянки} many {# обіцянок} other {# обіцянки}}',
    }),
  ),
};
const domain = { en: createTranslator('en'), uk: createTranslator('uk', ukrainianDomain) };

// As the browser does when it loads Ukrainian, and the server when it starts.
beforeAll(() => formatOtherLanguagesWith(intlFormats));

describe('formats of languages other than English', () => {
  test('are asked for loudly when they were not loaded with the language', async () => {
    vi.resetModules();
    const fresh = await import('./dates');
    expect(fresh.formatDateIn('en', '2025-08-28')).toBe('28 Aug 2025');
    expect(() => fresh.formatDateIn('uk', '2025-08-28')).toThrow(/before its formats were loaded/);
    fresh.formatOtherLanguagesWith(intlFormats);
    expect(fresh.formatDateIn('uk', '2025-08-28')).toBe('28 серп. 2025');
  });
});

describe('plural forms', () => {
  test.each(LOCALES)('%s: every count from 0 to 1,000 takes the form Intl.PluralRules picks', (locale) => {
    const rules = new Intl.PluralRules(INTL_LOCALE[locale]);
    const forms = FORMS[locale] as Record<string, string>;
    for (let count = 0; count <= 1000; count++) {
      const number = new Intl.NumberFormat(INTL_LOCALE[locale]).format(count);
      expect(translators[locale](pledges.count, { count })).toBe(`${number} ${forms[rules.select(count)]}`);
    }
  });

  test('Ukrainian says 1 обіцянка, 2 обіцянки, 5 обіцянок, 21 обіцянка, 111 обіцянок', () => {
    const say = (count: number) => translators.uk(pledges.count, { count });
    expect([1, 2, 5, 21, 22, 25, 111, 1000].map(say)).toEqual([
      '1 обіцянка',
      '2 обіцянки',
      '5 обіцянок',
      '21 обіцянка',
      '22 обіцянки',
      '25 обіцянок',
      '111 обіцянок',
      '1\u00a0000 обіцянок',
    ]);
  });

  test.each(LOCALES)('%s: the domain’s day counts agree with Intl.PluralRules for 0 to 1,000 days', (locale) => {
    const rules = new Intl.PluralRules(INTL_LOCALE[locale]);
    const word = { en: { one: 'day', other: 'days' }, uk: { one: 'день', few: 'дні', many: 'днів', other: 'дня' } }[
      locale
    ] as Record<string, string>;
    for (let days = 0; days <= 1000; days++) {
      const text = domain[locale](timingWords.overdueBy, { days });
      const number = new Intl.NumberFormat(INTL_LOCALE[locale]).format(days);
      expect(text.endsWith(`${number} ${word[rules.select(days)]}`), text).toBe(true);
    }
  });
});

// Any day from 1900 to 2100, as YYYY-MM-DD.
const day = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10) as PlainDateString);
const utc = (d: PlainDateString) => new Date(`${d}T00:00:00Z`);
const intl = (locale: string, weekday = false) =>
  new Intl.DateTimeFormat(locale, {
    ...(weekday ? { weekday: 'short' } : {}),
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
// Ukrainian as Intl writes it, without the year's abbreviation; English as en-GB writes it, with
// the tracker's "Sep" and unspaced day ranges.
const asUkrainian = (text: string) => text.replace(/\s+рр?\.$/, '');
const asEnglish = (text: string) =>
  text
    .replace(/Sept\b/g, 'Sep')
    .replace(/\s–\s/g, ' – ')
    .replace(/^(\d{1,2}) – (\d)/, '$1–$2');

describe('dates', () => {
  test('Ukrainian days are Intl’s, without “р.”', () => {
    fc.assert(
      fc.property(day, (d) => {
        expect(formatDateIn('uk', d)).toBe(asUkrainian(intl('uk').format(utc(d))));
        expect(formatDateWithWeekdayIn('uk', d)).toBe(asUkrainian(intl('uk', true).format(utc(d))));
      }),
    );
  });

  test('English days are en-GB’s, with "Sep"', () => {
    fc.assert(
      fc.property(day, (d) => {
        expect(formatDateIn('en', d)).toBe(asEnglish(intl('en-GB').format(utc(d))));
      }),
    );
  });

  test('ranges across days, months and years are Intl’s in both languages', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 800 }), (from, length) => {
        const to = new Date(utc(from).getTime() + length * 86_400_000).toISOString().slice(0, 10) as PlainDateString;
        expect(formatDateRangeIn('uk', from, to)).toBe(asUkrainian(intl('uk').formatRange(utc(from), utc(to))));
        expect(formatDateRangeIn('en', from, to)).toBe(asEnglish(intl('en-GB').formatRange(utc(from), utc(to))));
      }),
    );
  });

  test('a window reads "due 25–28 Aug 2025" / "до 25–28 серп. 2025"', () => {
    const window = { earliest: '2025-08-25', latest: '2025-08-28', text: 'within the next week to ten days' };
    expect(describeWindow(window, domain.en)).toBe('due 25–28 Aug 2025');
    expect(describeWindow(window, domain.uk)).toBe('до 25–28 серп. 2025');
    expect(describeWindow({ latest: '2025-09-01', text: 'by 1 September' }, domain.uk)).toBe('не пізніше 1 вер. 2025');
  });

  test('timing reads "due in 3 days" / "строк через 3 дні"', () => {
    const pledge = {
      deadline: { latest: '2025-08-28', text: 'by 28 August' },
      timeZone: 'Europe/Kyiv',
      verdict: 'open' as const,
      announcedOn: '2025-08-18',
      resolvedOn: null,
    };
    const now = Date.parse('2025-08-25T09:00:00Z');
    expect(describeTiming(pledge, now, undefined, domain.en)).toBe('due in 3 days');
    expect(describeTiming(pledge, now, undefined, domain.uk)).toBe('строк через 3 дні');
  });
});
