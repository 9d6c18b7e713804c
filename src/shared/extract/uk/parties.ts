// Parties in Ukrainian text. Ukrainian declines names ("Україна", "Україні", "України",
// "Україною"; "Київ", "Києву"; "Зеленський", "Зеленського"), so a known party's Ukrainian name
// or alias is matched by its stem and any short ending, never listed case by case. A state the
// tracker does not know is found by its Ukrainian name from the runtime's CLDR data
// (Intl.DisplayNames in 'uk') and named by its English one, so "Естонії" proposes the same
// "estonia" an English article would. A person or body is proposed under the national
// transliteration of its name (KMU 2010, through cyrillic-to-translit-js).
import CyrillicToTranslit from 'cyrillic-to-translit-js';
import type { PartyGuess } from '../../contract/extract';
import { countryNames } from '../party-kinds';
import { slugify, type PartyMention } from '../parties';
import { namesOf, type KnownParty } from '../types';
import { B, E } from './text';

const CYRILLIC = /\p{Script=Cyrillic}/u;
const translit = CyrillicToTranslit({ preset: 'uk' });

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The pattern of one word in any case: "Україна" → "Україн" + a short ending; "Київ" →
 * "Ки[іїоеє]в" + an ending (the і of a closed last syllable alternates: Києва, Львова).
 * Initialisms ("США", "ЄС", "НАТО") do not decline.
 */
