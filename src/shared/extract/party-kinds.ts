// What kind of party a name the tracker does not know is (Party['kind']): a state by the
// world's country names, a person by a title before the name or by the shape of the name, an
// organisation otherwise. A party the tracker knows keeps its own kind (parties.ts).
import type { PARTY_KINDS } from '../contract/pledge';

export type PartyKind = (typeof PARTY_KINDS)[number];

// Region codes that name no country: groupings, the pseudo-locales, "Unknown Region",
// Antarctica. Every other two-letter code with an English display name is a country or a
// territory, which acts as a state when it makes or receives a pledge.
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ', 'AQ']);

// Common English names that CLDR keeps only as alternatives of the display name ("Türkiye",
// "Czechia", "Côte d’Ivoire", "United Kingdom"), so Intl.DisplayNames never gives them.
const OTHER_NAMES = [
  'Britain',
  'Great Britain',
  'Czech Republic',
  'Turkey',
  'Ivory Coast',
  'Holland',
  'East Timor',
  'Swaziland',
  'Macedonia',
  'Vatican',
  'Holy See',
  'USA',
  'America',
  'UAE',
  'DRC',
  'Democratic Republic of the Congo',
  'Republic of the Congo',
  'Palestine',
];

let countries: ReadonlySet<string> | null = null;

/** "Bosnia & Herzegovina" → also "Bosnia and Herzegovina"; "Myanmar (Burma)" → "Myanmar", "Burma"; "St. Lucia" → "Saint Lucia". */
function variants(name: string): string[] {
  const out = new Set([name]);
  const paren = /^(.*?)\s*\((.+)\)$/.exec(name);
  if (paren) {
    out.add(paren[1]!);
    out.add(paren[2]!);
  }
  for (const n of [...out]) {
    out.add(n.replace(/ - \S+$/, '')); // "Congo - Kinshasa" → "Congo"
    out.add(n.replace(/ SAR China$/, '')); // "Hong Kong SAR China" → "Hong Kong"
  }
  for (const n of [...out]) {
    out.add(n.replace(/&/g, 'and'));
    out.add(n.replace(/\bSt\. /g, 'Saint '));
    out.add(n.replace(/\bSt\. /g, 'St '));
    out.add(n.replace(/’/g, "'"));
  }
  return [...out].filter((n) => n.trim().length > 1);
}

/**
 * The English names of every country, from the runtime's own CLDR data (Intl.DisplayNames for
 * each ISO 3166 region code), in their long and short forms, plus the common names above.
 * Built once, on first use. A runtime without Intl.DisplayNames knows only the common names.
 */
export function countryNames(): ReadonlySet<string> {
  if (countries) return countries;
  const names = new Set<string>(OTHER_NAMES);
  if (typeof Intl.DisplayNames === 'function') {
    const long = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
    const short = new Intl.DisplayNames('en', { type: 'region', style: 'short', fallback: 'none' });
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        if (NOT_COUNTRIES.has(code)) continue;
        for (const display of [long, short]) {
          const name = display.of(code);
          if (name && name !== code) for (const v of variants(name)) names.add(v);
          // The short forms "US", "UK" are codes themselves: keep them.
          else if (name === code && display === short) names.add(name);
        }
      }
    }
  }
  countries = names;
  return names;
}

/** Is this name (as written, "the" dropped) a country? "Republic of Moldova" is Moldova's. */
export function isCountry(name: string): boolean {
  const n = name.replace(/^the\s+/i, '').replace(/’/g, "'");
  const all = countryNames();
  if (all.has(n)) return true;
  const formal =
    /^(?:(?:Democratic |Federal |Islamic |People's |Socialist |United )?Republic|Kingdom|State|Commonwealth|Principality|Grand Duchy|Sultanate) of (?:the )?(.+)$/.exec(
      n,
    );
  return formal !== null && all.has(formal[1]!);
}

// Words that make a name an organisation's: "Nordic Investment Bank", "Rockefeller Foundation",
// "World Health Organization", "General Motors".
const ORGANISATION_WORDS = new Set(
  (
    'Agency Airlines Airways Alliance Assembly Association Authority Bank Board Bureau Cabinet Capital Centre Center ' +
    'Chamber Club Coalition Commission Committee Company Conference Congress Consortium Corp Corporation Council ' +
    'Court Cross Crescent Department Directorate Dynamics Electric Energy Enterprises Federation Force Forces Forum ' +
    'Foundation Front Fund Group Guard Holdings Industries Initiative Institute International Investments Labs ' +
    'League Ministry Mission Motors Movement Nations Network Office Organisation Organization Parliament Partners ' +
    'Party Pharma Police Programme Program Railways Relief Secretariat Senate Service Services Society Staff Steel ' +
    'Systems Technologies Trust Union University Watch Works Inc Ltd LLC PLC AG SE SA GmbH NV'
  ).split(/\s+/),
);

/** Does the name have a word of an organisation's name ("Bank", "Foundation", "Ltd")? */
export function isOrganisationName(name: string): boolean {
  return name.split(/[\s-]+/).some((w) => ORGANISATION_WORDS.has(w.replace(/[.,]$/, '')));
}

// Lower-case words inside a person's name: "Ursula von der Leyen", "Luiz Inácio Lula da Silva".
const NAME_PARTICLES = new Set([
  'von',
  'van',
  'der',
  'den',
  'de',
  'da',
  'del',
  'della',
  'di',
  'du',
  'la',
  'le',
  'bin',
  'ibn',
  'al',
]);
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:[-’']\p{Lu}?\p{Ll}+)*$/u;

/**
 * The shape of a person's name: two to five words, the first and the last a capitalised word
 * ("Kaja Kallas", "Ursula von der Leyen"), no word in capitals, none of an organisation, and
 * not a country. One word alone ("Rheinmetall") is no person without a title.
 */
export function hasPersonShape(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  if (!NAME_WORD.test(words[0]!) || !NAME_WORD.test(words[words.length - 1]!)) return false;
  if (!words.every((w) => NAME_WORD.test(w) || NAME_PARTICLES.has(w))) return false;
  return !isOrganisationName(name) && !isCountry(name);
}

/**
 * The kind of a new party. `titled`: a person's title or honorific stood right before the name
 * ("Commissioner Anna Weber", "Dr Tedros"). `afterThe`: the text says "the X", which people
 * are not called.
 */
export function kindOfNewParty(name: string, { titled, afterThe }: { titled: boolean; afterThe: boolean }): PartyKind {
  if (isCountry(name)) return 'state';
  if (isOrganisationName(name)) return 'organisation';
  if (titled) return 'person';
  if (!afterThe && hasPersonShape(name)) return 'person';
  return 'organisation';
}
