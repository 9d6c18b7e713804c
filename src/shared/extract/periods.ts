// Calendar periods (a day, a week, a month, a quarter, a half, a year) as first and last
// dates, all through Temporal so no process time zone can shift them.
import { Temporal } from 'temporal-polyfill';

export interface Period {
  first: string;
  last: string;
}

export const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
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

// Memo tables for the calendar maths. An article asks the same few questions sentence after
// sentence (D itself, D+7, the month of D, the next October…), and each answer through the
// Temporal polyfill parses an ISO string and allocates several objects: that garbage was a
// large part of the extraction time and of its slow outliers (GC pauses). Answers are
// immutable (strings, Temporal dates, frozen periods), so they are safe to share. Only
// successful answers are kept, so invalid input still throws or returns null as before. Each
// table is cleared when it grows past MEMO_LIMIT, which bounds a long-running server.
const MEMO_LIMIT = 2000;

function memo<V>(table: Map<string, V>, key: string, compute: () => V): V {
  const hit = table.get(key);
  if (hit !== undefined) return hit;
  const value = compute();
  if (table.size >= MEMO_LIMIT) table.clear();
  table.set(key, value);
  return value;
}

const plainDates = new Map<string, Temporal.PlainDate>();
const sums = new Map<string, string>();
const months = new Map<string, Period>();
const nextDays = new Map<string, string | null>();
const weeks = new Map<string, Period>();
const weekdays = new Map<string, string>();
const parts = new Map<string, Period>();

/** An ISO date as a Temporal date, parsed once (Temporal dates are immutable). */
export function plainDate(date: string): Temporal.PlainDate {
  return memo(plainDates, date, () => Temporal.PlainDate.from(date));
}

const pd = plainDate;

export function day(date: string): Period {
  return { first: date, last: date };
}

export function monthPeriod(year: number, month: number): Period {
  return memo(months, `${year}-${month}`, () => {
    const first = Temporal.PlainDate.from({ year, month, day: 1 });
    return Object.freeze({ first: first.toString(), last: first.with({ day: first.daysInMonth }).toString() });
  });
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
  return memo(parts, `${p.first} ${p.last} ${part}`, () => {
    const first = pd(p.first);
    if (part === 'early') return Object.freeze({ first: p.first, last: first.with({ day: 10 }).toString() });
    if (part === 'mid')
      return Object.freeze({ first: first.with({ day: 11 }).toString(), last: first.with({ day: 20 }).toString() });
    return Object.freeze({ first: first.with({ day: 21 }).toString(), last: p.last });
  });
}

/** Early / mid / late of a year: January–April, May–August, September–December. */
export function partOfYear(year: number, part: 'early' | 'mid' | 'late'): Period {
  const start = part === 'early' ? 1 : part === 'mid' ? 5 : 9;
  return { first: monthPeriod(year, start).first, last: monthPeriod(year, start + 3).last };
}

/** The ISO week (Monday to Sunday) that holds `date`. */
export function weekOf(date: string): Period {
  return memo(weeks, date, () => {
    const d = pd(date);
    const monday = d.subtract({ days: d.dayOfWeek - 1 });
    return Object.freeze({ first: monday.toString(), last: monday.add({ days: 6 }).toString() });
  });
}

/** The first given weekday strictly after `date`. */
export function weekdayAfter(date: string, weekday: number): string {
  return memo(weekdays, `${date} ${weekday}`, () => {
    const d = pd(date);
    const ahead = (weekday - d.dayOfWeek + 7) % 7 || 7;
    return d.add({ days: ahead }).toString();
  });
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
  return memo(nextDays, `${ref} ${month} ${dayOfMonth}`, () => computeNextDay(ref, month, dayOfMonth));
}

function computeNextDay(ref: string, month: number, dayOfMonth: number): string | null {
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

export function addTo(
  date: string,
  amount: { days?: number; weeks?: number; months?: number; years?: number },
): string {
  // Temporal applies years, months, weeks, days in that order whatever the key order, so the
  // key lists them in that order.
  const key = `${date} ${amount.years ?? ''} ${amount.months ?? ''} ${amount.weeks ?? ''} ${amount.days ?? ''}`;
  return memo(sums, key, () => pd(date).add(amount).toString());
}

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';
const SEASON_START: Record<Season, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 };

/** A meteorological season (northern hemisphere) that starts in `year`: winter runs into the next. */
export function seasonPeriod(year: number, season: Season): Period {
  const start = SEASON_START[season];
  const end = plainDate(`${year}-${String(start).padStart(2, '0')}-01`)
    .add({ months: 3 })
    .subtract({ days: 1 });
  return { first: monthPeriod(year, start).first, last: end.toString() };
}

/** The season as "this autumn" means it on `ref`: the one under way, else the next to start. */
export function comingSeason(ref: string, season: Season): Period {
  const year = yearOf(ref);
  for (const y of [year - 1, year, year + 1]) {
    const p = seasonPeriod(y, season);
    if (p.last >= ref) return p;
  }
  return seasonPeriod(year + 1, season);
}
