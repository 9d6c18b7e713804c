// Who commits and to whom. The pledger is the subject of the cue, or the speaker when the
// subject is no actor ("Trump assured reporters that help would be forthcoming"); the
// beneficiaries are the other parties after the cue ("for Ukraine", "of American weapons").
import type { PartyGuess } from '../contract/extract';
import type { Cue } from './cues';
import { findParties, type ArticlePeople, type PartyMention } from './parties';
import type { KnownParty } from './types';

const REPORTING =
  /\b(?:said|says|told|announced|stated|confirmed|added|insisted|declared|revealed|assured|wrote|revealing|saying|announcing|declaring|telling)\b(?:\s+\w+)?(?:\s+that)?\s*/gi;

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

export interface Roles {
  pledgers: PartyGuess[];
  beneficiaries: PartyGuess[];
  /** The subject words when no party is named there ("the guarantees"), for titles and context. */
  subjectText: string;
  /** Who said it, when the pledge is reported speech: the pledger when context names no other. */
  speaker: PartyGuess[];
}

export function assignRoles(sentence: string, cue: Cue, parties: readonly KnownParty[], people?: ArticlePeople): Roles {
  const mentions = dropAttributes(findParties(sentence, parties, people), sentence);
  const isSpeaker = (m: PartyMention) =>
    /^\s*(?:[A-Z][\p{L}-]+\s+)*(?:said|says|told|added|announced|insisted|stated)\b/u.test(
      sentence.slice(m.end, m.end + 40),
    ) || /\b(?:said|says|added)\s+$/.test(sentence.slice(Math.max(0, m.start - 10), m.start));
  const isAddressee = (m: PartyMention) =>
    m.end <= cue.start &&
    /\b(?:assured|assures|promised|promises|told|tells|pledged to)\s+$/i.test(
      sentence.slice(Math.max(0, m.start - 15), m.start),
    ) &&
    /^\s+that\b/i.test(sentence.slice(m.end, m.end + 8));
  const before = mentions.filter((m) => m.end <= cue.start);
  let after = mentions.filter((m) => m.start >= cue.end);
  // "a commitment from the United States and its European allies to provide … for Ukraine":
  // the pledgers follow the cue, up to the "to" of what they committed to.
  if (/\b(?:from|by)$/i.test(sentence.slice(cue.start, cue.end))) {
    const to = /\bto\s+\w/i.exec(sentence.slice(cue.end));
    const cut = to ? cue.end + to.index : sentence.length;
    const givers = after.filter((m) => m.end <= cut);
    if (givers.length > 0)
      return finish(
        givers,
        after.filter((m) => m.start >= cut),
        '',
        [],
      );
  }
  // The clause of the cue starts after the last reporting verb before it.
  let clauseStart = 0;
  REPORTING.lastIndex = 0;
  for (const m of sentence.slice(0, cue.start).matchAll(REPORTING)) clauseStart = m.index + m[0].length;
  // A party behind a preposition is an object ("sat with European leaders and promised").
  const isObject = (m: PartyMention) =>
    !/\b(?:parliament|officials|government|authorities|leaders|ministry|diplomats|sources|embassy|people) in\s+$/i.test(
      sentence.slice(Math.max(0, m.start - 20), m.start),
    ) &&
    /\b(?:with|to|for|from|of|by|in|at|on|against|towards?|near|than)\s+(?:the\s+|its\s+|their\s+)?$/i.test(
      sentence.slice(Math.max(0, m.start - 20), m.start),
    );
  let subject = before.filter((m) => m.start >= clauseStart && !isObject(m));
  const speaker = before.filter((m) => m.start < clauseStart && !isObject(m) && !isAddressee(m));
  const clauseSubject = sentence.slice(clauseStart, cue.start).trim();
  // No party in the clause: the speaker commits ("Trump assured reporters that help would
  // come"), unless the clause has a subject of its own that the caller may resolve from
  // context ("revealing that the guarantees are slated to be written").
  if (subject.length === 0 && (clauseStart === 0 || !/\p{L}{3,}/u.test(clauseSubject) || /^[“"]/.test(clauseSubject)))
    subject = speaker;
  if (subject.length === 0 && /\b(?:we|I)\b/i.test(sentence.slice(0, cue.start))) {
    // A quote ("We will send…,” the chancellor said): the speaker comes after the quote.
    subject = after.filter(isSpeaker);
  }
  // Of the subject, keep the nearest noun phrase: the parties joined by "and" right before the cue.
  if (subject.length > 1) {
    const last = subject[subject.length - 1]!;
    const group = [last];
    for (let i = subject.length - 2; i >= 0; i--) {
      const between = sentence.slice(subject[i]!.end, group[0]!.start);
      if (
        /^\s*(?:,|and|,\s*and|&|as well as|together with|along with|and its|and their)\s+(?:its\s+|their\s+|the\s+)?$/i.test(
          between,
        ) ||
        /^\s+$/.test(between)
      )
        group.unshift(subject[i]!);
      else break;
    }
    subject = group;
  }
  const subjectText = subject.length === 0 ? clauseSubject : '';
  // Parties that act alongside ("with European nations acting as…") receive nothing.
  // A speaker after the pledge ("…, Merz said") receives nothing either.
  after = after.filter((m) => !isSpeaker(m));
  after = after.filter(
    (m) =>
      !(
        /\bwith\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, m.start - 12), m.start)) &&
        /^\s+\w+ing\b/.test(sentence.slice(m.end))
      ),
  );
  // Whom it was promised to: "assured Zelensky that Washington would…".
  const addressees = before.filter(isAddressee);
  return finish(subject, [...addressees, ...after], subjectText, speaker);
}

function finish(subject: PartyMention[], after: PartyMention[], subjectText: string, speaker: PartyMention[]): Roles {
  const pledgers = unique(subject.map((m) => m.guess));
  const ids = new Set(pledgers.map((p) => p.id));
  const states = new Set(subject.map((m) => m.party?.represents).filter((x): x is string => x !== undefined));
  // The pledger's own state ("Trump … supported by the U.S.") is not its beneficiary.
  const beneficiaries = unique(
    after
      .filter(
        (m) => !ids.has(m.guess.id) && !states.has(m.guess.id) && !(m.party?.represents && ids.has(m.party.represents)),
      )
      .map((m) => m.guess),
  );
  return { pledgers, beneficiaries, subjectText, speaker: unique(speaker.map((m) => m.guess)) };
}
