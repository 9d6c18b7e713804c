// A deadline typed as words on a form ("within the next week to ten days"), read the way the
// extractor reads an article: the same rules, counted from the day the pledge was announced.
import { findDeadline } from './deadlines';

export interface WindowFromWords {
  earliest?: string;
  latest: string;
  /** Why these dates, in words ("Due within 30 days of the announcement, by 17 Sep 2025."). */
  rule: string;
}

/** The window `words` name, counted from `announcedOn` in `timeZone`; null when they name none. */
export function windowFromWords(words: string, announcedOn: string, timeZone: string): WindowFromWords | null {
  const text = words.trim();
  if (!text) return null;
  const found = findDeadline(text, 0, 0, { date: announcedOn, timeZone });
  if (!found) return null;
  return {
    ...(found.earliest && found.earliest !== found.latest ? { earliest: found.earliest } : {}),
    latest: found.latest,
    rule: found.rule,
  };
}
