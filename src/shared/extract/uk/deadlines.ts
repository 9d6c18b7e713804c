// Deadline words in Ukrainian news, read by the conventions of docs/extraction.md and of the
// Ukrainian corpus (corpus/test-uk.ts says them): "протягом наступних семи–десяти днів",
// "до кінця року", "впродовж місяця", "не пізніше 1 вересня", "до 25 серпня", "наприкінці
// серпня", "цієї осені", "до саміту НАТО … 24 червня". Each match explains its window in the
// same plain words as the English rules (explain.ts), so the editor reads one wording.
import { Temporal } from 'temporal-polyfill';
import { formatDate } from '../../domain/dates';
import type { DeadlineMatch } from '../deadline-rules';
import { IN_THE_PAST, NEXT_OCCURRENCE, partOfMonthWords, partOfYearWords, quarterWords, windowWords } from '../explain';
import {
  addTo,
  comingSeason,
  exactDay,
  halfPeriod,
  monthPeriod,
  nextDay,
  nextMonth,
  partOfMonth,
  partOfYear,
  quarterPeriod,
  weekOf,
  weekdayAfter,
  yearOf,
  yearPeriod,
  MONTH_NAMES,
  type Period,
  type Season,
} from '../periods';
import type { Reference } from '../reference';
import { UK_NUMBER_SOURCE, parseUkNumber } from './numbers';
import { B, E } from './text';

type Unit = 'day' | 'week' | 'month' | 'year' | 'hour';

const N = UK_NUMBER_SOURCE;
// Every case of день / доба / тиждень / місяць / рік / година.
const UNIT =
  '(день|дн(?:ів|ями|ям|ях|ем|і|я)|доб(?:ою|а|и|у)|діб|тиж(?:день|нями|нів|нем|ня|ні)|місяц(?:ями|ів|ем|ь|я|і)|рік|рок(?:ами|ів|ом|у|и)|годин(?:ами|ою|а|и|у)?)';
const MONTHS_GEN = [
  'січня',
  'лютого',
  'березня',
  'квітня',
  'травня',
  'червня',
  'липня',
  'серпня',
  'вересня',
  'жовтня',
  'листопада',
  'грудня',
];
const MONTHS_LOC = [
  'січні',
  'лютому',
  'березні',
  'квітні',
  'травні',
  'червні',
  'липні',
  'серпні',
  'вересні',
  'жовтні',
  'листопаді',
  'грудні',
];
const MONTH_GEN = `(${MONTHS_GEN.join('|')})`;
const MONTH_LOC = `(${MONTHS_LOC.join('|')})`;
const YEAR = '((?:19|20)\\d\\d)';
const YEAR_WORD = '(?:\\s+(?:року|р\\.|рік|році))';
const WEEKDAYS_ACC = ['понеділок', 'вівторок', 'середу', 'четвер', "п'ятницю", 'суботу', 'неділю'];
const WEEKDAYS_GEN = ['понеділка', 'вівторка', 'середи', 'четверга', "п'ятниці", 'суботи', 'неділі'];
const SEASON_WORDS: [RegExp, Season][] = [
  [/^(?:осен|осін|восени)/, 'autumn'],
  [/^(?:зим|взимку)/, 'winter'],
  [/^(?:весн|навесні)/, 'spring'],
  [/^(?:літ|влітку)/, 'summer'],
];
const SEASON_NAMES: Record<Season, string> = { spring: 'spring', summer: 'summer', autumn: 'autumn', winter: 'winter' };
// Things a deadline may be tied to: "до саміту", "до зустрічі", "до засідання".
const EVENT = "(саміт|зустріч|засідан|конференці|форум|виб(?:ор|ір))[\\p{L}']*";
const EVENT_RE = new RegExp(EVENT, 'u');

const re = (source: string) => new RegExp(source, 'giu');

function unitOf(word: string): Unit {
  const w = word.toLowerCase();
  if (/^(?:день|дн)/.test(w)) return 'day';
  if (/^(?:доб|діб|годин)/.test(w)) return 'hour';
  if (/^тиж/.test(w)) return 'week';
  if (/^місяц/.test(w)) return 'month';
  return 'year';
}

interface Span {
  n: number;
  unit: Unit;
  words: string;
}

