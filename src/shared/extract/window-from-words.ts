// A deadline typed as words on a form ("within the next week to ten days"), read the way the
// extractor reads an article: the same rules, counted from the day the pledge was announced.
import { findDeadline } from './deadlines';

export interface WindowFromWords {
  earliest?: string;
  latest: string;
  /** The convention that produced the dates (docs/extraction.md lists them). */
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
