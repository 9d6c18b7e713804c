// Deadline matches from chrono-node for date forms our rules leave, read with the same
// prefixes ("by", "before", "no later than", "early/mid/late") that chrono itself drops.
import { chronoDates } from './chrono-fallback';
import type { DeadlineMatch } from './deadline-rules';
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
      out.push({ ...base, latest: null, rule: 'a date in the past of D → no deadline (chrono-node)' });
    } else if (word === 'before' || word === 'ahead of' || word === 'prior to') {
      out.push({
        ...base,
        latest: addTo(c.date, { days: -1 }),
        rule: 'before X → latest the day before X (date read by chrono-node)',
      });
    } else if (word && word !== 'on' && word !== 'in') {
      out.push({ ...base, latest: c.endDate ?? c.date, rule: 'by X → latest X (date read by chrono-node)' });
    } else if (c.endDate && c.endDate > c.date) {
      out.push({
        ...base,
        earliest: c.date,
        latest: c.endDate,
        rule: 'from A to B → A .. B (dates read by chrono-node)',
      });
    } else {
      out.push({
        ...base,
        earliest: c.date,
        latest: c.date,
        rule: 'on X → that single date (date read by chrono-node)',
      });
    }
  }
  return out;
}
