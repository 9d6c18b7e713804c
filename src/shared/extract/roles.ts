// Who commits and to whom. The pledger is the subject of the cue, or the speaker when the
// subject is no actor ("Trump assured reporters that help would be forthcoming"); the
// beneficiaries are the other parties after the cue ("for Ukraine", "of American weapons").
import type { PartyGuess } from '../contract/extract';
import type { Cue } from './cues';
import { findParties, type PartyMention } from './parties';
import type { KnownParty } from './types';

const REPORTING = /\b(?:said|says|told|announced|stated|confirmed|added|insisted|declared|revealed|assured|wrote|revealing|saying|announcing|declaring|telling)\b(?:\s+\w+)?(?:\s+that)?\s*/gi;

function unique(list: PartyGuess[]): PartyGuess[] {
  const seen = new Set<string>();
  return list.filter((g) => (seen.has(g.id) ? false : (seen.add(g.id), true)));
}

/** A state named as an adjective right before its own person ("Ukrainian President Volodymyr Zelensky") is the person's. */
function dropAttributes(mentions: PartyMention[], sentence: string): PartyMention[] {
  return mentions.filter((m, i) => {
    const next = mentions[i + 1];
    if (!next?.party?.represents || next.party.represents !== m.guess.id) return true;
    const between = sentence.slice(m.end, next.start);
    return !/^\s+(?:[A-Z][\p{L}-]*\s+){0,3}$/u.test(between);
  });
}

export function assignRoles(sentence: string, cue: Cue, parties: readonly KnownParty[]): { pledgers: PartyGuess[]; beneficiaries: PartyGuess[] } {
  const mentions = dropAttributes(findParties(sentence, parties), sentence);
  const before = mentions.filter((m) => m.end <= cue.start);
  const after = mentions.filter((m) => m.start >= cue.end);
  // The clause of the cue starts after the last reporting verb before it.
  let clauseStart = 0;
  REPORTING.lastIndex = 0;
  for (const m of sentence.slice(0, cue.start).matchAll(REPORTING)) clauseStart = m.index + m[0].length;
  let subject = before.filter((m) => m.start >= clauseStart);
  if (subject.length === 0) subject = before.filter((m) => m.start < clauseStart);
  if (subject.length === 0 && /\b(?:we|I)\b/.test(sentence.slice(0, cue.start))) {
    // A quote ("We will send…,” the chancellor said): the speaker comes after the quote.
    subject = after.filter((m) => /\b(?:said|says|told|added)\b/.test(sentence.slice(Math.max(0, m.start - 30), m.end + 15)));
  }
  // Of the subject, keep the nearest noun phrase: the parties joined by "and" right before the cue.
  if (subject.length > 1) {
    const last = subject[subject.length - 1]!;
    const group = [last];
    for (let i = subject.length - 2; i >= 0; i--) {
      const between = sentence.slice(subject[i]!.end, group[0]!.start);
      if (/^\s*(?:,|and|,\s*and|&|as well as|together with|along with|and its|and their)\s+(?:its\s+|their\s+|the\s+)?$/i.test(between) || /^\s+$/.test(between)) group.unshift(subject[i]!);
      else break;
    }
    subject = group;
  }
  const pledgers = unique(subject.map((m) => m.guess));
  const ids = new Set(pledgers.map((p) => p.id));
  const representsPledger = (m: PartyMention) => m.party?.represents !== undefined && ids.has(m.party.represents);
  const beneficiaries = unique(after.filter((m) => !ids.has(m.guess.id) && !representsPledger(m)).map((m) => m.guess));
  return { pledgers, beneficiaries };
}
