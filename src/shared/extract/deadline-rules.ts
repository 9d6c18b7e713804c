// Our own rule layer for deadline words: the conventions of docs/extraction.md, applied where
// general date parsers go wrong (ranges of days, number words past twelve, "early October",
// "before Christmas", "within 48 hours"). Each match explains, in plain words, the window it
// gives ("Due within 30 days of the announcement, by 17 Sep 2025."): explain.ts.
import { Temporal } from 'temporal-polyfill';
import { NUMBER_SOURCE, parseNumber } from './numbers';
import {
  addTo,
  day,
  exactDay,
  halfPeriod,
  monthNumber,
  monthOf,
  monthPeriod,
  nextDay,
  nextMonth,
  partOfMonth,
  partOfYear,
  plainDate,
  quarterPeriod,
  comingSeason,
  weekOf,
  weekdayAfter,
  weekdayNumber,
  yearOf,
  yearPeriod,
  type Period,
  type Season,
} from './periods';
import type { Reference } from './reference';
import {
  IN_THE_PAST,
  NEXT_OCCURRENCE,
  partOfMonthWords,
  partOfYearWords,
  quarterWords,
  rangeWords,
  spanWords,
  windowWords,
} from './explain';
import { formatDate } from '../domain/dates';

export interface DeadlineMatch {
  /** Offsets inside the sentence. */
  start: number;
  end: number;
  text: string;
  earliest?: string;
  /** Null when the words name a past date: they are consumed but are no deadline. */
  latest: string | null;
  rule: string;
  /** Introduced by "by", "within", "before", "no later than"…: a deadline even before the cue. */
  leading: boolean;
}

type Unit = 'day' | 'week' | 'month' | 'year' | 'hour';

const N = NUMBER_SOURCE;
const UNIT = '(days?|weeks?|months?|years?|hours?|fortnights?)';
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const YEAR = '((?:19|20)\\d\\d)';
const ORD = '(\\d{1,2})(?:st|nd|rd|th)?';
const B = '\\b';
const E = '\\b';

function unitOf(word: string): { unit: Unit; factor: number } {
  const w = word.toLowerCase().replace(/s$/, '');
  if (w === 'fortnight') return { unit: 'day', factor: 14 };
  if (w === 'week') return { unit: 'day', factor: 7 };
  return { unit: w as Unit, factor: 1 };
}

interface Duration {
  n: number;
  unit: Unit;
  /** As the article counted it, for the explanation: "six weeks", "a fortnight". */
  words: string;
}

/** "ten days" → { n: 10, unit: day }; "a week" → 7 days; "a fortnight" → 14 days. */
function duration(numWord: string | undefined, unitWord: string): Duration | null {
  const n = numWord === undefined || numWord === '' ? 1 : parseNumber(numWord);
  if (n === null || n <= 0 || !Number.isInteger(n)) return null;
  const { unit, factor } = unitOf(unitWord);
  const said = unitWord.toLowerCase().replace(/s$/, '') as Unit | 'week' | 'fortnight';
  return { n: n * factor, unit, words: spanWords(n, said) };
}

function plus(ref: Reference, d: Duration): string {
  if (d.unit === 'hour') return afterHours(ref, d.n);
  const key = d.unit === 'day' ? 'days' : d.unit === 'month' ? 'months' : 'years';
  return addTo(ref.date, { [key]: d.n });
}

/** Publication instant + N hours, as a date in the zone; without a time, D + N/24 days rounded up. */
function afterHours(ref: Reference, hours: number): string {
  if (ref.publishedAt) {
    return Temporal.Instant.from(ref.publishedAt)
      .add({ hours })
      .toZonedDateTimeISO(ref.timeZone)
      .toPlainDate()
      .toString();
  }
  return addTo(ref.date, { days: Math.ceil(hours / 24) });
}

// Words right before a date that make it a past fact, not a deadline.
const PAST_BEFORE =
  /(?:\b(?:since|last|earlier|ago|previously)\s+(?:\w+\s+)?|(?<!\b(?:be|been|being|is|are|was|were|will|to)\s+(?:\w+ly\s+)?)\b(?:[a-z]{3,}ed|began|met|said|took|made|gave|sent|won|held|came|went|saw|spoke|struck|told|wrote|did|paid|brought|fought|began|launched|ran)\s+(?:\w+ly\s+)?)$/i;

type Prefix = 'by' | 'before' | 'in' | 'on' | 'none';

const PREFIX_RE =
  /\b(no later than|not later than|by the end of|at the end of|by|before|ahead of|prior to|until|till|through|in|on|during|at|for|from|starting|as of|around|at the latest by)\s+(?:the\s+)?$/i;

function prefixKind(word: string | undefined): Prefix {
  if (!word) return 'none';
  const w = word.toLowerCase();
  if (w === 'before' || w === 'ahead of' || w === 'prior to') return 'before';
  if (
    [
      'by',
      'no later than',
      'not later than',
      'until',
      'till',
      'through',
      'by the end of',
      'at the end of',
      'at the latest by',
    ].includes(w)
  )
    return 'by';
  if (w === 'on') return 'on';
  return 'in';
}

