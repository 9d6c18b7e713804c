// The deadline of a pledge sentence: our rule layer first, chrono-node for the other date
// forms, and only words that stand after the commitment (or before it behind "by", "within"…).
import type { ExtractedDeadline } from '../contract/extract';
import { findRuleDeadlines, type DeadlineMatch } from './deadline-rules';
import { chronoDeadlines } from './chrono-deadlines';
import type { Reference } from './reference';

// Cheap test before running chrono at all: does the sentence hold anything date-like?
const DATE_HINT =
  /\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?:tomorrow|today|tonight)\b/;

export function findDeadline(sentence: string, offset: number, cueStart: number, ref: Reference): ExtractedDeadline | null {
  const matches: DeadlineMatch[] = findRuleDeadlines(sentence, ref);
  if (matches.length === 0 && DATE_HINT.test(sentence)) matches.push(...chronoDeadlines(sentence, ref));
  const usable = matches.filter((m) => m.start >= cueStart || m.leading);
  const best = usable.find((m) => m.latest !== null && m.latest >= ref.date);
  if (!best || best.latest === null) return null;
  return {
    ...(best.earliest ? { earliest: best.earliest } : {}),
    latest: best.latest,
    text: best.text,
    rule: best.rule,
    start: offset + best.start,
    end: offset + best.end,
  };
}
