// chrono-node (English) for the date forms our own rules do not cover ("Sept. 30",
// "Thursday, September 4", "the 30th of September"), with its known pitfalls guarded.
import { casual } from 'chrono-node/en';
import type { ParsedResult } from 'chrono-node/en';

type ParsedComponents = ParsedResult['start'];
import { chronoReference, type Reference } from './reference';

export interface ChronoDate {
  /** Offsets inside the parsed text. */
  start: number;
  end: number;
  text: string;
  date: string;
  endDate?: string;
  /** Which parts were written: a bare month ("October") has no certain day. */
  certainDay: boolean;
  certainMonth: boolean;
  certainYear: boolean;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The calendar date chrono found, read from its components (not from a JS Date in the process zone). */
function dateOf(c: ParsedComponents): string | null {
  const y = c.get('year');
  const m = c.get('month');
  const d = c.get('day');
  if (y === null || m === null || d === null) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

// chrono finds "sat" in "sat down", "mon" in "Mon", "sec", "the", "second"; a real date has
// a digit, a month name, a capitalised weekday, or a relative word.
const MEANINGFUL =
  /\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?:tomorrow|today|tonight|yesterday|weekend)\b/;

export function chronoDates(text: string, ref: Reference): ChronoDate[] {
  const out: ChronoDate[] = [];
  for (const r of casual.parse(text, chronoReference(ref))) {
    const before = text[r.index - 1];
    const after = text[r.index + r.text.length];
    // A match inside a word is never a date ("Monsoon", "Thesaurus", "seconds").
    if ((before && /[\p{L}\p{N}]/u.test(before)) || (after && /[\p{L}]/u.test(after))) continue;
    if (!MEANINGFUL.test(r.text)) continue;
    // "May" the modal and "March" the verb are lower-case or stand alone without a day.
    if (
      /^(?:may|march)$/i.test(r.text.trim()) &&
      !/\b(?:in|by|until|before|of|since|early|mid|late)\s+$/i.test(text.slice(0, r.index))
    )
      continue;
    const date = dateOf(r.start);
    if (!date) continue;
    const endDate = r.end ? dateOf(r.end) : null;
    out.push({
      start: r.index,
      end: r.index + r.text.length,
      text: r.text,
      date,
      ...(endDate ? { endDate } : {}),
      certainDay:
        r.start.isCertain('day') || r.start.isCertain('weekday') || /\b(?:tomorrow|today|tonight)\b/i.test(r.text),
      certainMonth: r.start.isCertain('month'),
      certainYear: r.start.isCertain('year'),
    });
  }
  return out;
}
