// From article to candidate pledges: split into sentences, keep the ones with a commitment
// cue, and read each one's deadline, amount, parties and a proposed title. Pure: no I/O, so
// the intake page (browser) and POST /api/extract (server) give the same answers.
import type { Candidate, ExtractRequest, ExtractResponse } from '../contract/extract';
import { findAmount } from './amounts';
import { findCues } from './cues';
import { findDeadline } from './deadlines';
import { assignRoles } from './roles';
import { splitSentences } from './sentences';
import { proposeTitle } from './titles';
import type { KnownParty } from './types';

export type { KnownParty } from './types';

export function extractPledges(request: ExtractRequest, parties: readonly KnownParty[]): ExtractResponse {
  const ref = { date: request.publishedOn, timeZone: request.timeZone, ...(request.publishedAt ? { publishedAt: request.publishedAt } : {}) };
  const candidates: Candidate[] = [];
  for (const sentence of splitSentences(request.text)) {
    const cues = findCues(sentence.text);
    const cue = cues[0];
    if (!cue) continue;
    const deadline = findDeadline(sentence.text, sentence.start, cue.start, ref);
    const amount = findAmount(sentence.text);
    const roles = assignRoles(sentence.text, cue, parties);
    const rest = sentence.text.slice(cue.end);
    const title = proposeTitle(cue.kind, rest, deadline?.text ?? null);
    let confidence = cue.strong ? 0.7 : 0.5;
    if (roles.pledgers.length > 0) confidence += 0.15;
    if (roles.pledgers.some((p) => p.known)) confidence += 0.05;
    if (deadline || amount) confidence += 0.1;
    candidates.push({
      sentence: sentence.text,
      start: sentence.start,
      end: sentence.end,
      title,
      pledgers: roles.pledgers,
      beneficiaries: roles.beneficiaries,
      deadline,
      amount,
      confidence: Math.min(1, Math.round(confidence * 100) / 100),
    });
  }
  return { candidates };
}
