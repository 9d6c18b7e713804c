// From article to candidate pledges: split into sentences, keep the ones with a commitment
// cue, and read each one's deadline, amount, parties and a proposed title. Pure: no I/O, so
// the intake page (browser) and POST /api/extract (server) give the same answers.
import type { Candidate, ExtractRequest, ExtractResponse } from '../contract/extract';
import { findAmount } from './amounts';
import { findCues } from './cues';
import { findDateline, type Dateline } from './dateline';
import { findDeadline } from './deadlines';
import { detectLanguage } from './language';
import { learnPeople, type ArticlePeople } from './parties';
import { assignRoles } from './roles';
import { splitSentences, type Sentence } from './sentences';
import { proposeTitle } from './titles';
import type { KnownParty } from './types';
import { extractUkrainian } from './uk';

export type { KnownParty } from './types';

const PRONOUN =
  /\b(?:he|she|they|them|it|we)\b|^the (?:president|minister|chancellor|government|leader|administration)$/i;

/** The last word of a noun phrase, lower-cased, without a plural "s": "the guarantees" → "guarantee". */
function headNoun(phrase: string): string | null {
  const words = phrase
    .toLowerCase()
    .replace(/(?:\s+(?:are|is|were|was|will|would|have|has|had|be|been|now|also|still|both|all))+$/, '')
    .match(/[a-z]+/g);
  const last = words?.[words.length - 1];
  if (!last || last.length < 4) return null;
  return last.replace(/s$/, '');
}

/** The sentence without the dateline it opens with ("KYIV (Reuters) - "); null when it is all dateline. */
function withoutDateline(text: string, sentence: Sentence, dateline: Dateline | null): Sentence | null {
  if (!dateline || sentence.start >= dateline.end || sentence.end <= dateline.start) return sentence;
  if (sentence.end <= dateline.end) return null;
  return { text: text.slice(dateline.end, sentence.end), start: dateline.end, end: sentence.end };
}

export function extractPledges(request: ExtractRequest, parties: readonly KnownParty[]): ExtractResponse {
  if ((request.language ?? detectLanguage(request.text)) === 'uk') return extractUkrainian(request, parties);
  const represents = new Map(parties.map((p) => [p.id, p.represents]));
  const ref = {
    date: request.publishedOn,
    timeZone: request.timeZone,
    ...(request.publishedAt ? { publishedAt: request.publishedAt } : {}),
  };
  const candidates: Candidate[] = [];
  const candidateSentences: number[] = [];
  // The dateline is the agency's and the place's, not the pledge's words: no quote carries it.
  const dateline = findDateline(request.text);
  const sentences = splitSentences(request.text);
  // The people the article names with a title, wherever it does: "Pistorius" later in the
  // story is the Boris Pistorius of its first line, a person, not a new organisation.
  const people: ArticlePeople = new Map();
  for (const s of sentences) learnPeople(s.text, parties, people);
  for (const [index, whole] of sentences.entries()) {
    const sentence = withoutDateline(request.text, whole, dateline);
    if (!sentence) continue;
    const cues = findCues(sentence.text);
    if (cues.length === 0) continue;
    // "assured Zelensky that Washington would…": the commitment is the reported one.
    const cue = cues[0]!.kind === 'assurance' && cues[1] ? cues[1] : cues[0]!;
    const titleCue = cues[0]!;
    const deadline = findDeadline(sentence.text, sentence.start, cue.start, ref);
    const amount = findAmount(sentence.text);
    const roles = assignRoles(sentence.text, cue, parties, people);
    let { pledgers, beneficiaries } = roles;
    const recent = candidates.slice(-3).reverse();
    const previousIsPledge = candidateSentences[candidateSentences.length - 1] === index - 1;
    // Context from the pledges just before: "the guarantees are slated to be written" are the
    // guarantees committed to a sentence earlier; "he" is that sentence's pledger.
    if (pledgers.length === 0 && roles.subjectText) {
      const subject = roles.subjectText.replace(/^.*\b(?:that)\s+/i, '').trim();
      const noun = headNoun(subject);
      // A pronoun is the last pledger; a noun phrase is the pledge that mentioned it, or the
      // pledge of the sentence just before ("The first disbursement is scheduled…").
      const source = PRONOUN.test(subject)
        ? recent[0]
        : ((noun ? recent.find((c) => c.sentence.toLowerCase().includes(noun)) : undefined) ??
          (previousIsPledge ? recent[0] : undefined));
      if (source) {
        pledgers = source.pledgers;
        if (beneficiaries.length === 0) beneficiaries = source.beneficiaries;
      } else {
        pledgers = roles.speaker;
      }
    }
    if (pledgers.length > 0 && beneficiaries.length === 0) {
      const ours = new Set(
        pledgers.flatMap((p) => [p.id, represents.get(p.id)].filter((x): x is string => x !== undefined)),
      );
      const source = recent.find((c) => c.pledgers.some((p) => ours.has(p.id) || ours.has(represents.get(p.id) ?? '')));
      if (source) beneficiaries = source.beneficiaries.filter((b) => !ours.has(b.id));
    }
    let rest = sentence.text.slice(cue.end);
    // "a commitment from X and Y to provide …": the commitment is what follows the "to".
    if (/\b(?:from|by)$/i.test(sentence.text.slice(cue.start, cue.end))) rest = rest.replace(/^.*?\bto\s+(?=\w)/, '');
    const title =
      titleCue === cue
        ? proposeTitle(cue.kind, rest, deadline?.text ?? null, roles.subjectText)
        : proposeTitle(titleCue.kind, sentence.text.slice(titleCue.end), deadline?.text ?? null);
    let confidence = cue.strong ? 0.7 : 0.5;
    if (pledgers.length > 0) confidence += 0.15;
    if (pledgers.some((p) => p.known)) confidence += 0.05;
    if (deadline || amount) confidence += 0.1;
    candidateSentences.push(index);
    candidates.push({
      sentence: sentence.text,
      start: sentence.start,
      end: sentence.end,
      title,
      pledgers,
      beneficiaries,
      deadline,
      amount,
      confidence: Math.min(1, Math.round(confidence * 100) / 100),
    });
  }
  return { candidates };
}