/** "семи днів" → 7 days; "тижня" → a week; "доби" → 24 hours. */
function span(numWord: string | undefined, unitWord: string): Span | null {
  const n = numWord === undefined || numWord === '' ? 1 : parseUkNumber(numWord);
  if (n === null || n <= 0) return null;
  const unit = unitOf(unitWord);
  const perDay = /^(?:доб|діб)/i.test(unitWord) ? 24 : 1;
  const total = unit === 'hour' ? n * perDay : n;
  const name = { day: 'day', week: 'week', month: 'month', year: 'year', hour: 'hour' }[unit];
  return { n: total, unit, words: total === 1 ? `a ${name}`.replace('a hour', 'an hour') : `${total} ${name}s` };
}

function plus(ref: Reference, s: Span): string {
  if (s.unit === 'hour') {
    if (ref.publishedAt)
      return Temporal.Instant.from(ref.publishedAt)
        .add({ hours: s.n })
        .toZonedDateTimeISO(ref.timeZone)
        .toPlainDate()
        .toString();
    return addTo(ref.date, { days: Math.ceil(s.n / 24) });
  }
  if (s.unit === 'week') return addTo(ref.date, { days: 7 * s.n });
  return addTo(ref.date, s.unit === 'day' ? { days: s.n } : s.unit === 'month' ? { months: s.n } : { years: s.n });
}

type Rule = (s: string, ref: Reference, events: EventDates) => DeadlineMatch[];

/** Dated events the article has named so far: "саміт" → 2025-10-23. */
export type EventDates = Map<string, string>;

/** Where a phrase stands: a regex match, or one put together from two. */
type At = { index?: number; 0: string };

const match = (
  m: At,
  window: { earliest?: string; latest: string | null },
  rule: string,
  leading: boolean,
  ref: Reference,
): DeadlineMatch => {
  const past = window.latest !== null && window.latest < ref.date;
  return {
    start: m.index!,
    end: m.index! + m[0].length,
    text: m[0],
    ...(window.earliest && !past ? { earliest: window.earliest } : {}),
    latest: past ? null : window.latest,
    rule: past || window.latest === null ? IN_THE_PAST : rule,
    leading,
  };
};

// "після припинення вогню", "з моменту підписання": a span counted from an event with no date.
const AFTER_EVENT = /^\s+(?:після|з моменту|від дня|від моменту)\s/iu;

const LEAD = '(протягом|впродовж|упродовж|за|в межах|у межах|через)';
const NEXT = '(?:(?:наступних|найближчих)\\s+)?';

const RANGE_RE = re(`${B}${LEAD}\\s+${NEXT}(?:(${N})\\s*)?(?:${UNIT}\\s*)?[-–—]\\s*(${N})\\s+${UNIT}${E}`);
/** "впродовж 2026–2027 років" names years, not a count of them. */
const isYear = (n: string | undefined) => n !== undefined && /^(?:19|20)\d\d$/.test(n);

const rangeRule: Rule = (s, ref) =>
  [...s.matchAll(RANGE_RE)].flatMap((m) => {
    if (m[2] === undefined && m[3] === undefined) return [];
    if (isYear(m[2]) || isYear(m[4])) return [];
    const b = span(m[4], m[5]!);
    const a = span(m[2], m[3] ?? m[5]!);
    if (!a || !b) return [];
    if (AFTER_EVENT.test(s.slice(m.index! + m[0].length))) return [match(m, { latest: null }, IN_THE_PAST, true, ref)];
    const earliest = plus(ref, a);
    const latest = plus(ref, b);
    if (earliest > latest) return [];
    const lead = m[1]!.toLowerCase();
    if (lead === 'через')
      return [
        match(
          m,
          { earliest, latest },
          `Due in ${a.words} to ${b.words}, ${windowWords(earliest, latest)}.`,
          false,
          ref,
        ),
      ];
    return [
      match(
        m,
        { earliest, latest },
        `Due between ${a.words} and ${b.words} after the announcement, ${windowWords(earliest, latest)}.`,
        true,
        ref,
      ),
    ];
  });

