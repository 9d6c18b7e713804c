// The article reader for Ukrainian text: the same steps as the English one (index.ts above),
// with Ukrainian cues, deadline words, amounts and parties. Sentences are split by the shared
// splitter; the dateline and the people an article titles are English conventions and are
// not read here.
import type { Candidate, ExtractRequest, ExtractResponse } from '../../contract/extract';
import { findAmount } from '../amounts';
import { splitSentences } from '../sentences';
import type { KnownParty } from '../types';
import { findUkAmount } from './amounts';
import { findUkCues } from './cues';
import { findUkDeadlines, learnEvents, type EventDates } from './deadlines';
import { findUkParties } from './parties';
import { assignUkRoles } from './roles';
import { ukText } from './text';

/** A short title from the sentence's own words after the cue, at most ten words. */
function ukTitle(sentence: string, cueStart: number): string {
  const words = sentence
    .slice(cueStart)
    .replace(/[«»"“”]/g, '')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 10);
  const title = words.join(' ').replace(/[,;:.—–-]+$/u, '');
  return title.charAt(0).toUpperCase() + title.slice(1);
}

export function extractUkrainian(request: ExtractRequest, parties: readonly KnownParty[]): ExtractResponse {
  const text = ukText(request.text);
  const ref = {
    date: request.publishedOn,
    timeZone: request.timeZone,
    ...(request.publishedAt ? { publishedAt: request.publishedAt } : {}),
  };
  const year = Number(request.publishedOn.slice(0, 4));
  const events: EventDates = new Map();
  const candidates: Candidate[] = [];
  let previous: { index: number; candidate: Candidate } | null = null;
  for (const [index, sentence] of splitSentences(text).entries()) {
    const cues = findUkCues(sentence.text, year);
    if (cues.length === 0) {
      learnEvents(sentence.text, ref, events);
      continue;
    }
    const deadlines = findUkDeadlines(sentence.text, ref, events);
    learnEvents(sentence.text, ref, events);
    const cue = cues[0]!;
    // Deadline words stand after the cue, or lead it ("До кінця тижня Україна … підпише").
    // "…зберуться 23 жовтня, де мають ухвалити": the cue's relative clause hangs on the date.
    const relative = (m: { end: number }) => /^[,\s]*(?:де|коли)\s/u.test(sentence.text.slice(m.end, cue.start));
    const best = deadlines.find((m) => (m.start >= cue.start || m.leading || relative(m)) && m.latest !== null);
    const tiedToNothing = deadlines.some((m) => m.latest === null && m.leading && m.start >= cue.start);
    const deadline =
      best && !tiedToNothing
        ? {
            ...(best.earliest ? { earliest: best.earliest } : {}),
            latest: best.latest!,
            text: request.text.slice(sentence.start + best.start, sentence.start + best.end),
            rule: best.rule,
            start: sentence.start + best.start,
            end: sentence.start + best.end,
          }
        : null;
    const amount = findUkAmount(sentence.text) ?? findAmount(sentence.text);
    const mentions = findUkParties(sentence.text, parties);
    const roles = assignUkRoles(sentence.text, cues, mentions, parties);
    let { pledgers, beneficiaries } = roles;
    // A clause with no party ("Кредит … планують виплачувати") continues the pledge just before.
    if (pledgers.length === 0 && previous && previous.index === index - 1) {
      pledgers = previous.candidate.pledgers;
      if (beneficiaries.length === 0) beneficiaries = previous.candidate.beneficiaries;
    }
    // A pledge with no beneficiary takes those of a recent pledge by the same party.
    if (pledgers.length > 0 && beneficiaries.length === 0) {
      const ids = new Set(pledgers.map((p) => p.id));
      const source = candidates
        .slice(-3)
        .reverse()
        .find((c) => c.pledgers.some((p) => ids.has(p.id)));
      if (source) beneficiaries = source.beneficiaries.filter((b) => !ids.has(b.id));
    }
    let confidence = cue.strong ? 0.7 : 0.5;
    if (pledgers.length > 0) confidence += 0.15;
    if (pledgers.some((p) => p.known)) confidence += 0.05;
    if (deadline || amount) confidence += 0.1;
    const candidate: Candidate = {
      sentence: request.text.slice(sentence.start, sentence.end),
      start: sentence.start,
      end: sentence.end,
      title: ukTitle(request.text.slice(sentence.start, sentence.end), cue.start),
      pledgers,
      beneficiaries,
      deadline,
      amount,
      confidence: Math.min(1, Math.round(confidence * 100) / 100),
    };
    candidates.push(candidate);
    previous = { index, candidate };
  }
  return { candidates };
}