interface Target {
  period: Period;
  /** The date or period in words: "15 October", "Q3 2026", "early October (the 1st to the 10th)". */
  what: string;
  /** What "by the end of" it names, when not `what` itself: "June" for late June. */
  endWhat?: string;
  /** A weekday, read as the first one after the announcement: "what" says so. */
  weekday?: boolean;
  /** Was it named with a year, or resolved as the next occurrence? */
  yearless: boolean;
  /** True when the words themselves already say "by" ("by year-end"). */
  impliesBy?: boolean;
  /** Dates before D named with a year are past facts. */
}

export interface Collected {
  matches: DeadlineMatch[];
}

function applyPrefix(
  sentence: string,
  start: number,
  end: number,
  target: Target,
  ref: Reference,
  ownPrefix?: string,
): DeadlineMatch {
  // Only the last words before the date matter; a short window keeps these end-anchored
  // regexes from scanning the whole sentence at every position.
  const window = Math.max(0, start - 40);
  const before = sentence.slice(window, start);
  const p = ownPrefix === undefined ? PREFIX_RE.exec(before) : null;
  const prefixWord = ownPrefix ?? p?.[1];
  const kind = target.impliesBy ? 'by' : prefixKind(prefixWord);
  const from = p ? start - p[0].length : start;
  const text = sentence.slice(from, end);
  const past =
    PAST_BEFORE.test(sentence.slice(Math.max(0, from - 40), from)) || /^\s+ago\b/i.test(sentence.slice(end, end + 8));
  const leading = kind === 'by' || kind === 'before';
  const yearNote = target.yearless ? NEXT_OCCURRENCE : '';
  const single = target.period.first === target.period.last;
  let m: DeadlineMatch;
  if (kind === 'before') {
    const latest = addTo(target.period.first, { days: -1 });
    m = {
      start: from,
      end,
      text,
      latest,
      rule: `Due before ${target.what}, so by ${formatDate(latest)}.${yearNote}`,
      leading,
    };
  } else if (kind === 'by') {
    m = {
      start: from,
      end,
      text,
      latest: target.period.last,
      rule: single
        ? `Due by ${target.weekday ? `${target.what}, ` : ''}${formatDate(target.period.last)}.${yearNote}`
        : `Due by the end of ${target.endWhat ?? target.what}, ${formatDate(target.period.last)}.${yearNote}`,
      leading,
    };
  } else if (single) {
    m = {
      start: from,
      end,
      text,
      earliest: target.period.first,
      latest: target.period.last,
      rule: `Due on ${target.weekday ? `${target.what}, ` : ''}${formatDate(target.period.first)}.${yearNote}`,
      leading,
    };
  } else {
    m = {
      start: from,
      end,
      text,
      earliest: target.period.first,
      latest: target.period.last,
      rule: `Due during ${target.what}, ${windowWords(target.period.first, target.period.last)}.${yearNote}`,
      leading,
    };
  }
  if (past || m.latest === null || m.latest < ref.date) return { ...m, latest: null, rule: IN_THE_PAST };
  return m;
}

/** A date, or the date of an event a deadline is tied to ("before the summit … on 24 June"). */
function eventOrDate(sentence: string, start: number, end: number, target: Target, ref: Reference): DeadlineMatch {
  const lead = EVENT_LEAD.exec(sentence.slice(Math.max(0, start - 90), start));
  if (!lead) return applyPrefix(sentence, start, end, target, ref);
  const from = start - lead[0].length;
  const word = lead[1]!.toLowerCase() === 'by the end of' ? 'by' : lead[1]!;
  return {
    ...applyPrefix(sentence, from, end, { ...target, what: `the event on ${target.what}` }, ref, word),
    start: from,
  };
}

function yearFrom(word: string | undefined, ref: Reference): number | null {
  if (!word) return null;
  const w = word.toLowerCase();
  if (w === 'this year' || w === 'the year') return yearOf(ref.date);
  if (w === 'next year') return yearOf(ref.date) + 1;
  return /^\d{4}$/.test(w) ? Number(w) : null;
}

function cap(re: string, flags = 'gi'): RegExp {
  return new RegExp(re, flags);
}

// The rules, most specific first. Each returns matches; overlaps go to the earlier, longer one.
type Rule = (s: string, ref: Reference) => DeadlineMatch[];

const RANGE_RE = cap(
  `${B}(within|in|over|inside)\\s+(?:the\\s+)?(?:next\\s+|coming\\s+)?(?:(${N})(?:\\s+|(?=\\s*[-–—])))?${UNIT}?\\s*(?:to|-|–|—|or)\\s*(${N})\\s+${UNIT}${E}`,
);
const rangeRule: Rule = (s, ref) => {
  const out: DeadlineMatch[] = [];
  for (const m of s.matchAll(RANGE_RE)) {
    const unitB = m[5]!;
    const a = duration(m[2], m[3] ?? unitB);
    const b = duration(m[4], unitB);
    if (!a || !b || (m[2] === undefined && m[3] === undefined)) continue;
    // Compare in days where both are days; otherwise keep the units apart.
    const earliest = plus(ref, a);
    const latest = plus(ref, b);
    if (earliest > latest) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      earliest,
      latest,
      rule: `Due between ${rangeWords(a.words, b.words)} after the announcement, ${windowWords(earliest, latest)}.`,
      leading: true,
    });
  }
  return out;
};