const WITHIN_RE = re(`${B}${LEAD}\\s+${NEXT}(?:(${N})\\s+)?${UNIT}${E}`);
const withinRule: Rule = (s, ref) =>
  [...s.matchAll(WITHIN_RE)].flatMap((m) => {
    const lead = m[1]!.toLowerCase();
    // "за" counts time only with a number ("за два тижні"), not "за тиждень до виборів"? It does:
    // a bare unit after "за" is a week; but "за рік" in "за рік до" is no deadline.
    const after = s.slice(m.index! + m[0].length);
    const sp = span(m[2], m[3]!);
    if (!sp || isYear(m[2])) return [];
    if (AFTER_EVENT.test(after) || /^\s+до\s/iu.test(after))
      return [match(m, { latest: null }, IN_THE_PAST, true, ref)];
    const date = plus(ref, sp);
    if (lead === 'через')
      return [
        match(
          m,
          { earliest: date, latest: date },
          `Due ${sp.words} after the announcement, on ${formatDate(date)}.`,
          false,
          ref,
        ),
      ];
    const rule =
      sp.unit === 'hour'
        ? ref.publishedAt
          ? `Due within ${sp.words} of publication, by ${formatDate(date)} where it was published.`
          : `Due within ${sp.words}. With no publication time, that is taken as ${Math.ceil(sp.n / 24)} day(s) after the announcement: by ${formatDate(date)}.`
        : `Due within ${sp.words} of the announcement, by ${formatDate(date)}.`;
    return [match(m, { latest: date }, rule, true, ref)];
  });

const COMING_RE = re(
  `${B}(?:(?:у|в|протягом|впродовж|упродовж)\\s+)?(?:найближчими|найближчі|найближчих|наступними)\\s+(днями|дні|днів|тижнями|тижні|тижнів|місяцями|місяці|місяців)${E}`,
);
const comingRule: Rule = (s, ref) =>
  [...s.matchAll(COMING_RE)].map((m) => {
    const u = m[1]!.toLowerCase();
    const [date, span] = u.startsWith('дн')
      ? [addTo(ref.date, { days: 7 }), 'a week']
      : u.startsWith('тиж')
        ? [addTo(ref.date, { days: 28 }), 'four weeks']
        : [addTo(ref.date, { months: 3 }), 'three months'];
    return match(
      m,
      { latest: date },
      `Due by ${formatDate(date)}: “${m[0]}” is read as within ${span} of the announcement.`,
      true,
      ref,
    );
  });

function periodOf(unit: string, ref: Reference, next: boolean): Period {
  const d = Temporal.PlainDate.from(ref.date);
  if (unit.startsWith('тиж')) {
    const w = weekOf(ref.date);
    return next ? { first: addTo(w.first, { days: 7 }), last: addTo(w.last, { days: 7 }) } : w;
  }
  if (unit.startsWith('місяц')) {
    const base = next ? d.add({ months: 1 }) : d;
    return monthPeriod(base.year, base.month);
  }
  if (unit.startsWith('квартал')) {
    const q = Math.ceil(d.month / 3) + (next ? 1 : 0);
    return q > 4 ? quarterPeriod(d.year + 1, 1) : quarterPeriod(d.year, q);
  }
  return yearPeriod(d.year + (next ? 1 : 0));
}

/** The Friday that ends the working week of D (its Sunday when D is at the weekend). */
function endOfWeek(ref: Reference, next: boolean): string {
  const w = periodOf('тиж', ref, next);
  const friday = addTo(w.first, { days: 4 });
  return friday < ref.date ? w.last : friday;
}

const QUARTER_ORD: Record<string, number> = { перш: 1, друг: 2, трет: 3, четверт: 4 };
const quarterOf = (word: string) => QUARTER_ORD[Object.keys(QUARTER_ORD).find((k) => word.startsWith(k))!]!;

