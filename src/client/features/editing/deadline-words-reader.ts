// Deadline words as an editor types them on the form, in either language: "within the next week
// to ten days" (the English extractor's rules), "протягом тижня–десяти днів", "до 28 серпня"
// (the Ukrainian rules, for words in Cyrillic), and dates written day first, as Ukrainians and
// most of Europe write them: "25.08.2025", "до 25.08.2025", "25.08.2025–28.08.2025". Loaded on
// first use, with the extractors, as its own chunk.
import { isRealPlainDate } from '@shared/domain';
import { findUkDeadlines } from '@shared/extract/uk/deadlines';
import { windowFromWords, type WindowFromWords } from '@shared/extract/window-from-words';

export type DeadlineWindowRead = Omit<WindowFromWords, 'rule'>;

const DAY = String.raw`(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s*(?:р\.|року|рік))?`;
const BY = String.raw`(?:by|before|until|no later than|до|не пізніше|не пізніше ніж|не пізніше за)`;
const ON_OR_BY = new RegExp(String.raw`^(${BY}\s+)?${DAY}$`, 'iu');
const RANGE = new RegExp(
  String.raw`^(?:(?:between|from|з|із|від|між)\s+)?${DAY}\s*(?:–|—|-|and|to|до|і|й)\s*${DAY}$`,
  'iu',
);

/** "25.08.2025" → "2025-08-25"; null for a day that does not exist. */
function dayOf(d: string, m: string, y: string): string | null {
  const date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isRealPlainDate(date) ? date : null;
}

/** A window written as day-first dates, or null when the words are anything else. */
export function dottedWindow(words: string): DeadlineWindowRead | null {
  const text = words.trim().replace(/\s+/g, ' ');
  const single = ON_OR_BY.exec(text);
  if (single) {
    const date = dayOf(single[2]!, single[3]!, single[4]!);
    if (!date) return null;
    // "by 25.08.2025": due by that day; "25.08.2025" alone: due on it.
    return single[1] ? { latest: date } : { earliest: date, latest: date };
  }
  const range = RANGE.exec(text);
  if (range) {
    const from = dayOf(range[1]!, range[2]!, range[3]!);
    const to = dayOf(range[4]!, range[5]!, range[6]!);
    if (!from || !to || from > to) return null;
    return { earliest: from, latest: to };
  }
  return null;
}

/** The window the words name, counted from `announcedOn` in `timeZone`; null when they name none. */
export function readDeadlineWords(words: string, announcedOn: string, timeZone: string): DeadlineWindowRead | null {
  const text = words.trim();
  if (!text) return null;
  const dotted = dottedWindow(text);
  if (dotted) return dotted;
  if (/\p{Script=Cyrillic}/u.test(text)) {
    const found = findUkDeadlines(text, { date: announcedOn, timeZone }).find(
      (m) => m.latest !== null && m.latest >= announcedOn,
    );
    if (!found?.latest) return null;
    return {
      ...(found.earliest && found.earliest !== found.latest ? { earliest: found.earliest } : {}),
      latest: found.latest,
    };
  }
  const window = windowFromWords(text, announcedOn, timeZone);
  return window ? { ...(window.earliest ? { earliest: window.earliest } : {}), latest: window.latest } : null;
}