const WITHIN_RE = cap(
  `${B}(within|over the next|in the next|within the next|over the coming|inside|in under|in less than|over|for the next)\\s+(?:the\\s+)?(${N})\\s+${UNIT}${E}`,
);
const WITHIN_BARE_RE = cap(`${B}(within|inside|over the next)\\s+(a|the)?\\s*(day|week|month|year|fortnight)${E}`);
// "$500 million a year for three years": the money is due within the years it is spread over.
const RATE_FOR_RE = cap(
  `${B}(?:a|per|each|every)\\s+(?:year|month)\\s+(for\\s+(?:the\\s+next\\s+)?(${N})\\s+${UNIT})${E}`,
);
// "within six months of the end of martial law": counted from an event with no date.
const OF_AN_EVENT = /^\s+(?:of|after)\s+(?:a|an|the)\s+(?!announcement\b|publication\b)/i;
const withinRule: Rule = (s, ref) => {
  const out: DeadlineMatch[] = [];
  const push = (index: number, text: string, d: Duration) => {
    if (d.unit === 'hour') {
      const latest = afterHours(ref, d.n);
      const days = Math.ceil(d.n / 24);
      out.push({
        start: index,
        end: index + text.length,
        text,
        latest,
        rule: ref.publishedAt
          ? `Due within ${d.words} of publication, by ${formatDate(latest)} where it was published.`
          : `Due within ${d.words}. With no publication time, that is taken as ${spanWords(days, 'day')} after the announcement: by ${formatDate(latest)}.`,
        leading: true,
      });
      return;
    }
    const latest = plus(ref, d);
    out.push({
      start: index,
      end: index + text.length,
      text,
      latest,
      rule: `Due within ${d.words} of the announcement, by ${formatDate(latest)}.`,
      leading: true,
    });
  };
  const undated = (index: number, text: string) =>
    out.push({ start: index, end: index + text.length, text, latest: null, rule: IN_THE_PAST, leading: true });
  for (const m of s.matchAll(WITHIN_RE)) {
    // "over 200 days" of a past fact is rare; "over N years" after a sum is how news spreads it.
    if (m[1]!.toLowerCase() === 'over' && !/\d|billion|million|€|\$|£/i.test(s.slice(0, m.index))) continue;
    const d = duration(m[2], m[3]!);
    if (!d) continue;
    if (OF_AN_EVENT.test(s.slice(m.index + m[0].length))) undated(m.index, m[0]);
    else push(m.index, m[0], d);
  }
  for (const m of s.matchAll(WITHIN_BARE_RE)) {
    const d = duration('1', m[3]!);
    if (!d) continue;
    if (OF_AN_EVENT.test(s.slice(m.index + m[0].length))) undated(m.index, m[0]);
    else push(m.index, m[0], d);
  }
  for (const m of s.matchAll(RATE_FOR_RE)) {
    const d = duration(m[2], m[3]!);
    const at = m.index + m[0].indexOf(m[1]!);
    if (d) push(at, m[1]!, d);
  }
  return out;
};

const IN_RE = cap(
  `${B}(?:in|after)\\s+(?:about\\s+|around\\s+|roughly\\s+|some\\s+)?(${N})\\s+${UNIT}(?:['’]s?\\s+time)?${E}|${B}(${N})\\s+${UNIT}\\s+(?:from now|from today|later|hence)${E}`,
);
const AGO_RE = cap(`${B}(?:${N})(?:\\s+and\\s+a\\s+half)?\\s+${UNIT}\\s+ago${E}`);
const inRule: Rule = (s, ref) => {
  const out: DeadlineMatch[] = [];
  for (const m of s.matchAll(AGO_RE)) {
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      latest: null,
      rule: IN_THE_PAST,
      leading: false,
    });
  }
  for (const m of s.matchAll(IN_RE)) {
    const d = duration(m[1] ?? m[3], (m[2] ?? m[4])!);
    if (!d) continue;
    // "in two hours" is today (or tomorrow) in the zone.
    const date = plus(ref, d);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      earliest: date,
      latest: date,
      rule: `Due ${d.words} after the announcement, on ${formatDate(date)}.`,
      leading: false,
    });
  }
  return out;
};

const COMING_RE =
  /\b(?:in|over|during|within)\s+the\s+(?:coming|next few|next couple of|days and weeks|weeks and months)\s*(days|weeks|months)\b|\bin the (days|weeks|months) ahead\b|\bin the coming (week|month)\b/gi;