// "до кінця року", "до кінця наступного місяця", "наприкінці тижня", "до кінця вересня",
// "до кінця 2029 року", "до кінця першого півріччя 2026 року", "до кінця третього кварталу".
const END_RE = re(
  `${B}(?:до|не пізніше)\\s+кінця\\s+(?:(цього|поточного|наступного)\\s+)?(?:(першого|другого)\\s+півріччя(?:\\s+${YEAR}${YEAR_WORD}?)?|(першого|другого|третього|четвертого)\\s+кварталу(?:\\s+${YEAR}${YEAR_WORD}?)?|(тижня|місяця|кварталу|року)|${MONTH_GEN}(?:\\s+${YEAR}${YEAR_WORD}?)?|${YEAR}${YEAR_WORD}?|(осені|зими|весни|літа))${E}|${B}наприкінці\\s+(?:(цього|поточного|наступного)\\s+)?(тижня|місяця|року)${E}`,
);
const endRule: Rule = (s, ref) =>
  [...s.matchAll(END_RE)].flatMap((m) => {
    const next = (m[1] ?? m[13])?.toLowerCase() === 'наступного';
    const dYear = yearOf(ref.date);
    const unit = (m[6] ?? m[14])?.toLowerCase();
    let latest: string;
    let what: string;
    if (m[2]) {
      const year = m[3] ? Number(m[3]) : dYear;
      latest = halfPeriod(year, m[2].toLowerCase().startsWith('перш') ? 1 : 2).last;
      what = `the ${m[2].toLowerCase().startsWith('перш') ? 'first' : 'second'} half of ${year}`;
    } else if (m[4]) {
      const q = quarterOf(m[4].toLowerCase());
      let year = m[5] ? Number(m[5]) : dYear;
      if (!m[5] && quarterPeriod(year, q).last < ref.date) year++;
      latest = quarterPeriod(year, q).last;
      what = quarterWords(q, year);
    } else if (unit === 'тижня') {
      latest = endOfWeek(ref, next);
      what = `the ${next ? 'next ' : ''}week, read as its Friday`;
    } else if (unit) {
      latest = periodOf(unit, ref, next).last;
      what = `the ${next ? 'next ' : ''}${unit.startsWith('міс') ? 'month' : unit.startsWith('кв') ? 'quarter' : 'year'}`;
    } else if (m[7]) {
      const month = MONTHS_GEN.indexOf(m[7].toLowerCase()) + 1;
      const p = m[8] ? monthPeriod(Number(m[8]), month) : nextMonth(ref.date, month);
      latest = p.last;
      what = MONTH_NAMES[month - 1]!.replace(/^./, (c) => c.toUpperCase());
    } else if (m[9]) {
      latest = yearPeriod(Number(m[9])).last;
      what = m[9];
    } else {
      const season = seasonOf(m[11]!);
      latest = comingSeason(ref.date, season).last;
      what = SEASON_NAMES[season];
    }
    return [match(m, { latest }, `Due by the end of ${what}, ${formatDate(latest)}.`, true, ref)];
  });

function seasonOf(word: string): Season {
  const w = word.toLowerCase();
  return SEASON_WORDS.find(([r]) => r.test(w))![1];
}

// "цього року", "цього тижня", "наступного тижня", "наступного року", "наступного місяця".
const THIS_NEXT_RE = re(`${B}(цього|поточного|наступного)\\s+(тижня|місяця|кварталу|року)${E}`);
const thisNextRule: Rule = (s, ref) =>
  [...s.matchAll(THIS_NEXT_RE)].flatMap((m) => {
    // "на початку наступного року", "у першому кварталі наступного року" belong to other rules.
    if (/(?:початку|середині|кінця|наприкінці|кварталі|половині|півріччі)\s+$/iu.test(s.slice(0, m.index))) return [];
    const next = m[1]!.toLowerCase() === 'наступного';
    const unit = m[2]!.toLowerCase();
    const p = periodOf(unit, ref, next);
    const name = unit.startsWith('тиж')
      ? 'week'
      : unit.startsWith('міс')
        ? 'month'
        : unit.startsWith('кв')
          ? 'quarter'
          : 'year';
    if (!next) return [match(m, { latest: p.last }, `Due this ${name}, by ${formatDate(p.last)}.`, false, ref)];
    return [
      match(
        m,
        { earliest: p.first, latest: p.last },
        `Due during the next ${name}, ${windowWords(p.first, p.last)}.`,
        false,
        ref,
      ),
    ];
  });

