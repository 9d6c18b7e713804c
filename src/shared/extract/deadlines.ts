// The deadline of a pledge sentence: our rule layer first, chrono-node for the other date
// forms, and only words that stand after the commitment (or before it behind "by", "within"…).
import type { ExtractedDeadline } from '../contract/extract';
import { findRuleDeadlines, type DeadlineMatch } from './deadline-rules';
import { chronoDeadlines } from './chrono-deadlines';
import type { Reference } from './reference';

// Cheap test before running chrono at all: does the sentence hold anything date-like?
const DATE_HINT =
  /\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?:tomorrow|today|tonight)\b/;

// chrono is the costliest step per sentence (dozens of parsers, each a regex over the text,
// and many objects), and its match is used only when it starts after the cue or when a
// "by"-like word leads it (chrono-deadlines' PREFIX). chrono-fallback keeps only matches with
// a digit, a month, a weekday or a relative word (MEANINGFUL), so a match after the cue needs
// one of those in the text after the cue. Without either, chrono cannot find anything usable
// and does not run. CHRONO_AFTER_CUE drops MEANINGFUL's word boundaries: a plain superset.
const CHRONO_AFTER_CUE =
  /\d|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow|today|tonight|yesterday|weekend/;
const CHRONO_LEADING = /\b(?:no later than|not later than|by|before|ahead of|prior to|until)\s/i;

function chronoMayHelp(sentence: string, cueStart: number): boolean {
  return DATE_HINT.test(sentence) && (CHRONO_AFTER_CUE.test(sentence.slice(cueStart)) || CHRONO_LEADING.test(sentence));
}

export function findDeadline(
  sentence: string,
  offset: number,
  cueStart: number,
  ref: Reference,
): ExtractedDeadline | null {
  const matches: DeadlineMatch[] = findRuleDeadlines(sentence, ref);
  if (matches.length === 0 && chronoMayHelp(sentence, cueStart)) matches.push(...chronoDeadlines(sentence, ref));
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
