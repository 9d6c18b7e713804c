// The axis of the timeline per zoom: where grid lines go and which labels it offers.
//   month:   a label per month ("Sep 2025"), per week (Mondays, "8") and per day ("9")
//   quarter: a label per month ("Sep 2025") and per week ("8")
//   year:    a label per year ("Jan 2026"), per quarter ("Apr") and per month ("Feb")
// Which labels are actually shown is decided by placeLabels (no label overlaps another). A fitted
// axis is labelled like the zoom whose scale is nearest its own (fit.ts).
import { addDays, daysBetween } from '@shared/domain';
import { INTL_LOCALE, type Locale } from '@shared/i18n';
import { estimateLabelWidth, placeLabels } from './labels';
import { widthOf, xOf, type SpanZoom, type TimeScale } from './scale';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface MonthNames {
  /** "Sep" / "вер.": a month on its own. */
  month: (month: number) => string;
  /** "Sep 2025" / "вер. 2025": a month with its year. */
  monthYear: (month: number, year: string) => string;
}

const monthNames = new Map<Locale, MonthNames>();

/** The axis's month names in a language: English keeps the tracker's own; others are Intl's. */
function namesIn(locale: Locale): MonthNames {
  let names = monthNames.get(locale);
  if (names) return names;
  if (locale === 'en') {
    names = { month: (m) => MONTHS[m - 1]!, monthYear: (m, y) => `${MONTHS[m - 1]!} ${y}` };
  } else {
    const alone = new Intl.DateTimeFormat(INTL_LOCALE[locale], { month: 'short', timeZone: 'UTC' });
    const withYear = new Intl.DateTimeFormat(INTL_LOCALE[locale], { month: 'short', year: 'numeric', timeZone: 'UTC' });
    const at = (m: number, y = '2001') => new Date(`${y}-${String(m).padStart(2, '0')}-15T00:00:00Z`);
    // Intl's Ukrainian writes the year with its abbreviation ("вер. 2025 р."): the axis does without.
    const short = Array.from({ length: 12 }, (_, i) => alone.format(at(i + 1)));
    names = {
      month: (m) => short[m - 1]!,
      monthYear: (m, y) =>
        withYear
          .format(at(m, y))
          .replace(/\s*р\.\s*$/, '')
          .trim(),
    };
  }
  monthNames.set(locale, names);
  return names;
}

export type GridKind = 'year' | 'month' | 'week';

export interface AxisTick {
  date: string;
  x: number;
  /** A grid line through the rows, or none (a day at month zoom is only labelled). */
  grid: GridKind | null;
  label: string;
  /** Importance of the label: 0 shows first. */
  level: number;
}

export interface PlacedTick extends AxisTick {
  /** Whether its label is shown (it fits without touching another). */
  showLabel: boolean;
}

/** Font size and spacing of the tick labels, as timeline.css draws them. */
export const TICK_FONT_PX = 12;
export const TICK_LABEL_INSET_PX = 5;
const TICK_GAP_PX = 10;
/** How much wider a bold label is than a regular one, about. */
export const BOLD_WIDTH = 1.1;

function monthOf(date: string): number {
  return Number(date.slice(5, 7));
}

function firstOfMonth(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

function nextMonth(firstDay: string): string {
  return firstOfMonth(addDays(firstDay, 31));
}

/** 1 for Monday … 7 for Sunday. 1970-01-05 was a Monday. */
function isoWeekday(date: string): number {
  const d = daysBetween('1970-01-05', date) % 7;
  return ((d + 7) % 7) + 1;
}

function monthTicks(scale: TimeScale, end: string, zoom: SpanZoom, names: MonthNames): AxisTick[] {
  const ticks: AxisTick[] = [];
  for (let m = firstOfMonth(scale.start); m <= end; m = nextMonth(m)) {
    if (m < scale.start) continue;
    const month = monthOf(m);
    const year = m.slice(0, 4);
    if (zoom === 'year') {
      ticks.push(
        month === 1
          ? { date: m, x: 0, grid: 'year', label: names.monthYear(month, year), level: 0 }
          : { date: m, x: 0, grid: 'month', label: names.month(month), level: (month - 1) % 3 === 0 ? 1 : 2 },
      );
    } else {
      ticks.push({
        date: m,
        x: 0,
        grid: month === 1 ? 'year' : 'month',
        label: names.monthYear(month, year),
        level: 0,
      });
    }
  }
  return ticks;
}

function dayTicks(scale: TimeScale, end: string, zoom: SpanZoom): AxisTick[] {
  const ticks: AxisTick[] = [];
  const weekday = isoWeekday(scale.start);
  if (zoom === 'month') {
    for (let i = 0; i < scale.days; i++) {
      const date = addDays(scale.start, i);
      if (date.endsWith('-01')) continue;
      const monday = (weekday - 1 + i) % 7 === 0;
      ticks.push({
        date,
        x: 0,
        grid: monday ? 'week' : null,
        label: String(Number(date.slice(8))),
        level: monday ? 1 : 2,
      });
    }
  } else if (zoom === 'quarter') {
    for (let i = (8 - weekday) % 7; i < scale.days; i += 7) {
      const date = addDays(scale.start, i);
      if (date > end) break;
      if (date.endsWith('-01')) continue;
      ticks.push({ date, x: 0, grid: 'week', label: String(Number(date.slice(8))), level: 1 });
    }
  }
  return ticks;
}

export interface TickOptions {
  /**
   * Name the month and year the axis starts in, at its start, when that is not the 1st: an axis
   * that does not scroll (fit) would otherwise never say which month its first days are in.
   */
  leadingMonth?: boolean;
  /** The reader's language, for the month names. */
  locale?: Locale;
}

/** Every tick the zoom offers over the axis, left to right. */
export function axisTicks(
  scale: TimeScale,
  zoom: SpanZoom,
  { leadingMonth = false, locale = 'en' }: TickOptions = {},
): AxisTick[] {
  const end = addDays(scale.start, scale.days - 1);
  const names = namesIn(locale);
  let ticks = [...monthTicks(scale, end, zoom, names), ...dayTicks(scale, end, zoom)];
  if (leadingMonth && !scale.start.endsWith('-01')) {
    const name = names.monthYear(monthOf(scale.start), scale.start.slice(0, 4));
    ticks = [
      { date: scale.start, x: 0, grid: null, label: name, level: 0 },
      ...ticks.filter((t) => t.date !== scale.start),
    ];
  }
  for (const t of ticks) t.x = xOf(scale, t.date);
  return ticks.sort((a, b) => a.x - b.x);
}

/** The ticks with the labels that fit: none overlaps another, evenly spaced per level. */
export function placeTicks(
  scale: TimeScale,
  zoom: SpanZoom,
  options: TickOptions & { measure?: (text: string) => number } = {},
): PlacedTick[] {
  const { measure = (t: string) => estimateLabelWidth(t, TICK_FONT_PX) } = options;
  const ticks = axisTicks(scale, zoom, options);
  const shown = placeLabels(
    // Level 0 is drawn bold: a little wider.
    ticks.map((t) => ({
      x: t.x + TICK_LABEL_INSET_PX,
      width: measure(t.label) * (t.level === 0 ? BOLD_WIDTH : 1),
      level: t.level,
    })),
    { gap: TICK_GAP_PX, maxX: widthOf(scale) },
  );
  return ticks.map((t, i) => ({ ...t, showLabel: shown.has(i) }));
}
