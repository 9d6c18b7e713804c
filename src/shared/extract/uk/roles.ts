// Who promises and who receives, in a Ukrainian sentence. Word order is free, so the reading
// leans on the shape news gives a sentence:
// - "X пообіцяв, що Y передасть…": Y commits (the reported clause); with no party in it, X.
// - "За словами X, …", "«Ми …», — сказав X", "…, пообіцяв X": X is the speaker, who commits
//   when the clause names no one.
// - the pledger is the party of the cue's clause before the cue; the beneficiaries are the
//   parties after it, except those "проти" (against) or "від" (from) it, places after "у/в/на",
//   a state right before its own person ("прем'єр-міністр Швеції Ульф Крістерссон"), and an
//   adjective of a currency ("канадських доларів").
// - "уряд", "Кабмін", "ЗСУ" with no state named are Ukraine's in Ukrainian news.
import type { PartyGuess } from '../../contract/extract';
import type { Cue } from '../cues';
import type { PartyMention } from '../parties';
import { namesOf, type KnownParty } from '../types';

export interface UkRoles {
  pledgers: PartyGuess[];
  beneficiaries: PartyGuess[];
  /** True when the clause before the cue names no party and no home-government word. */
  noSubject: boolean;
}

const unique = (guesses: PartyGuess[]) => guesses.filter((g, i) => guesses.findIndex((x) => x.id === g.id) === i);

const HOME = /(?:^|[^\p{L}])(?:уряд|кабмін|кабінет\s+міністрів|зсу|україн\p{L}*\s+армі\p{L}*)(?:[^\p{L}]|$)/iu;
const REPORTED = /,?\s*(?:що|щоб)\s+$/u;
const SPEAKER_AFTER =
  /^[,\s]*(?:[—–-]\s*)?(?:заяви\p{L}*|сказа\p{L}*|повідоми\p{L}*|пообіця\p{L}*|наголоси\p{L}*|зазначи\p{L}*|додав|додала)\s+/iu;

/** The home party of Ukrainian news: the known party called "Україна". */
function home(parties: readonly KnownParty[]): PartyGuess | null {
  const ukraine = parties.find((p) => namesOf(p).includes('Україна'));
  return ukraine ? { id: ukraine.id, name: ukraine.name, known: true, kind: ukraine.kind, matched: 'уряд' } : null;
}

/** A state written right before a person's name is that person's, not a party of its own. */
function ownState(m: PartyMention, mentions: PartyMention[], sentence: string): boolean {
  if (m.guess.kind !== 'state') return false;
  return mentions.some(
    (o) => o.guess.kind === 'person' && o.start > m.end && /^\s*$/u.test(sentence.slice(m.end, o.start)),
  );
}

function isAfter(sentence: string, m: PartyMention, words: RegExp): boolean {
  return words.test(sentence.slice(Math.max(0, m.start - 12), m.start));
}

export function assignUkRoles(
  sentence: string,
  cues: Cue[],
  mentions: PartyMention[],
  parties: readonly KnownParty[],
): UkRoles {
  const first = cues[0]!;
  // "X пообіцяв, що Y …" / "X заявив, що Y …": the commitment is the reported clause's.
  const reportedAt = /,?\s*що\s/u.exec(sentence.slice(first.end, first.end + 6));
  const reported = reportedAt ? cues.find((c) => c.start > first.end) : undefined;
  const saidThat = /(?:заяви\p{L}*|сказа\p{L}*|повідоми\p{L}*|анонсува\p{L}*|наголоси\p{L}*),?\s+що\s/iu.exec(sentence);
  const cue = reported ?? first;
  const clauseStart = Math.max(
    reported ? first.end : 0,
    saidThat && saidThat.index < cue.start ? saidThat.index + saidThat[0].length : 0,
    sentence.lastIndexOf('«', cue.start) + 1,
    (() => {
      const m = /^\s*(?:за\s+словами|за\s+інформацією|як\s+повідоми\p{L}*)[^,]*,/iu.exec(sentence);
      return m ? m[0].length : 0;
    })(),
  );
  const usable = mentions.filter((m) => !ownState(m, mentions, sentence));
  // The speaker: the reporting clause before, "за словами X", or the name after "— сказав".
  const speakerAfter = SPEAKER_AFTER.exec(
    sentence.slice(sentence.lastIndexOf(',') >= 0 ? sentence.lastIndexOf(',') : 0),
  );
  const tailStart = speakerAfter ? sentence.lastIndexOf(',') : sentence.length;
  const tail = usable.filter((m) => m.start >= tailStart);
  const persons = (ms: PartyMention[]) =>
    ms.some((m) => m.guess.kind === 'person') ? ms.filter((m) => m.guess.kind === 'person') : ms;
  const speaker = tail.length > 0 ? persons(tail) : persons(usable.filter((m) => m.end <= clauseStart));
  // "…, пообіцяв Орбан": the cue is the speaker's own verb, and the speaker commits.
  let subject =
    cue.start >= tailStart
      ? speaker
      : usable.filter((m) => m.start >= clauseStart && m.end <= cue.start && m.start < tailStart);
  // "Уряд Великої Британії": the state in the genitive is the government's.
  const clause = sentence.slice(clauseStart, cue.start);
  if (subject.length === 0 && HOME.test(clause) && !REPORTED.test(clause)) {
    const h = home(parties);
    if (h) subject = [{ guess: h, start: clauseStart, end: clauseStart, party: undefined }];
  }
  const noSubject = subject.length === 0;
  if (noSubject) subject = speaker;
  const pledgers = unique(subject.map((m) => m.guess));
  const ids = new Set(pledgers.map((p) => p.id));
  const represented = new Set(subject.map((m) => m.party?.represents).filter((x): x is string => x !== undefined));
  let after = usable.filter((m) => m.start >= cue.end && m.start < tailStart);
  if (HOME.test(sentence.slice(cue.end)) && !after.some((m) => m.guess.id === home(parties)?.id)) {
    const h = home(parties);
    const at = /зсу/iu.exec(sentence.slice(cue.end));
    if (h && at) after = [...after, { guess: h, start: cue.end + at.index, end: cue.end + at.index, party: undefined }];
  }
  const beneficiaries = unique(
    after
      .filter((m) => !isAfter(sentence, m, /(?:проти|від|з\s+боку)\s+(?:[\p{L}']+\s+)?$/iu))
      .filter((m) => !/^\s+(?:долар|крон|франк|фунт)/iu.test(sentence.slice(m.end)))
      .filter((m) => !ids.has(m.guess.id) && !represented.has(m.guess.id))
      .filter((m) => !(m.party?.represents && ids.has(m.party.represents)))
      .map((m) => m.guess),
  );
  return { pledgers, beneficiaries, noSubject };
}
