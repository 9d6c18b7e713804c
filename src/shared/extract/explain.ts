// The words in which the reader explains a deadline it proposes: for the editor who checks it,
// not for the person who wrote the rule. "Due within 30 days of the announcement, by 17 Sep
// 2025", never "latest D+30". The announcement is the article's publication date.
import { formatDate, formatDateRange } from '../domain/dates';

/** The window as an editor reads it: "by 17 Sep 2025", "on 1 Sep 2025", "25–28 Aug 2025". */
export function windowWords(earliest: string | undefined, latest: string): string {
  if (earliest === undefined) return `by ${formatDate(latest)}`;
  if (earliest === latest) return `on ${formatDate(latest)}`;
  return formatDateRange(earliest, latest);
}

const SMALL = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "30 days", "six weeks", "a month": an amount of time as the article counted it. */
export function spanWords(n: number, unit: 'day' | 'week' | 'fortnight' | 'month' | 'year' | 'hour'): string {
  if (n === 1) return unit === 'hour' ? 'an hour' : `a ${unit}`;
  return `${SMALL[n] ?? n} ${unit}s`;
}

/** "seven and ten days", "a week and ten days": the two ends of a range, the unit said once where they share it. */
export function rangeWords(a: string, b: string): string {
  const unitA = /\s(\w+s)$/.exec(a)?.[1];
  return unitA !== undefined && b.endsWith(` ${unitA}`) ? `${a.slice(0, -unitA.length - 1)} and ${b}` : `${a} and ${b}`;
}

/** "early October" → "early October (the 1st to the 10th)". */
export function partOfMonthWords(part: 'early' | 'mid' | 'late', month: string): string {
  const days =
    part === 'early' ? 'the 1st to the 10th' : part === 'mid' ? 'the 11th to the 20th' : 'the 21st to its end';
  return `${part} ${month} (${days})`;
}

/** "late 2026" → "late 2026 (September to December)". */
export function partOfYearWords(part: 'early' | 'mid' | 'late', year: number): string {
  const months = part === 'early' ? 'January to April' : part === 'mid' ? 'May to August' : 'September to December';
  return `${part} ${year} (${months})`;
}

/** "Q3 2026" → "the third quarter of 2026 (July to September)". */
export function quarterWords(quarter: number, year: number): string {
  const months = ['January to March', 'April to June', 'July to September', 'October to December'][quarter - 1];
  return `the ${['first', 'second', 'third', 'fourth'][quarter - 1]} quarter of ${year} (${months})`;
}

/** Said of a date written without a year. */
export const NEXT_OCCURRENCE = ' No year is given, so the next one is meant.';

/** Said of words that name a time before the announcement: they are consumed, and no deadline. */
export const IN_THE_PAST = 'A time before the announcement, so no deadline.';
