// Small formatting helpers for what the domain module does not already say in words.
import type { Amount, PartyRef } from '@shared/contract';

/** "United States, European allies and Ukraine" style list of names. */
export function partyNames(parties: readonly PartyRef[]): string {
  const names = parties.map((p) => p.name);
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** "$90 billion", "€1.5 million", "£250,000": words for large sums, digits for small ones. */
export function formatMoney(value: number, currency: string): string {
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

/** "4.5 billion", "250,000": a quantity in words, without its currency. */
export function formatQuantity(value: number): string {
  for (const [size, word] of SCALES) {
    if (Math.abs(value) >= size)
      return `${new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(value / size)} ${word}`;
  }
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(value);
}

/** The exact sum, for a tooltip or a screen reader. */
export function formatMoneyExact(value: number, currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 2 }).format(value);
}

export function deliveredShare(amount: Amount): number {
  if (amount.value <= 0) return 0;
  return Math.max(0, Math.min(1, amount.delivered / amount.value));
}

const instantFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "29 Nov 2026, 14:03" in the reader's own zone (history is about when something was done). */
export function formatInstant(iso: string): string {
  return instantFormat.format(new Date(iso));
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

/** "29 Nov 2026": the day of an instant in the reader's zone, written as the app writes dates. */
export function formatDay(iso: string): string {
  const at = new Date(iso);
  return `${at.getDate()} ${MONTHS[at.getMonth()]} ${at.getFullYear()}`;
}

const relativeFormat = new Intl.RelativeTimeFormat('en-GB', { numeric: 'auto' });
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
export function formatTimeAgo(iso: string, nowMs: number): string {
  const ago = nowMs - Date.parse(iso);
  // A clock a little ahead of ours still reads as a moment ago.
  if (ago < 60_000) return 'just now';
  for (const [limit, unit, name] of RELATIVE_STEPS) {
    if (ago < limit) return relativeFormat.format(-Math.floor(ago / unit), name);
  }
  return `on ${formatInstant(iso)}`;
}
