// The dateline a news story opens with ("BRUSSELS, 3 March 2026 —", "KYIV (Reuters) -",
// "WASHINGTON, Aug 18 (AP) —", "LONDON —"): where it stands, so that no proposed quote carries
// it, and the date it names, which the intake page takes as the publication date when none is
// picked. Small and free of chrono-node: the article form reads it as the text is pasted.
import { Temporal } from 'temporal-polyfill';
import { monthNumber } from './periods';

export interface Dateline {
  /** Offsets in the article (end exclusive); the end is after the dash and the spaces that follow. */
  start: number;
  end: number;
  /** The dateline as written, without the spaces after it: "BRUSSELS, 3 March 2026 —". */
  text: string;
  /** The date it names (YYYY-MM-DD), or null when it names none or an impossible one. */
  date: string | null;
}

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
// "3 March 2026", "March 3, 2026", "Aug 18", "Nov. 3": day and month, the year optional.
const DATE = `(?:(\\d{1,2})\\s+(${MONTH})(?:,?\\s+(\\d{4}))?|(${MONTH})\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?)`;
// A place in capitals ("KYIV", "NEW YORK", "ST. PETERSBURG"), or in title case ("Paris"), and
// for a town, its country or state after a comma ("KHARKIV, Ukraine").
const CAPS_PLACE = "[A-Z][A-Z.'’-]{2,}(?:\\s[A-Z][A-Z.'’-]+){0,3}";
const TITLE_PLACE = "[A-Z][a-z'’-]+(?:\\s[A-Z][a-z'’-]+){0,2}";
const REGION = "(?:,\\s(?:[A-Z][a-z'’.-]+(?:\\s[A-Z][a-z'’.-]+)?))?";
const AGENCY = '\\((?:[A-Za-z][A-Za-z .&/-]{0,24})\\)';
const DASH = '(?:—|–|--?)';

// Capitals alone are enough ("LONDON —"); a place in title case needs a date or an agency
// ("Paris (AFP) -"), or "Moldova - a country…" would be read as a dateline.
const CAPS_RE = new RegExp(`^(${CAPS_PLACE})${REGION}(?:,\\s*${DATE})?(?:\\s*${AGENCY})?\\s*${DASH}(?=\\s)`, 'u');
const TITLE_RE = new RegExp(
  `^(${TITLE_PLACE})${REGION}(?:(?:,\\s*${DATE})(?:\\s*${AGENCY})?|\\s*${AGENCY})\\s*${DASH}(?=\\s)`,
  'u',
);

/** Datelines open the story, perhaps after a headline line: look at line starts this far in. */
const SEARCH_CHARS = 600;

/**
 * The date a dateline names (groups 2–7 of either pattern: day, month, year or month, day,
 * year; group 1 is the place). A year missing ("Aug 18") is the latest such day on or before
 * `reference` (the publication date, or today): a dateline never names a day still to come.
 */
function datelineDate(match: RegExpExecArray, reference: string | undefined): string | null {
  const day = Number(match[2] ?? match[6]);
  const month = monthNumber((match[3] ?? match[5])!);
  const written = match[4] ?? match[7];
  if (!month || !Number.isInteger(day)) return null;
  const on = (year: number) => {
    try {
      return Temporal.PlainDate.from({ year, month, day }, { overflow: 'reject' }).toString();
    } catch {
      return null;
    }
  };
  if (written) return on(Number(written));
  if (!reference) return null;
  const year = Number(reference.slice(0, 4));
  const thisYear = on(year);
  if (thisYear && thisYear <= reference) return thisYear;
  // 29 February without a year: the last leap year's.
  for (let y = year - 1; y >= year - 8; y--) {
    const earlier = on(y);
    if (earlier) return earlier;
  }
  return null;
}

/** The story's dateline, or null. `reference` (YYYY-MM-DD) places a date written without a year. */
export function findDateline(text: string, reference?: string): Dateline | null {
  const head = text.slice(0, SEARCH_CHARS);
  for (const line of head.matchAll(/(?:^|\n)[ \t]*(?=\S)/g)) {
    const start = line.index + line[0].length;
    const rest = text.slice(start, start + 160);
    const m = CAPS_RE.exec(rest) ?? TITLE_RE.exec(rest);
    if (!m) continue;
    const spaces = /^\s*/.exec(text.slice(start + m[0].length))![0].length;
    return {
      start,
      end: start + m[0].length + spaces,
      text: m[0],
      date: m[3] !== undefined || m[5] !== undefined ? datelineDate(m, reference) : null,
    };
  }
  return null;
}
