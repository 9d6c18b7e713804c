// What the Parties table shows: the parties matching the search (by name in either language or
// by alias, any case, accents ignored), in the chosen order (by the names the reader sees). Pure, so the table stays a rendering of it.
import type { PARTY_KINDS } from '@shared/contract';
import { shownName, type Locale } from '@shared/i18n';
import type { PartyWithRecord } from '@client/lib/endpoints/party-stats';
import type { PartySort, PartySortKey } from './parties-search';

export type { PartySort, PartySortKey } from './parties-search';

export type PartyKind = (typeof PARTY_KINDS)[number];
export { partyKindWords as KIND_WORDS } from './messages';

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

export function matchesSearch(party: PartyWithRecord, query: string): boolean {
  const q = fold(query.trim());
  if (!q) return true;
  return [party.name, ...Object.values(party.nameTranslations ?? {}), ...party.aliases].some(
    (n) => n !== undefined && fold(n).includes(q),
  );
}

/** A click on a column: the same column turns the order round; a new one starts with the most useful end (A–Z, most first). */
export function nextSort(current: PartySort, key: PartySortKey): PartySort {
  if (current.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: key === 'name' ? 'ascending' : 'descending' };
}

const byNameIn = (locale: Locale) => (a: PartyWithRecord, b: PartyWithRecord) =>
  shownName(a, locale).text.localeCompare(shownName(b, locale).text, locale, { sensitivity: 'base' });

/** The names a party goes by besides the one the reader sees: the other language's first, then the aliases. */
export function otherNames(party: PartyWithRecord, locale: Locale): string[] {
  const shown = shownName(party, locale);
  const names = [party.name, ...Object.values(party.nameTranslations ?? {})].filter(
    (n): n is string => !!n && n !== shown.text,
  );
  return [...names, ...party.aliases.filter((a) => !names.includes(a) && a !== shown.text)];
}

/** `locale`: the reader's language, whose alphabet orders the names. */
export function visibleParties(
  parties: readonly PartyWithRecord[],
  query: string,
  sort: PartySort,
  locale: Locale = 'en',
): PartyWithRecord[] {
  const byName = byNameIn(locale);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return parties
    .filter((p) => matchesSearch(p, query))
    .sort((a, b) => {
      const primary = sort.key === 'name' ? byName(a, b) : a.record[sort.key] - b.record[sort.key];
      // Ties (equal counts) stay A–Z whichever way the column runs.
      return primary !== 0 ? sign * primary : byName(a, b);
    });
}

/** "Kyiv, Ukrainian" → ["Kyiv", "Ukrainian"]: commas separate, blanks are dropped. */
export function parseAliases(text: string): string[] {
  return text
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
}