// Seasons: "цієї осені", "наступної зими", "цього літа", "восени", "до зими", "до осені".
const SEASON_RE = re(
  `${B}(?:(до|перед)\\s+)?(?:(цієї|цього|наступної|наступного)\\s+)?(осені|осінню|зими|зиму|весни|весну|літа|літо|восени|взимку|навесні|влітку)${E}`,
);
const seasonRule: Rule = (s, ref) =>
  [...s.matchAll(SEASON_RE)].flatMap((m) => {
    const lead = m[1]?.toLowerCase();
    const which = m[2]?.toLowerCase();
    const word = m[3]!.toLowerCase();
    // A bare genitive ("зими") names no time without "до" or "цієї"/"наступної".
    if (!lead && !which && !/^(?:восени|взимку|навесні|влітку)$/.test(word)) return [];
    if (/кінця\s+$/iu.test(s.slice(0, m.index))) return [];
    const season = seasonOf(word);
    let p = comingSeason(ref.date, season);
    if (which?.startsWith('наступн') && p.first <= ref.date) p = comingSeason(addTo(p.last, { days: 1 }), season);
    if (lead) {
      const latest = addTo(p.first, { days: -1 });
      return [
        match(m, { latest }, `Due before the ${SEASON_NAMES[season]} starts, so by ${formatDate(latest)}.`, true, ref),
      ];
    }
    return [
      match(
        m,
        { earliest: p.first, latest: p.last },
        `Due during the ${SEASON_NAMES[season]}, ${windowWords(p.first, p.last)}.`,
        false,
        ref,
      ),
    ];
  });

// "на початку жовтня", "в середині вересня", "наприкінці серпня", "до середини жовтня",
// "на початку наступного року", "на початку 2026 року", "у першій половині вересня".
const PART_RE = re(
  `${B}(?:(до|не пізніше)\\s+)?(?:на\\s+)?(початку|середини|середині|наприкінці|кінці)\\s+(?:${MONTH_GEN}(?:\\s+${YEAR}${YEAR_WORD}?)?|(наступного|цього)\\s+року|${YEAR}${YEAR_WORD})${E}|${B}(?:у|в)\\s+(першій|другій)\\s+половині\\s+(?:${MONTH_GEN}(?:\\s+${YEAR}${YEAR_WORD}?)?|(наступного|цього)\\s+року|${YEAR}${YEAR_WORD})${E}`,
);
const partRule: Rule = (s, ref) =>
  [...s.matchAll(PART_RE)].flatMap((m) => {
    const dYear = yearOf(ref.date);
    if (m[7]) {
      const first = m[7].toLowerCase() === 'першій';
      if (m[8]) {
        const month = MONTHS_GEN.indexOf(m[8].toLowerCase()) + 1;
        const mp = m[9] ? monthPeriod(Number(m[9]), month) : nextMonth(ref.date, month);
        const p = first
          ? { first: mp.first, last: addTo(mp.first, { days: 14 }) }
          : { first: addTo(mp.first, { days: 15 }), last: mp.last };
        const what = `the ${first ? 'first' : 'second'} half of ${MONTH_NAMES[month - 1]}`;
        return [
          match(
            m,
            { earliest: p.first, latest: p.last },
            `Due during ${what}, ${windowWords(p.first, p.last)}.`,
            false,
            ref,
          ),
        ];
      }
      const year = m[11] ? Number(m[11]) : dYear + (m[10]?.toLowerCase() === 'наступного' ? 1 : 0);
      const p = halfPeriod(year, first ? 1 : 2);
      return [
        match(
          m,
          { earliest: p.first, latest: p.last },
          `Due during the ${first ? 'first' : 'second'} half of ${year}, ${windowWords(p.first, p.last)}.`,
          false,
          ref,
        ),
      ];
    }
    const lead = m[1]?.toLowerCase();
    const partWord = m[2]!.toLowerCase();
    const part = partWord === 'початку' ? 'early' : partWord.startsWith('серед') ? 'mid' : 'late';
    let p: Period;
    let what: string;
    if (m[3]) {
      const month = MONTHS_GEN.indexOf(m[3].toLowerCase()) + 1;
      const mp = m[4] ? monthPeriod(Number(m[4]), month) : nextMonth(ref.date, month);
      p = partOfMonth(mp, part);
      what = partOfMonthWords(
        part,
        MONTH_NAMES[month - 1]!.replace(/^./, (c) => c.toUpperCase()),
      );
    } else {
      const year = m[6] ? Number(m[6]) : dYear + (m[5]?.toLowerCase() === 'наступного' ? 1 : 0);
      p = partOfYear(year, part);
      what = partOfYearWords(part, year);
    }
    if (lead) return [match(m, { latest: p.last }, `Due by ${what}, ${formatDate(p.last)}.`, true, ref)];
    return [
      match(
        m,
        { earliest: p.first, latest: p.last },
        `Due during ${what}, ${windowWords(p.first, p.last)}.`,
        false,
        ref,
      ),
    ];
  });