const comingRule: Rule = (s, ref) => {
  const out: DeadlineMatch[] = [];
  for (const m of s.matchAll(COMING_RE)) {
    const unit = (m[1] ?? m[2] ?? m[3])!.toLowerCase();
    const text = m[0];
    let latest: string;
    let rule: string;
    // Our reading of words that name no number: said as such, so the editor can judge it.
    const read = (span: string, date: string): [string, string] => [
      date,
      `Due by ${formatDate(date)}: “${text}” is read as within ${span} of the announcement.`,
    ];
    if (unit.startsWith('day')) [latest, rule] = read('a week', addTo(ref.date, { days: 7 }));
    else if (unit === 'week') [latest, rule] = read('a week', addTo(ref.date, { days: 7 }));
    else if (unit.startsWith('week')) [latest, rule] = read('four weeks', addTo(ref.date, { days: 28 }));
    else if (unit === 'month') [latest, rule] = read('a month', addTo(ref.date, { months: 1 }));
    else [latest, rule] = read('three months', addTo(ref.date, { months: 3 }));
    out.push({ start: m.index, end: m.index + text.length, text, latest, rule, leading: true });
  }
  return out;
};

const SIMPLE_RE = /\b(the day after tomorrow|tomorrow|today|tonight|this weekend)\b/gi;
const simpleRule: Rule = (s, ref) => {
  const out: DeadlineMatch[] = [];
  for (const m of s.matchAll(SIMPLE_RE)) {
    const w = m[1]!.toLowerCase();
    const before = s.slice(Math.max(0, m.index - 20), m.index);
    const by = /\b(?:by|until|no later than)\s+$/i.exec(before);
    let earliest: string | undefined;
    let latest: string;
    let when: string;
    if (w === 'tomorrow') [latest, when] = [addTo(ref.date, { days: 1 }), 'the day after the announcement'];
    else if (w === 'the day after tomorrow')
      [latest, when] = [addTo(ref.date, { days: 2 }), 'two days after the announcement'];
    else if (w === 'this weekend') {
      const sunday = weekOf(ref.date).last;
      [earliest, latest, when] = [addTo(sunday, { days: -1 }), sunday, 'the weekend of the announcement'];
    } else [latest, when] = [ref.date, 'the day of the announcement'];
    if (earliest === undefined && !by) earliest = latest;
    const start = by ? m.index - by[0].length : m.index;
    if (by) earliest = undefined;
    const rule = by
      ? `Due by ${when}, ${formatDate(latest)}.`
      : `Due on ${when}, ${windowWords(earliest, latest).replace(/^on /, '')}.`;
    out.push({
      start,
      end: m.index + m[0].length,
      text: s.slice(start, m.index + m[0].length),
      ...(earliest ? { earliest } : {}),
      latest,
      rule,
      leading: by !== null,
    });
  }
  return out;
};

