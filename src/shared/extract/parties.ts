// Finds the parties named in a sentence: known parties by name and alias (case-aware, on word
// boundaries), and named entities we do not know yet, proposed as new parties.
import type { PartyGuess } from '../contract/extract';
import type { KnownParty } from './types';

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
    for (const raw of [party.name, ...party.aliases]) {
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
// Titles that stand before a person's name and are not part of it.
const TITLES =
  /^(?:(?:Vice |Deputy )?President|(?:Deputy )?Prime Minister|Chancellor|(?:Foreign|Defen[cs]e|Finance|Economy|Energy) (?:Minister|Secretary)|Minister|Secretary(?: of State)?|Ambassador|General|Senator|Governor|King|Queen|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+/;

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

const NAME_RE =
  /(?<![\p{L}\p{N}])(?:[A-Z][\p{L}’'-]*|[A-Z]{2,})(?:\s+(?:of\s+|the\s+|de\s+|von\s+)?(?:[A-Z][\p{L}’'-]*|[A-Z]{2,}))*/gu;

function unknownMentions(sentence: string, taken: { start: number; end: number }[]): PartyMention[] {
  const out: PartyMention[] = [];
  for (const m of sentence.matchAll(NAME_RE)) {
    let text = m[0].replace(/[’']s$/, '');
    let start = m.index;
    // Drop leading words that are not names ("The", "President", "On").
    for (;;) {
      const title = TITLES.exec(text);
      if (title) {
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
    // "25 Patriot systems", "four more IRIS-T systems": a product, not a party.
    if (/(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen|more|several|new))\s+$/i.test(before)) continue;
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
        guess: { id: slugify(demonym), name: demonym, known: false, matched: text },
        start,
        end,
        party: undefined,
      });
      continue;
    }
    // `party: undefined` keeps every mention the same object shape as a known one, so the
    // optimised role code sees one shape and is not thrown back to the interpreter.
    out.push({ guess: { id: slugify(text), name: text, known: false, matched: text }, start, end, party: undefined });
  }
  return out;
}

/** All parties named in a sentence, in the order they appear, overlapping names resolved to the longest. */
export function findParties(sentence: string, parties: readonly KnownParty[]): PartyMention[] {
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
        guess: { id: party.id, name: party.name, known: true, matched: text },
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
  mentions.push(...unknownMentions(sentence, mentions));
  return mentions.sort((a, b) => a.start - b.start);
}
