// Finds the parties named in a sentence: known parties by name and alias (case-aware, on word
// boundaries), and named entities we do not know yet, proposed as new parties with the kind
// they look like (party-kinds.ts): a known party keeps its own kind.
import type { PartyGuess } from '../contract/extract';
import { isOrganisationName, kindOfNewParty } from './party-kinds';
import { namesOf, type KnownParty } from './types';

/**
 * The people an article has named so far, by surname ("Pistorius" → Boris Pistorius), so that
 * the surname alone later in the story is the same person, not a new organisation.
 */
export type ArticlePeople = Map<string, PartyGuess>;

export interface PartyMention {
  guess: PartyGuess;
  /** Offsets inside the sentence (end exclusive). */
  start: number;
  end: number;
  /** The known party, when one matched. */
  party?: KnownParty;
}

interface Matcher {
  /** Names written with capitals, matched with those capitals ("US", never "us"). */
  exact: RegExp | null;
  /** Names written in lower case, matched in any case. */
  loose: RegExp | null;
  byName: Map<string, KnownParty>;
}

const matcherCache = new WeakMap<readonly KnownParty[], Matcher>();

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Two regexes for all names (one pass each per sentence, not one per name), longest names
 * first so "Volodymyr Zelensky" wins over "Zelensky". The boundaries are letters, digits and
 * "$", so "U.S." matches before a comma and "US" neither inside "USD" nor in "US$". A demonym
 * also matches its plural ("Ukrainians").
 */