// "у першому кварталі наступного року", "в третьому кварталі 2026 року".
const QUARTER_RE = re(
  `${B}(?:у|в)\\s+(першому|другому|третьому|четвертому)\\s+кварталі(?:\\s+(?:(наступного|цього)\\s+року|${YEAR}${YEAR_WORD}?))?${E}`,
);
const quarterRule: Rule = (s, ref) =>
  [...s.matchAll(QUARTER_RE)].map((m) => {
    const q = quarterOf(m[1]!.toLowerCase());
    const dYear = yearOf(ref.date);
    let year = m[3] ? Number(m[3]) : dYear + (m[2]?.toLowerCase() === 'наступного' ? 1 : 0);
    if (!m[2] && !m[3] && quarterPeriod(year, q).last < ref.date) year++;
    const p = quarterPeriod(year, q);
    return match(
      m,
      { earliest: p.first, latest: p.last },
      `Due during ${quarterWords(q, year)}, ${windowWords(p.first, p.last)}.`,
      false,
      ref,
    );
  });

// "у 2026 році", "на 2026–2027 роки", "впродовж 2026–2027 років", "у 2026–2027 роках".
const YEARS_RE = re(
  `${B}(?:(?:у|в|на|впродовж|упродовж|протягом)\\s+)${YEAR}(?:\\s*[-–—]\\s*${YEAR})?\\s+(?:році|року|рік|роки|років|роках)${E}`,
);
const yearsRule: Rule = (s, ref) =>
  [...s.matchAll(YEARS_RE)].map((m) => {
    const a = yearPeriod(Number(m[1]));
    const b = yearPeriod(Number(m[2] ?? m[1]));
    const what = m[2] ? `${m[1]} to ${m[2]}` : m[1]!;
    return match(
      m,
      { earliest: a.first, latest: b.last },
      `Due during ${what}, ${windowWords(a.first, b.last)}.`,
      false,
      ref,
    );
  });

// "у вересні", "в жовтні 2025 року".
const MONTH_IN_RE = re(`${B}(?:у|в)\\s+${MONTH_LOC}(?:\\s+${YEAR}${YEAR_WORD}?)?${E}`);
const monthInRule: Rule = (s, ref) =>
  [...s.matchAll(MONTH_IN_RE)].map((m) => {
    const month = MONTHS_LOC.indexOf(m[1]!.toLowerCase()) + 1;
    const p = m[2] ? monthPeriod(Number(m[2]), month) : nextMonth(ref.date, month);
    const name = MONTH_NAMES[month - 1]!.replace(/^./, (c) => c.toUpperCase());
    return match(
      m,
      { earliest: p.first, latest: p.last },
      `Due during ${name}, ${windowWords(p.first, p.last)}.${m[2] ? '' : NEXT_OCCURRENCE}`,
      false,
      ref,
    );
  });

// A day of a month: "до 25 серпня" (by), "не пізніше 1 вересня" (no later than), "23 жовтня" (on).
const DAY_RE = re(
  `${B}(?:(до|не пізніше(?:\\s+ніж)?|не раніше|на|з)\\s+)?(\\d{1,2})(?:-го)?\\s+${MONTH_GEN}(?:\\s+${YEAR}${YEAR_WORD}?)?${E}`,
);
function dayOf(day: string, month: string, year: string | undefined, ref: Reference): string | null {
  const m = MONTHS_GEN.indexOf(month.toLowerCase()) + 1;
  return year ? exactDay(Number(year), m, Number(day)) : nextDay(ref.date, m, Number(day));
}
const dayRule: Rule = (s, ref) =>
  [...s.matchAll(DAY_RE)].flatMap((m) => {
    const date = dayOf(m[2]!, m[3]!, m[4], ref);
    if (!date) return [];
    const lead = m[1]?.toLowerCase() ?? '';
    const note = m[4] ? '' : NEXT_OCCURRENCE;
    if (lead === 'з' || lead === 'не раніше') return [];
    if (lead === 'до' || lead.startsWith('не пізніше'))
      return [match(m, { latest: date }, `Due by ${formatDate(date)}.${note}`, true, ref)];
    return [match(m, { earliest: date, latest: date }, `Due on ${formatDate(date)}.${note}`, false, ref)];
  });