const END_OF_RE =
  /\b(?:by|before|until|at|towards?)?\s*(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(next\s+)?(week|month|quarter|year)\b|\b(?:by\s+)?(?:the\s+)?(year|month|quarter)(?:[- ]|['’]s\s+)end\b/gi;
const LATER_THIS_RE =
  /\b(later|sometime|some time|during|by|before|in|within)\s+(this|next|the next|the coming)\s+(week|month|quarter|year)\b|\b(this|next)\s+(week|month|year)\b|\blater this (week|month|year)\b/gi;

function periodOf(unit: string, ref: Reference, next: boolean): Period {
  const d = plainDate(ref.date);
  if (unit === 'week') {
    const w = weekOf(ref.date);
    return next ? { first: addTo(w.first, { days: 7 }), last: addTo(w.last, { days: 7 }) } : w;
  }
  if (unit === 'month') {
    const base = next ? d.add({ months: 1 }) : d;
    return monthPeriod(base.year, base.month);
  }
  if (unit === 'quarter') {
    const q = Math.ceil(d.month / 3) + (next ? 1 : 0);
    return q > 4 ? quarterPeriod(d.year + 1, 1) : quarterPeriod(d.year, q);
  }
  return yearPeriod(d.year + (next ? 1 : 0));
}

const periodRule: Rule = (s, ref) => {
  const out: DeadlineMatch[] = [];
  for (const m of s.matchAll(END_OF_RE)) {
    const unit = (m[2] ?? m[3])!.toLowerCase();
    const next = m[1] !== undefined;
    const before = /^\s*before\b/i.test(m[0]);
    const text = m[0].trim();
    const start = m.index + (m[0].length - m[0].trimStart().length);
    if (unit === 'week') {
      // The end of the week is its Friday (the working week); on a weekend D, that Sunday.
      const w = periodOf('week', ref, next);
      let friday = addTo(w.first, { days: 4 });
      if (friday < ref.date) friday = w.last;
      const endDay = friday === w.last ? 'its Sunday (the story came out at the weekend)' : 'its Friday';
      out.push({
        start,
        end: start + text.length,
        text,
        latest: before ? addTo(friday, { days: -1 }) : friday,
        rule: before
          ? `Due before the end of the ${next ? 'next ' : ''}week, read as ${endDay}: by ${formatDate(addTo(friday, { days: -1 }))}.`
          : `Due by the end of the ${next ? 'next ' : ''}week, read as ${endDay}, ${formatDate(friday)}.`,
        leading: true,
      });
      continue;
    }
    const p = periodOf(unit, ref, next);
    out.push({
      start,
      end: start + text.length,
      text,
      latest: before ? addTo(p.last, { days: -1 }) : p.last,
      rule: before
        ? `Due before the end of the ${next ? 'next ' : ''}${unit}, so by ${formatDate(addTo(p.last, { days: -1 }))}.`
        : `Due by the end of the ${next ? 'next ' : ''}${unit}, ${formatDate(p.last)}.`,
      leading: true,
    });
  }
  for (const m of s.matchAll(LATER_THIS_RE)) {
    const lead = (m[1] ?? '').toLowerCase();
    const which = (m[2] ?? m[4] ?? 'this').toLowerCase();
    const unit = (m[3] ?? m[5] ?? m[6])!.toLowerCase();
    const next = which !== 'this' && m[6] === undefined;
    const p = periodOf(unit, ref, next);
    const text = m[0];
    const base = {
      start: m.index,
      end: m.index + text.length,
      text,
      leading: ['by', 'before', 'within'].includes(lead),
    };
    if (lead === 'later' || lead === 'sometime' || lead === 'some time' || m[6] !== undefined) {
      out.push({ ...base, latest: p.last, rule: `Due later this ${unit}, by ${formatDate(p.last)}.` });
    } else if (lead === 'by' || lead === 'within') {
      out.push({ ...base, latest: p.last, rule: `Due by the end of ${which} ${unit}, ${formatDate(p.last)}.` });
    } else if (lead === 'before') {
      out.push({
        ...base,
        latest: addTo(p.first, { days: -1 }),
        rule: `Due before ${which} ${unit}, so by ${formatDate(addTo(p.first, { days: -1 }))}.`,
      });
    } else if (next && unit === 'week') {
      out.push({
        ...base,
        earliest: p.first,
        latest: p.last,
        rule: `Due next week, Monday to Sunday, ${windowWords(p.first, p.last)}.`,
      });
    } else if (next) {
      out.push({
        ...base,
        earliest: p.first,
        latest: p.last,
        rule: `Due during the next ${unit}, ${windowWords(p.first, p.last)}.`,
      });
    } else {
      out.push({ ...base, latest: p.last, rule: `Due this ${unit}, by ${formatDate(p.last)}.` });
    }
  }
  return out;
};

const HOLIDAY_RE =
  /\b(before|by|until|ahead of|for|at|on|over)?\s*(Christmas Eve|Christmas Day|Christmas|New Year['’]s Eve|New Year['’]s Day)\b/g;
const holidayRule: Rule = (s, ref) => {
  const out: DeadlineMatch[] = [];
  for (const m of s.matchAll(HOLIDAY_RE)) {
    const lead = (m[1] ?? '').toLowerCase();
    const name = m[2]!;
    const [month, dayOfMonth] = /^Christmas Eve/.test(name)
      ? [12, 24]
      : /^Christmas/.test(name)
        ? [12, 25]
        : /Eve$/.test(name)
          ? [12, 31]
          : [1, 1];
    const date = nextDay(ref.date, month, dayOfMonth)!;
    const text = m[0].trim();
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const base = { start, end: start + text.length, text };
    if (lead === 'before' || lead === 'ahead of')
      out.push({
        ...base,
        latest: addTo(date, { days: -1 }),
        rule: `Due before ${name}, so by ${formatDate(addTo(date, { days: -1 }))}.`,
        leading: true,
      });
    else if (lead === 'by' || lead === 'until')
      out.push({
        ...base,
        latest: date,
        rule: `Due by ${name}, ${formatDate(date)}.`,
        leading: true,
      });
    else
      out.push({ ...base, earliest: date, latest: date, rule: `Due on ${name}, ${formatDate(date)}.`, leading: false });
  }
  return out;
};

// Dates and periods named by calendar words, with the prefix that says how to read them.
const DAY_MONTH_RE = cap(`${B}(?:(early|mid|late)[- ])?${ORD}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?${E}`);
const MONTH_DAY_RE = cap(`${B}${MONTH}\\s+${ORD}(?!\\d|:|\\s*(?:%|billion|million|percent))(?:,?\\s+${YEAR})?${E}`);
const BETWEEN_DAYS_RE = cap(
  `${B}(?:between|from)\\s+(?:the\\s+)?${ORD}\\s+(?:and|to|-|–)\\s+(?:the\\s+)?${ORD}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?${E}|${B}${ORD}\\s*(?:-|–)\\s*${ORD}\\s+${MONTH}(?:,?\\s+${YEAR})?${E}`,
);
const PART_MONTH_RE = cap(
  `${B}(early|mid|late|the (?:start|beginning|middle|end) of)[- ](?:in\\s+)?(?:(this|next)\\s+)?${MONTH}(?:,?\\s+${YEAR})?${E}`,
);
const MONTH_RE = cap(`${B}(?:(this|next)\\s+)?${MONTH}(?:,?\\s+${YEAR})?${E}`);
const PART_YEAR_RE = cap(
  `${B}(early|mid|late|the (?:start|beginning|middle|end) of)[- ]${YEAR}${E}|${B}(early|mid|late)\\s+(next year|this year)${E}`,
);
const QUARTER_RE = cap(
  `${B}(?:the\\s+)?(?:Q([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter)(?:\\s+(?:of\\s+)?(?:${YEAR}|(this year|next year|the year)))?${E}`,
);
const HALF_RE = cap(
  `${B}(?:the\\s+)?(first|second)\\s+half\\s+of\\s+(?:${YEAR}|(this year|next year|the year))${E}|${B}(H[12])\\s+${YEAR}${E}`,
);
const YEAR_RE = cap(
  `${B}(in|by|before|until|during|through|no later than|not later than|by the end of|ahead of|for)\\s+${YEAR}${E}`,
);
const WEEKDAY_RE = cap(`${B}(?:(this|next|coming)\\s+)?${WEEKDAY}(?:['’]s)?${E}`);

const QUARTER_WORDS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};

function isMonthWord(w: string): boolean {
  // "May" and "March" are months only when capitalised.
  return /^[A-Z]/.test(w);
}

function partWord(w: string): 'early' | 'mid' | 'late' {
  const x = w.toLowerCase();
  if (x === 'early' || /start|beginning/.test(x)) return 'early';
  if (x === 'mid' || /middle/.test(x)) return 'mid';
  return 'late';
}

// Cheap gates: most sentences name no month, weekday, quarter or year, and the rules below
// are the costly ones.
const HAS_MONTH = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
const HAS_WEEKDAY = /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/;
const HAS_QUARTER_HALF_YEAR = /\bQ[1-4]|\bH[12]\b|quarter|half|\b(?:19|20)\d\d\b|next year|this year/i;

const calendarRule: Rule = (s, ref) => {
  const out: DeadlineMatch[] = [];
  const months = HAS_MONTH.test(s);
  const weekdays = HAS_WEEKDAY.test(s);
  const periods = HAS_QUARTER_HALF_YEAR.test(s);
  if (!months && !weekdays && !periods) return out;
  const dYear = yearOf(ref.date);
  for (const m of months ? s.matchAll(BETWEEN_DAYS_RE) : []) {
    const [a, b, mon, y] = m[1] !== undefined ? [m[1], m[2], m[3], m[4]] : [m[5], m[6], m[7], m[8]];
    const month = monthNumber(mon!);
    if (!month || !isMonthWord(mon!)) continue;
    const first = y ? exactDay(Number(y), month, Number(a)) : nextDay(ref.date, month, Number(a));
    const last = first ? exactDay(yearOf(first), month, Number(b)) : null;
    if (!first || !last || last < first) continue;
    const past = last < ref.date;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      earliest: first,
      latest: past ? null : last,
      rule: past ? IN_THE_PAST : `Due between the dates named, ${windowWords(first, last)}.`,
      leading: false,
    });
  }
  for (const m of months ? s.matchAll(DAY_MONTH_RE) : []) {
    const month = monthNumber(m[3]!);
    if (!month || !isMonthWord(m[3]!)) continue;
    const date = m[4] ? exactDay(Number(m[4]), month, Number(m[2])) : nextDay(ref.date, month, Number(m[2]));
    if (!date) continue;
    out.push(eventOrDate(s, m.index, m.index + m[0].length, { period: day(date), what: m[0], yearless: !m[4] }, ref));
  }
  for (const m of months ? s.matchAll(MONTH_DAY_RE) : []) {
    const month = monthNumber(m[1]!);
    if (!month || !isMonthWord(m[1]!)) continue;
    const date = m[3] ? exactDay(Number(m[3]), month, Number(m[2])) : nextDay(ref.date, month, Number(m[2]));
    if (!date) continue;
    out.push(eventOrDate(s, m.index, m.index + m[0].length, { period: day(date), what: m[0], yearless: !m[3] }, ref));
  }
  for (const m of months ? s.matchAll(PART_MONTH_RE) : []) {
    const month = monthNumber(m[3]!);
    if (!month || !isMonthWord(m[3]!)) continue;
    let p = m[4] ? monthPeriod(Number(m[4]), month) : nextMonth(ref.date, month);
    if (m[2]?.toLowerCase() === 'next' && !m[4] && month <= monthOf(ref.date)) p = monthPeriod(dYear + 1, month);
    const part = partWord(m[1]!);
    const period = partOfMonth(p, part);
    const target = {
      period,
      what: partOfMonthWords(part, m[3]!),
      // "by late June" and "by the end of June" end when June does.
      ...(part === 'late' ? { endWhat: m[3]! } : {}),
      yearless: !m[4],
    };
    out.push(applyPrefix(s, m.index, m.index + m[0].length, target, ref));
  }
  for (const m of months ? s.matchAll(MONTH_RE) : []) {
    const month = monthNumber(m[2]!);
    if (!month || !isMonthWord(m[2]!)) continue;
    const before = s.slice(Math.max(0, m.index - 40), m.index);
    // A bare month is a deadline only behind a preposition ("in October", "by March").
    if (!PREFIX_RE.test(before) && !m[1]) continue;
    let p = m[3] ? monthPeriod(Number(m[3]), month) : nextMonth(ref.date, month);
    if (m[1]?.toLowerCase() === 'next' && !m[3] && month <= monthOf(ref.date)) p = monthPeriod(dYear + 1, month);
    out.push(
      applyPrefix(
        s,
        m.index,
        m.index + m[0].length,
        { period: p, what: m[0].replace(/^(?:this|next)\s+/i, ''), yearless: !m[3] },
        ref,
      ),
    );
  }
  for (const m of periods ? s.matchAll(PART_YEAR_RE) : []) {
    const part = partWord((m[1] ?? m[3])!);
    const year = m[2] ? Number(m[2]) : yearFrom(m[4], ref)!;
    const period = partOfYear(year, part);
    out.push(
      applyPrefix(
        s,
        m.index,
        m.index + m[0].length,
        {
          period,
          what: partOfYearWords(part, year),
          yearless: false,
        },
        ref,
      ),
    );
  }
  for (const m of periods ? s.matchAll(QUARTER_RE) : []) {
    const q = m[1] ? Number(m[1]) : QUARTER_WORDS[m[2]!.toLowerCase()]!;
    let year = yearFrom(m[3] ?? m[4], ref);
    const yearless = year === null;
    if (year === null) year = quarterPeriod(dYear, q).last >= ref.date ? dYear : dYear + 1;
    out.push(
      applyPrefix(
        s,
        m.index,
        m.index + m[0].length,
        { period: quarterPeriod(year, q), what: quarterWords(q, year), yearless },
        ref,
      ),
    );
  }
  for (const m of periods ? s.matchAll(HALF_RE) : []) {
    const half = m[1] ? (m[1].toLowerCase() === 'first' ? 1 : 2) : Number(m[4]!.slice(1));
    const year = m[1] ? yearFrom(m[2] ?? m[3], ref)! : Number(m[5]);
    out.push(
      applyPrefix(
        s,
        m.index,
        m.index + m[0].length,
        {
          period: halfPeriod(year, half),
          what: `the ${half === 1 ? 'first' : 'second'} half of ${year}`,
          yearless: false,
        },
        ref,
      ),
    );
  }
  for (const m of periods ? s.matchAll(YEAR_RE) : []) {
    const year = Number(m[2]);
    const start = m.index + m[1]!.length + 1;
    out.push(
      applyPrefix(
        s,
        start,
        m.index + m[0].length,
        { period: yearPeriod(year), what: String(year), yearless: false },
        ref,
      ),
    );
  }
  for (const m of weekdays ? s.matchAll(WEEKDAY_RE) : []) {
    const after = s.slice(m.index + m[0].length);
    // "Monday's meeting" names an event, not a date.
    if (/['’]s$/.test(m[0])) continue;
    // "Thursday, September 4" is read by the day-and-month rule.
    if (
      /^,?\s+(?:\d|January|February|March|April|May|June|July|August|September|October|November|December)/.test(after)
    )
      continue;
    const weekday = weekdayNumber(m[2]!)!;
    // "this Friday", "next Friday" and "Friday" all mean the first one after D here: writers
    // use "next" for both, and one reading is better than a guess.
    const date = weekdayAfter(ref.date, weekday);
    const target = {
      period: day(date),
      what: `the first ${m[2]} after the announcement`,
      weekday: true,
      yearless: false,
    };
    out.push(applyPrefix(s, m.index, m.index + m[0].length, target, ref));
  }
  return out;
};

// Seasons are meteorological (northern hemisphere): spring March–May, summer June–August,
// autumn September–November, winter December–February. "this winter", "in the spring" and
// "over the winter" are the season under way or the next to start; "next spring" the one after
// a season under way; "by" ends with the season, "before" ends the day before it starts.
const SEASON_RE =
  /\b(by the end of|by|until|before|ahead of|in|during|over|through|this|next)?\s*(the\s+)?(this\s+|next\s+)?(spring|summer|autumn|fall|winter)\b(\s+sets\s+in)?/gi;
const seasonRule: Rule = (s, ref) => {
  const out: DeadlineMatch[] = [];
  for (const m of s.matchAll(SEASON_RE)) {
    const lead = (m[1] ?? '').toLowerCase();
    const which = (m[3] ?? (lead === 'this' || lead === 'next' ? lead : '')).trim().toLowerCase();
    if (!lead && !which) continue;
    // "in winter support", "over spring planting": a season as an adjective names no time.
    if (['in', 'during', 'over', 'through'].includes(lead) && !m[2] && !which) continue;
    if (/\b(?:last|past|previous)\s+$/i.test(s.slice(Math.max(0, m.index - 12), m.index))) continue;
    const word = m[4]!.toLowerCase();
    const season: Season = word === 'fall' ? 'autumn' : (word as Season);
    let p = comingSeason(ref.date, season);
    if (which === 'next' && p.first <= ref.date) p = comingSeason(addTo(p.last, { days: 1 }), season);
    const text = m[0].trim();
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const base = { start, end: start + text.length, text };
    if (lead === 'before' || lead === 'ahead of') {
      const latest = addTo(p.first, { days: -1 });
      out.push({
        ...base,
        latest,
        rule: `Due before the ${season} starts, so by ${formatDate(latest)}.`,
        leading: true,
      });
    } else if (lead === 'by' || lead === 'until' || lead === 'by the end of') {
      out.push({
        ...base,
        latest: p.last,
        rule: `Due by the end of the ${season}, ${formatDate(p.last)}.`,
        leading: true,
      });
    } else {
      out.push({
        ...base,
        earliest: p.first,
        latest: p.last,
        rule: `Due during the ${season}, ${windowWords(p.first, p.last)}.`,
        leading: false,
      });
    }
  }
  return out;
};

// "in the first half of October": days 1–15; the second half, the 16th to the end.
const HALF_MONTH_RE = cap(`${B}(?:in|during)\\s+the\\s+(first|second)\\s+half\\s+of\\s+${MONTH}(?:,?\\s+${YEAR})?${E}`);
const halfMonthRule: Rule = (s, ref) =>
  [...s.matchAll(HALF_MONTH_RE)].flatMap((m) => {
    const month = monthNumber(m[2]!);
    if (!month || !isMonthWord(m[2]!)) return [];
    const mp = m[3] ? monthPeriod(Number(m[3]), month) : nextMonth(ref.date, month);
    const first = m[1]!.toLowerCase() === 'first';
    const p = first
      ? { first: mp.first, last: addTo(mp.first, { days: 14 }) }
      : { first: addTo(mp.first, { days: 15 }), last: mp.last };
    return [
      {
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        earliest: p.first,
        latest: p.last,
        rule: `Due during the ${m[1]!.toLowerCase()} half of ${m[2]}, ${windowWords(p.first, p.last)}.`,
        leading: false,
      },
    ];
  });

// A fiscal year named by its first day: "in the next fiscal year, which begins October 1".
const FISCAL_RE = cap(
  `${B}(?:in|during)\\s+(?:the|its)\\s+(?:next|new|coming)\\s+(?:fiscal|financial|budget)\\s+year,?\\s+which\\s+(?:begins|starts|opens)\\s+(?:on\\s+)?(?:${MONTH}\\s+${ORD}|${ORD}\\s+${MONTH})${E}`,
);
const fiscalRule: Rule = (s, ref) =>
  [...s.matchAll(FISCAL_RE)].flatMap((m) => {
    const mon = m[1] ?? m[4]!;
    const month = monthNumber(mon);
    const first = month ? nextDay(ref.date, month, Number(m[2] ?? m[3])) : null;
    if (!first) return [];
    const last = addTo(addTo(first, { years: 1 }), { days: -1 });
    return [
      {
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        earliest: first,
        latest: last,
        rule: `Due during the fiscal year that starts on ${formatDate(first)}, ${windowWords(first, last)}.`,
        leading: false,
      },
    ];
  });

// "before the NATO summit in The Hague on 24 June", "before classes resume on 1 September",
// "by the end of its fiscal year on June 30": the date is the event's, the deadline is before
// it (or by it).
const EVENT_LEAD = /\b(before|ahead of|by the end of)\s+[^.;]{1,70}?\s+on\s+$/i;

// Each rule with a cheap gate: a sentence without these words cannot match it.
const RULES: [RegExp, Rule][] = [
  [/day|week|month|year|hour|fortnight/i, rangeRule],
  [/within|inside|next|coming|under|less than|over|for /i, withinRule],
  [/coming|next few|next couple|ahead/i, comingRule],
  [/day|week|month|year|hour|fortnight/i, inRule],
  [/Christmas|New Year/, holidayRule],
  [/week|month|quarter|year/i, periodRule],
  [/tomorrow|today|tonight|weekend/i, simpleRule],
  [/./, calendarRule],
  [/spring|summer|autumn|fall|winter/i, seasonRule],
  [/half/i, halfMonthRule],
  [/year/i, fiscalRule],
];

/** Every deadline phrase our rules read in the sentence, non-overlapping, in text order. */
export function findRuleDeadlines(sentence: string, ref: Reference): DeadlineMatch[] {
  const all: DeadlineMatch[] = [];
  for (const [gate, rule] of RULES) if (gate.test(sentence)) all.push(...rule(sentence, ref));
  // Longest first, then earlier rule: "within the next week to ten days" beats "ten days".
  const ordered = all
    .map((m, i) => ({ m, i }))
    .sort((a, b) => b.m.end - b.m.start - (a.m.end - a.m.start) || a.i - b.i);
  const kept: DeadlineMatch[] = [];
  for (const { m } of ordered) {
    if (kept.some((k) => m.start < k.end && m.end > k.start)) continue;
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
