// Calendar periods (a day, a week, a month, a quarter, a half, a year) as first and last
// dates, all through Temporal so no process time zone can shift them.
import { Temporal } from 'temporal-polyfill';

export interface Period {
  first: string;
  last: string;
}

export const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** "Sept", "Oct." and "October" → 10; null for anything else. */
export function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w === 'sept') return 9;
  const i = MONTH_NAMES.findIndex((m) => m === w || (w.length === 3 && m.startsWith(w)));
  return i < 0 ? null : i + 1;
}

export function weekdayNumber(word: string): number | null {
  const i = WEEKDAY_NAMES.indexOf(word.toLowerCase());
  return i < 0 ? null : i + 1;
}

const pd = (date: string) => Temporal.PlainDate.from(date);

export function day(date: string): Period {
  return { first: date, last: date };
}

export function monthPeriod(year: number, month: number): Period {
  const first = Temporal.PlainDate.from({ year, month, day: 1 });
  return { first: first.toString(), last: first.with({ day: first.daysInMonth }).toString() };
}

export function quarterPeriod(year: number, quarter: number): Period {
  return { first: monthPeriod(year, quarter * 3 - 2).first, last: monthPeriod(year, quarter * 3).last };
}

export function halfPeriod(year: number, half: number): Period {
  return { first: monthPeriod(year, half * 6 - 5).first, last: monthPeriod(year, half * 6).last };
}

export function yearPeriod(year: number): Period {
  return { first: `${year}-01-01`, last: `${year}-12-31` };
}

/** Early / mid / late of a month: days 1–10, 11–20, 21–end. */
export function partOfMonth(p: Period, part: 'early' | 'mid' | 'late'): Period {
  const first = pd(p.first);
  if (part === 'early') return { first: p.first, last: first.with({ day: 10 }).toString() };
  if (part === 'mid') return { first: first.with({ day: 11 }).toString(), last: first.with({ day: 20 }).toString() };
  return { first: first.with({ day: 21 }).toString(), last: p.last };
}

/** Early / mid / late of a year: January–April, May–August, September–December. */
export function partOfYear(year: number, part: 'early' | 'mid' | 'late'): Period {
  const start = part === 'early' ? 1 : part === 'mid' ? 5 : 9;
  return { first: monthPeriod(year, start).first, last: monthPeriod(year, start + 3).last };
}

/** The ISO week (Monday to Sunday) that holds `date`. */
export function weekOf(date: string): Period {
  const d = pd(date);
  const monday = d.subtract({ days: d.dayOfWeek - 1 });
  return { first: monday.toString(), last: monday.add({ days: 6 }).toString() };
}

/** The first given weekday strictly after `date`. */
export function weekdayAfter(date: string, weekday: number): string {
  const d = pd(date);
  const ahead = ((weekday - d.dayOfWeek + 7) % 7) || 7;
  return d.add({ days: ahead }).toString();
}

export function yearOf(date: string): number {
  return pd(date).year;
}

export function monthOf(date: string): number {
  return pd(date).month;
}

/** A month without a year: the next occurrence on or after D (the month that holds D counts). */
export function nextMonth(ref: string, month: number): Period {
  const d = pd(ref);
  return monthPeriod(month >= d.month ? d.year : d.year + 1, month);
}

/** A day without a year: the next occurrence on or after D. Null for a day that does not exist (31 June). */
export function nextDay(ref: string, month: number, dayOfMonth: number): string | null {
  const d = pd(ref);
  for (const year of [d.year, d.year + 1, d.year + 2, d.year + 3, d.year + 4]) {
    try {
      const candidate = Temporal.PlainDate.from({ year, month, day: dayOfMonth }, { overflow: 'reject' });
      if (Temporal.PlainDate.compare(candidate, d) >= 0) return candidate.toString();
    } catch {
      if (month !== 2 || dayOfMonth !== 29) return null;
    }
  }
  return null;
}

export function exactDay(year: number, month: number, dayOfMonth: number): string | null {
  try {
    return Temporal.PlainDate.from({ year, month, day: dayOfMonth }, { overflow: 'reject' }).toString();
  } catch {
    return null;
  }
}

export function addTo(date: string, amount: { days?: number; weeks?: number; months?: number; years?: number }): string {
  return pd(date).add(amount).toString();
}