function matcherFor(parties: readonly KnownParty[]): Matcher {
  const cached = matcherCache.get(parties);
  if (cached) return cached;
  const byName = new Map<string, KnownParty>();
  const exact: string[] = [];
  const loose: string[] = [];
  for (const party of parties) {
    for (const raw of namesOf(party)) {
      const name = raw.trim().replace(/^the\s+/i, '');
      if (name.length === 0) continue;
      const hasUpper = name !== name.toLowerCase();
      const key = hasUpper ? name : name.toLowerCase();
      if (byName.has(key)) continue;
      byName.set(key, party);
      (hasUpper ? exact : loose).push(name);
    }
  }
  const build = (names: string[], flags: string) => {
    if (names.length === 0) return null;
    const alternatives = [...names]
      .sort((a, b) => b.length - a.length)
      .map((n) => `${escape(n)}${/an$/.test(n) ? 's?' : ''}`);
    return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}$])`, flags);
  };
  const matcher = { exact: build(exact, 'gu'), loose: build(loose, 'giu'), byName };
  matcherCache.set(parties, matcher);
  return matcher;
}

// Capitalised words that are not names of parties.
const NOT_NAMES = new Set(
  (
    'The A An In On At By For To Of And But Or If As It Its He She They We I You This That These Those There Here Then ' +
    'When While After Before Since Until Under Over With Without From Into Monday Tuesday Wednesday Thursday Friday ' +
    'Saturday Sunday January February March April May June July August September October November December ' +
    'President Prime Minister Chancellor Secretary Foreign Defence Defense Finance Minister Ambassador General Mr Mrs Ms Dr ' +
    'Officials Leaders Christmas Easter However Meanwhile Also Still Yet Earlier Later Last Next First Second Third ' +
    'Q1 Q2 Q3 Q4 New Year Both Each Every All Some Many Most No Not One Two Three Four Five Six Seven Eight Nine Ten ' +
    'According Despite Although Though Because So Such Our Their His Her Who What Which Why How Spokesperson Spokesman ' +
    'Spokeswoman Government Ministry Office Senior European Union Day Week Month Year Friday’s Monday’s Ten ' +
    'Officials Critics Analysts Prices Talks Sanctions Temperatures Markets Unemployment Opposition Free Will Last ' +
    'BERLIN LONDON PARIS KYIV WASHINGTON TOKYO Rather Ahead While Instead Under Only Even Just'
  ).split(/\s+/),
);
// Titles and honorifics that stand before a person's name and are not part of it
// ("Commissioner Anna Weber", "Secretary of State Marco Rubio", "Dr Tedros").
const TITLES =
  /^(?:(?:Vice |Deputy |Acting |Former )?(?:President|Prime Minister|Premier|Chancellor)|Chancellor of the Exchequer|(?:Deputy )?(?:[A-Z][a-z]+ )?(?:Minister|Secretary)(?: of State| for [A-Z][a-z]+|[- ]General)?|High Representative|(?:Special )?Envoy|Commissioner|Ambassador|(?:Attorney|Solicitor|Surgeon|Inspector) General|General|Admiral|Colonel|Senator|Sen\.|Rep\.|Representative|Congressman|Congresswoman|Governor|Gov\.|Mayor|Speaker|Chairman|Chairwoman|Chief Executive|King|Queen|Crown Prince|Prince|Princess|Emir|Sheikh|Sultan|Pope|Judge|Justice|Sir|Dame|Lord|Lady|Professor|Prof\.?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+/;

const DEMONYMS: Record<string, string> = {
  French: 'France',
  German: 'Germany',
  British: 'United Kingdom',
  Polish: 'Poland',
  Italian: 'Italy',
  Spanish: 'Spain',
  Dutch: 'Netherlands',
  Japanese: 'Japan',
  Canadian: 'Canada',
  Chinese: 'China',
  Indian: 'India',
  Turkish: 'Turkey',
  Swedish: 'Sweden',
  Norwegian: 'Norway',
  Danish: 'Denmark',
  Finnish: 'Finland',
  Belgian: 'Belgium',
  Czech: 'Czechia',
  Australian: 'Australia',
  Korean: 'South Korea',
  Swiss: 'Switzerland',
  Austrian: 'Austria',
  Irish: 'Ireland',
  Estonian: 'Estonia',
  Latvian: 'Latvia',
  Lithuanian: 'Lithuania',
  Romanian: 'Romania',
  Greek: 'Greece',
  Portuguese: 'Portugal',
  Hungarian: 'Hungary',
  Brazilian: 'Brazil',
  Mexican: 'Mexico',
  Israeli: 'Israel',
};

export function slugify(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .replace(/-+$/g, '') || 'party'
  );
}

// Adjectives that open a multi-word proper name ("European Commission", "United Nations",
// "Royal Navy"): before another capitalised noun they are part of the name, not a word to drop.
const NAME_ADJECTIVES = new Set(
  'European United Royal National International Federal Central World Supreme Atlantic Baltic Nordic African Arab Asian Islamic Catholic Orthodox Red'.split(
    ' ',
  ),
);
// Capitalised words that end no proper name after such an adjective ("European Monday", "United States" stays).
const NOT_NAME_HEADS = new Set(
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Day Week Month Year Christmas Easter Officials Leaders'.split(
    ' ',
  ),
);

/** "European Commission" → true: an adjective heading a capitalised noun, so the whole is one name. */
function opensName(text: string): boolean {
  const m = /^(\S+)\s+(\p{Lu}[\p{L}’'-]*)/u.exec(text);
  return m !== null && NAME_ADJECTIVES.has(m[1]!) && !NOT_NAME_HEADS.has(m[2]!);
}

// Capitalised words, joined by "of", "the" and the particles of people's names ("Bank of
// England", "Ursula von der Leyen", "Luiz Inácio Lula da Silva").
const NAME_RE =
  /(?<![\p{L}\p{N}])(?:[A-Z][\p{L}’'-]*|[A-Z]{2,})(?:\s+(?:of\s+|the\s+|(?:von|van|de|da|del|di|du|la|le|bin|ibn)\s+(?:(?:der|den|de|la|le)\s+)?)?(?:[A-Z][\p{L}’'-]*|[A-Z]{2,}))*/gu;

/**
 * A run of capitalised words, split where a person's title starts inside it: "NATO Secretary
 * General Mark Rutte" → "NATO", "Secretary General Mark Rutte"; "European Council President
 * António Costa" → "European Council", "President António Costa". A title that opens the run
 * stays with its name.
 */
function segments(run: string, at: number): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let from = 0;
  const words = /\s+(?=\S)/g;
  words.lastIndex = TITLES.exec(run)?.[0].length ?? 0;
  for (let w = words.exec(run); w; w = words.exec(run)) {
    const next = w.index + w[0].length;
    const title = TITLES.exec(run.slice(next));
    if (!title) continue;
    out.push({ text: run.slice(from, w.index), start: at + from });
    from = next;
    words.lastIndex = next + title[0].length;
  }
  out.push({ text: run.slice(from), start: at + from });
  return out;
}

function unknownMentions(
  sentence: string,
  taken: { start: number; end: number }[],
  people: ArticlePeople | undefined,
): PartyMention[] {
  const out: PartyMention[] = [];
  for (const m of sentence.matchAll(NAME_RE))
    for (const seg of segments(m[0], m.index)) {
      let text = seg.text.replace(/[’']s$/, '');
      let start = seg.start;
      // Drop leading words that are not names ("The", "President", "On"), noting a person's title.
      let titled = false;
      let titleStart = start;
      let titleText = text;
      for (;;) {
        const title = TITLES.exec(text);
        if (title) {
          if (!titled) [titleStart, titleText] = [start, text];
          titled = true;
          start += title[0].length;
          text = text.slice(title[0].length);
          continue;
        }
        const first = /^(\S+)\s+/.exec(text);
        if (first && NOT_NAMES.has(first[1]!) && !opensName(text)) {
          start += first[0].length;
          text = text.slice(first[0].length);
          continue;
        }
        break;
      }
      // "General Motors", "Justice Department": the "title" is part of an organisation's name.
      if (titled && isOrganisationName(text)) {
        [start, text, titled] = [titleStart, titleText, false];
      }
      // "European Council President": the office after an institution's name is not part of it.
      if (opensName(text))
        text = text.replace(
          /(?:\s+(?:President|Chancellor|Minister|Secretary|Ambassador|Spokesperson|Spokesman|Spokeswoman|Chief|Head))+$/,
          '',
        );
      const end = start + text.length;
      const before = sentence.slice(Math.max(0, start - 30), start);
      const after = sentence.slice(end, end + 30);
      // "Q3", "F-16", "Sept": a letter or an abbreviation is no name.
      if (
        text.length < 2 ||
        /^[\s-]*\d|^\$/.test(after) ||
        /^(?:Sept?|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Oct|Nov|Dec)$/.test(text)
      )
        continue;
      // "25 Patriot systems", "a second Patriot system": a product, not a party.
      if (
        /(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen|more|several|new|second|third|another|additional))\s+$/i.test(
          before,
        )
      )
        continue;
      // "in Thessaloniki", "near Pokrovsk": a place, not a party.
      if (/\b(?:in|at|near|outside|inside|across)\s+$/i.test(before)) continue;
      // "Merz said", "said Ishiba": a speaker; callers read speakers apart.
      if (!text || NOT_NAMES.has(text) || (!opensName(text) && text.split(/\s+/).every((w) => NOT_NAMES.has(w))))
        continue;
      if (taken.some((t) => start < t.end && end > t.start)) continue;
      // A demonym before a title and a name ("French President Emmanuel Macron") names the
      // person's state, not a party of its own.
      const demonym = DEMONYMS[text];
      if (demonym !== undefined) {
        if (
          /^\s+(?:President|Prime Minister|Chancellor|Foreign|Defen[cs]e|Minister|officials|leaders)/.test(
            sentence.slice(end),
          )
        )
          continue;
        out.push({
          guess: { id: slugify(demonym), name: demonym, known: false, kind: 'state', matched: text },
          start,
          end,
          party: undefined,
        });
        continue;
      }
      // The surname of someone named earlier in the article ("Pistorius also promised…").
      const earlier = !/\s/.test(text) ? people?.get(text) : undefined;
      const kind = earlier
        ? 'person'
        : kindOfNewParty(text, { titled, afterThe: /\bthe\s+$/i.test(before) || /^The\s/.test(seg.text) });
      const guess = earlier
        ? { ...earlier, matched: text }
        : { id: slugify(text), name: text, known: false, kind, matched: text };
      if (kind === 'person' && !earlier && people) {
        const surname = text.split(/\s+/).pop()!;
        if (!people.has(surname)) people.set(surname, guess);
      }
      // `party: undefined` keeps every mention the same object shape as a known one, so the
      // optimised role code sees one shape and is not thrown back to the interpreter.
      out.push({ guess, start, end, party: undefined });
    }
  return out;
}

/**
 * All parties named in a sentence, in the order they appear, overlapping names resolved to the
 * longest. `people` carries the people named earlier in the same article, and learns the new ones.
 */
export function findParties(sentence: string, parties: readonly KnownParty[], people?: ArticlePeople): PartyMention[] {
  const { exact, loose, byName } = matcherFor(parties);
  const found: PartyMention[] = [];
  for (const [re, lower] of [
    [exact, false],
    [loose, true],
  ] as const) {
    if (!re) continue;
    for (const m of sentence.matchAll(re)) {
      const text = m[0];
      const key = lower ? text.toLowerCase() : text;
      const party = byName.get(key) ?? byName.get(key.replace(/s$/, ''));
      if (!party) continue;
      found.push({
        guess: { id: party.id, name: party.name, known: true, kind: party.kind, matched: text },
        start: m.index,
        end: m.index + text.length,
        party,
      });
    }
  }
  // Longest first when two names overlap.
  found.sort((a, b) => b.end - b.start - (a.end - a.start));
  const mentions: PartyMention[] = [];
  for (const f of found) if (!mentions.some((t) => f.start < t.end && f.end > t.start)) mentions.push(f);
  mentions.push(...unknownMentions(sentence, mentions, people));
  return mentions.sort((a, b) => a.start - b.start);
}

// A cheap gate for learnPeople: most sentences name no one with a title.
const TITLE_WORD =
  /\b(?:President|Premier|Chancellor|Minister|Secretary|Representative|Envoy|Commissioner|Ambassador|(?:Attorney|Solicitor|Surgeon|Inspector) General|General|Admiral|Colonel|Senator|Sen|Rep|Congress(?:wo)?man|Governor|Gov|Mayor|Speaker|Chair(?:wo)?man|Executive|King|Queen|Prince|Princess|Emir|Sheikh|Sultan|Pope|Judge|Justice|Sir|Dame|Lord|Lady|Prof(?:essor)?|Mr|Mrs|Ms|Dr)\b/;

/** Learns the people a sentence names with a title ("Defence Minister Boris Pistorius said…"), pledge or not. */
export function learnPeople(sentence: string, parties: readonly KnownParty[], people: ArticlePeople): void {
  if (TITLE_WORD.test(sentence)) findParties(sentence, parties, people);
}