// A weekday: "в середу", "у п'ятницю", "до п'ятниці", "наступного понеділка".
const WEEKDAY_RE = re(
  `${B}(?:(у|в|до|наступного|наступної|цього|цієї)\\s+)(${[...WEEKDAYS_ACC, ...WEEKDAYS_GEN].join('|')})${E}`,
);
const weekdayRule: Rule = (s, ref) =>
  [...s.matchAll(WEEKDAY_RE)].map((m) => {
    const word = m[2]!.toLowerCase();
    const index = Math.max(WEEKDAYS_ACC.indexOf(word), WEEKDAYS_GEN.indexOf(word));
    const date = weekdayAfter(ref.date, index + 1);
    const name = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][index]!;
    if (m[1]!.toLowerCase() === 'до')
      return match(
        m,
        { latest: date },
        `Due by the first ${name} after the announcement, ${formatDate(date)}.`,
        true,
        ref,
      );
    return match(
      m,
      { earliest: date, latest: date },
      `Due on the first ${name} after the announcement, ${formatDate(date)}.`,
      false,
      ref,
    );
  });

// "до саміту НАТО в Гаазі 24 червня", "до саміту G7, який відбудеться 15 червня": the day
// before the event, dated in the same sentence or earlier in the article; no date, no window.
const BEFORE_EVENT_RE = re(`${B}(?:до|перед)\\s+${EVENT}`);
const eventRule: Rule = (s, ref, events) =>
  [...s.matchAll(BEFORE_EVENT_RE)].map((m) => {
    const key = m[1]!.toLowerCase();
    const rest = s.slice(m.index! + m[0].length, m.index! + m[0].length + 80);
    const dated = new RegExp(`^[^.;]*?${B}(\\d{1,2})\\s+${MONTH_GEN}(?:\\s+${YEAR})?`, 'iu').exec(rest);
    const date = dated ? dayOf(dated[1]!, dated[2]!, dated[3], ref) : (events.get(key) ?? null);
    const end = dated ? m.index! + m[0].length + dated[0].length : m.index! + m[0].length;
    const whole = { index: m.index, 0: s.slice(m.index, end) };
    if (!date)
      return { ...match(whole, { latest: null }, IN_THE_PAST, true, ref), rule: 'Tied to an event with no date.' };
    const latest = addTo(date, { days: -1 });
    return match(
      whole,
      { latest },
      `Due before the ${key === 'саміт' ? 'summit' : 'event'} on ${formatDate(date)}, so by ${formatDate(latest)}.`,
      true,
      ref,
    );
  });

/** Learns the dated events a sentence names ("саміт у Брюсселі 23 жовтня"), for later "до саміту". */
export function learnEvents(sentence: string, ref: Reference, events: EventDates): void {
  if (!EVENT_RE.test(sentence)) return;
  const found = new RegExp(`${B}${EVENT}[^.;]{0,60}?${B}(\\d{1,2})\\s+${MONTH_GEN}(?:\\s+${YEAR})?`, 'giu');
  for (const m of sentence.matchAll(found)) {
    const date = dayOf(m[2]!, m[3]!, m[4], ref);
    if (date) events.set(m[1]!.toLowerCase(), date);
  }
}

// Longer, more specific rules first: "до кінця вересня" before "вересня", "протягом наступних
// семи–десяти днів" before "десяти днів".
const RULES: Rule[] = [
  eventRule,
  rangeRule,
  endRule,
  partRule,
  quarterRule,
  yearsRule,
  withinRule,
  comingRule,
  seasonRule,
  thisNextRule,
  monthInRule,
  dayRule,
  weekdayRule,
];

/** Every deadline phrase in a Ukrainian sentence, non-overlapping (longest wins), in text order. */
export function findUkDeadlines(sentence: string, ref: Reference, events: EventDates = new Map()): DeadlineMatch[] {
  const all = RULES.flatMap((rule) => rule(sentence, ref, events));
  const ordered = all
    .map((m, i) => ({ m, i }))
    .sort((a, b) => b.m.end - b.m.start - (a.m.end - a.m.start) || a.i - b.i);
  const kept: DeadlineMatch[] = [];
  for (const { m } of ordered) if (!kept.some((k) => m.start < k.end && m.end > k.start)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}
