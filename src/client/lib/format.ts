// Small formatting helpers for what the domain module does not already say in words. Each takes
// the reader's language last (English when left out): pass `t.locale` from `useT()`.
import type { Amount } from '@shared/contract';
import {
  INTL_LOCALE,
  createTranslator,
  formatDateIn,
  otherLanguageFormats,
  type Locale,
  type Translate,
} from '@shared/i18n';
import { timeWords } from './messages';

const lists = new Map<Locale, Intl.ListFormat>();

/** "and"-lists in the reader's language ("United States, European allies and Ukraine"), made once per language. */
export function listFormat(locale: Locale): Intl.ListFormat {
  let list = lists.get(locale);
  if (!list) lists.set(locale, (list = new Intl.ListFormat(INTL_LOCALE[locale], { type: 'conjunction' })));
  return list;
}

const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** "$90 billion", "€1.5 million", "£250,000" / "90 млрд $": words for large sums, digits for small ones. */
export function formatMoney(value: number, currency: string, locale: Locale = 'en'): string {
  if (locale !== 'en') return otherLanguageFormats().money(locale, value, currency);
  for (const [size, word] of SCALES) {
    if (Math.abs(value) >= size) {
      const scaled = new Intl.NumberFormat('en-US', {
        style: 'currency',
        currency,
        maximumFractionDigits: 1,
        minimumFractionDigits: 0,
      }).format(value / size);
      return `${scaled} ${word}`;
    }
  }
  return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(value);
}

/** "4.5 billion", "250,000" / "4,5 мільярда": a quantity in words, without its currency. */
export function formatQuantity(value: number, locale: Locale = 'en'): string {
  if (locale !== 'en') return otherLanguageFormats().quantity(locale, value);
  for (const [size, word] of SCALES) {
    if (Math.abs(value) >= size)
      return `${new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(value / size)} ${word}`;
  }
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(value);
}

/** The exact sum, for a tooltip or a screen reader. */
export function formatMoneyExact(value: number, currency: string, locale: Locale = 'en'): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-US' : INTL_LOCALE[locale], {
    style: 'currency',
    currency,
    maximumFractionDigits: 2,
  }).format(value);
}

export function deliveredShare(amount: Amount): number {
  if (amount.value <= 0) return 0;
  return Math.max(0, Math.min(1, amount.delivered / amount.value));
}

const instantFormats = new Map<Locale, Intl.DateTimeFormat>();

/** "29 Nov 2026, 14:03" / "29 лист. 2026 р. о 14:03" in the reader's own zone (history is about when something was done). */
export function formatInstant(iso: string, locale: Locale = 'en'): string {
  let format = instantFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });
    instantFormats.set(locale, format);
  }
  return format.format(new Date(iso));
}

/** True for http: and https: links only: nothing else is ever made clickable. */
export function isHttpUrl(value: string | undefined | null): value is string {
  if (!value) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** "www.reuters.com" for a link without a title. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/** Amounts as people type them: "90,000,000,000", "90 000 000 000", "1.5"; NaN when empty or not a number. */
export function parseAmount(text: string): number {
  const cleaned = text.replace(/[\s,_\u00a0\u202f]/g, '');
  return cleaned === '' ? NaN : Number(cleaned);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "29 Nov 2026" / "29 лист. 2026": the day of an instant in the reader's zone, written as the app writes dates. */
export function formatDay(iso: string, locale: Locale = 'en'): string {
  const at = new Date(iso);
  if (locale !== 'en') {
    const pad = (n: number) => String(n).padStart(2, '0');
    return formatDateIn(
      locale,
      `${String(at.getFullYear()).padStart(4, '0')}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`,
    );
  }
  return `${at.getDate()} ${MONTHS[at.getMonth()]} ${at.getFullYear()}`;
}

const relativeFormats = new Map<Locale, Intl.RelativeTimeFormat>();
const englishWords = createTranslator('en');
const RELATIVE_STEPS: [limitMs: number, unitMs: number, unit: Intl.RelativeTimeFormatUnit][] = [
  [60 * 60_000, 60_000, 'minute'],
  [24 * 60 * 60_000, 60 * 60_000, 'hour'],
  [7 * 24 * 60 * 60_000, 24 * 60 * 60_000, 'day'],
];

/**
 * "just now", "3 minutes ago", "2 hours ago", "yesterday", "4 days ago"; from a week on, the
 * instant itself ("on 29 Nov 2026, 14:03"). For what someone else did a moment ago, where "when"
 * matters more as a distance than as a time.
 */
export function formatTimeAgo(iso: string, nowMs: number, t: Translate = englishWords): string {
  const ago = nowMs - Date.parse(iso);
  // A clock a little ahead of ours still reads as a moment ago.
  if (ago < 60_000) return t(timeWords.justNow);
  let relative = relativeFormats.get(t.locale);
  if (!relative) {
    relative = new Intl.RelativeTimeFormat(INTL_LOCALE[t.locale], { numeric: 'auto' });
    relativeFormats.set(t.locale, relative);
  }
  for (const [limit, unit, name] of RELATIVE_STEPS) {
    if (ago < limit) return relative.format(-Math.floor(ago / unit), name);
  }
  return t(timeWords.onInstant, { instant: formatInstant(iso, t.locale) });
}
