// Deadline matches from chrono-node for date forms our rules leave, read with the same
// prefixes ("by", "before", "no later than", "early/mid/late") that chrono itself drops.
import { chronoDates } from './chrono-fallback';
import type { DeadlineMatch } from './deadline-rules';
import { formatDate } from '../domain/dates';
import { IN_THE_PAST, windowWords } from './explain';
import { addTo } from './periods';
import type { Reference } from './reference';

const PREFIX = /\b(no later than|not later than|by|before|ahead of|prior to|until|on|in)\s+(?:the\s+)?$/i;

export function chronoDeadlines(sentence: string, ref: Reference): DeadlineMatch[] {
  const out: DeadlineMatch[] = [];
  for (const c of chronoDates(sentence, ref)) {
    if (!c.certainDay && !c.certainMonth) continue;
    const p = PREFIX.exec(sentence.slice(0, c.start));
    const word = p?.[1]?.toLowerCase();
    const start = p ? c.start - p[0].length : c.start;
    const text = sentence.slice(start, c.end);
    const past = c.date < ref.date || /\b(?:since|last|ago)\b/i.test(text);
    const base = { start, end: c.end, text, leading: word !== undefined && word !== 'on' && word !== 'in' };
    if (past) {
      out.push({ ...base, latest: null, rule: IN_THE_PAST });
    } else if (word === 'before' || word === 'ahead of' || word === 'prior to') {
      out.push({
        ...base,
        latest: addTo(c.date, { days: -1 }),
        rule: `Due before ${formatDate(c.date)}, so by ${formatDate(addTo(c.date, { days: -1 }))}.`,
      });
    } else if (word && word !== 'on' && word !== 'in') {
      out.push({ ...base, latest: c.endDate ?? c.date, rule: `Due ${windowWords(undefined, c.endDate ?? c.date)}.` });
    } else if (c.endDate && c.endDate > c.date) {
      out.push({
        ...base,
        earliest: c.date,
        latest: c.endDate,
        rule: `Due between the dates named, ${windowWords(c.date, c.endDate)}.`,
      });
    } else {
      out.push({
        ...base,
        earliest: c.date,
        latest: c.date,
        rule: `Due ${windowWords(c.date, c.date)}.`,
      });
    }
  }
  return out;
}