export function wordPattern(word: string): string {
  if (word.length <= 4 && word === word.toUpperCase()) return escape(word);
  const stripped = word.replace(/(?:ий|ій|ої|а|я|о|е|и|і|ь|й)$/u, '');
  const stem = stripped === word ? escape(word).replace(/[іїо]([^аеєиіїоуюяь'\s]+)$/u, '[іїоеє]$1') : escape(stripped);
  return `${stem}[\\p{L}']{0,3}`;
}

/** Two or three first letters: the stem keeps them in every case ("Київ", "Києва": "Ки"). */
const probeOf = (name: string) => name.slice(0, name.length <= 4 ? 2 : 3);

const namePattern = (name: string) => name.trim().split(/\s+/).map(wordPattern).join('\\s+');

interface Entry {
  re: RegExp;
  /** The first letters of the name, which every case of it keeps: a cheap test before the regex. */
  probe: string;
  caseless: boolean;
  guess: Omit<PartyGuess, 'matched'>;
  party?: KnownParty;
}

const knownCache = new WeakMap<readonly KnownParty[], Entry[]>();

function knownEntries(parties: readonly KnownParty[]): Entry[] {
  const cached = knownCache.get(parties);
  if (cached) return cached;
  const entries: Entry[] = [];
  for (const party of parties)
    for (const name of namesOf(party).filter((n) => CYRILLIC.test(n))) {
      const caseless = name === name.toLowerCase();
      entries.push({
        re: new RegExp(`${B}${namePattern(name)}${E}`, caseless ? 'giu' : 'gu'),
        probe: probeOf(caseless ? name.toLowerCase() : name),
        caseless,
        guess: { id: party.id, name: party.name, known: true, kind: party.kind },
        party,
      });
    }
  knownCache.set(parties, entries);
  return entries;
}

let stateEntries: Entry[] | null = null;

/** Every country by its Ukrainian name (long and short), proposed under its English name. */
function states(): Entry[] {
  if (stateEntries) return stateEntries;
  stateEntries = [];
  if (typeof Intl.DisplayNames !== 'function') return stateEntries;
  const uk = new Intl.DisplayNames('uk', { type: 'region', fallback: 'none' });
  const ukShort = new Intl.DisplayNames('uk', { type: 'region', style: 'short', fallback: 'none' });
  const en = new Intl.DisplayNames('en', { type: 'region', style: 'short', fallback: 'none' });
  const english = countryNames();
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = en.of(code);
      if (!name || !english.has(name)) continue;
      for (const local of new Set([uk.of(code), ukShort.of(code)])) {
        if (!local || /[()]/.test(local)) continue;
        stateEntries.push({
          re: new RegExp(`${B}${namePattern(local)}${E}`, 'gu'),
          probe: probeOf(local),
          caseless: false,
          guess: { id: slugify(name), name, known: false, kind: 'state' },
        });
      }
    }
  return stateEntries;
}

const wholeCache = new WeakMap<Entry, RegExp>();
/** The entry's pattern anchored to a whole matched name. */
function whole(e: Entry): RegExp {
  let re = wholeCache.get(e);
  if (!re) {
    re = new RegExp(
      `^(?:${e.re.source.replace(B, '').replace(new RegExp(`${escape(E)}$`), '')})$`,
      e.re.flags.replace('g', ''),
    );
    wholeCache.set(e, re);
  }
  return re;
}

const combinedCache = new WeakMap<Entry[], { re: RegExp; entries: Entry[] }[]>();
/**
 * All entries in two regexes (names with capitals, and caseless ones), longest source first, so
 * a sentence is scanned twice instead of once per name.
 */
function combined(entries: Entry[]): { re: RegExp; entries: Entry[] }[] {
  let groups = combinedCache.get(entries);
  if (groups) return groups;
  groups = [false, true].flatMap((caseless) => {
    const part = entries.filter((e) => e.caseless === caseless).sort((a, b) => b.re.source.length - a.re.source.length);
    if (part.length === 0) return [];
    const body = part.map((e) => e.re.source.replace(B, '').replace(new RegExp(`${escape(E)}$`), '')).join('|');
    return [{ re: new RegExp(`${B}(?:${body})${E}`, caseless ? 'giu' : 'gu'), entries: part }];
  });
  combinedCache.set(entries, groups);
  return groups;
}

// Capitalised words that open sentences or name offices, places and things, not parties.
const NOT_NAMES = new Set(
  (
    'Уряд Кабмін Міністр Міністерка Міністерство Прем Президент Президентка Канцлер Генсек Представник Представниця ' +
    'Партнери Лідери Депутати Аналітики Синоптики Експерти Джерела Рішення Кредит Обіцянки Ціни Війна Переговори ' +
    'Наступне Очікується Засідання Торік Окремо Крім Перед Попередня Як Чи За До У В На З Із Після Також Проте Однак ' +
    'Водночас Раніше Нині Наразі Це Ця Цей Ці Ми Я Він Вона Вони Його Її Їхній Крім Утім Зокрема Загалом Крім ' +
    'Рада Білому Овальному Гаазі Женеві Брюсселі Стамбулі Кананаскісі Анкарі Одесі Харківщині Донбасу Криму Вільнюсі'
  ).split(/\s+/),
);
const MONTHS = /^(?:Січ|Лют|Берез|Квіт|Трав|Черв|Лип|Серп|Верес|Жовт|Листопад|Груд)/u;
// Cyrillic only: Latin words in Ukrainian news are products and agencies (Patriot, Reuters).
const CAP_RUN = /(?<![\p{L}'])[А-ЯІЇЄҐ][а-яіїєґ']+(?:[-\s][А-ЯІЇЄҐ][а-яіїєґ']+){0,3}/gu;

/** All parties a Ukrainian sentence names, in text order, overlaps resolved to the longest. */
export function findUkParties(sentence: string, parties: readonly KnownParty[]): PartyMention[] {
  const found: PartyMention[] = [];
  for (const entries of [knownEntries(parties), states()])
    for (const group of combined(entries)) {
      group.re.lastIndex = 0;
      for (const m of sentence.matchAll(group.re)) {
        // The one pass found a name; which one is asked of the few entries with its first letters.
        const entry = group.entries.find(
          (e) => (e.caseless ? m[0].toLowerCase() : m[0]).startsWith(e.probe) && whole(e).test(m[0]),
        );
        if (entry)
          found.push({
            guess: { ...entry.guess, matched: m[0] },
            start: m.index,
            end: m.index + m[0].length,
            party: entry.party,
          });
      }
    }
  // Known parties first, then longer names.
  found.sort((a, b) => Number(b.guess.known) - Number(a.guess.known) || b.end - b.start - (a.end - a.start));
  const mentions: PartyMention[] = [];
  for (const f of found) if (!mentions.some((t) => f.start < t.end && f.end > t.start)) mentions.push(f);
  // Names in «quotes» are of brigades, programmes and ships, not parties.
  const quoted = [...sentence.matchAll(/«[^»]*»/gu)].map((q) => ({ start: q.index, end: q.index + q[0].length }));
  for (const m of sentence.matchAll(CAP_RUN)) {
    let text = m[0];
    let start = m.index;
    const words = text.split(/\s+/);
    while (words.length > 0 && (NOT_NAMES.has(words[0]!) || MONTHS.test(words[0]!))) {
      const dropped = words.shift()!;
      start += dropped.length + 1;
    }
    if (words.length === 0) continue;
    text = words.join(' ');
    const end = start + text.length;
    if ([...mentions, ...quoted].some((t) => start < t.end && end > t.start)) continue;
    // "у Женеві", "в Одесі": a place after a preposition is no party.
    if (/(?:^|[^\p{L}])(?:у|в|на|біля|поблизу|під)\s+$/iu.test(sentence.slice(Math.max(0, start - 8), start))) continue;
    // The first word of a sentence is capitalised whatever it is: a lone one is no name.
    if (start === 0 && words.length === 1) continue;
    const kind = words.length >= 2 ? 'person' : 'organisation';
    const latin = translit.transform(text);
    mentions.push({
      guess: { id: slugify(latin), name: latin, known: false, kind, matched: text },
      start,
      end,
      party: undefined,
    });
  }
  return mentions.sort((a, b) => a.start - b.start);
}
