// What both stores derive from a pledge record to filter and order it. Keeping it in one place
// is what lets the SQL store and the memory store agree on every query.
import { partyRefOf, type Party, type PledgeRecord, type ProgressFilter } from '@shared/contract';
import { progressBucket, progressOf, titleSortKey } from '@shared/domain';
import { timingOf } from '../timing';
import type { PledgeTiming, StoreListQuery } from './types';

export const PARTY_ROLES = ['pledger', 'beneficiary', 'guarantor'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export interface DerivedFields extends PledgeTiming {
  /** The first day of the deadline window: its earliest, else the day it was announced. */
  deadlineStart: string | null;
  deadlineLatest: string | null;
  titleKey: string;
  searchText: string;
  /** How many times the deadline moved later. */
  slips: number;
  /** Delivered ÷ pledged, and where that stands; null without an amount. */
  progress: number | null;
  progressState: ProgressFilter | null;
}

export function deriveFields(record: PledgeRecord): DerivedFields {
  return {
    ...timingOf(record),
    deadlineStart: record.deadline ? (record.deadline.earliest ?? record.announcedOn) : null,
    deadlineLatest: record.deadline?.latest ?? null,
    titleKey: titleSortKey(record.title),
    searchText: searchTextOf(record),
    slips: record.deadlineSlips,
    progress: progressOf(record.amount),
    progressState: progressBucket(record.amount),
  };
}

/** Who takes part in a pledge, in which role; the party filter matches any role. */
export function partyLinks(record: PledgeRecord): { partyId: string; role: PartyRole }[] {
  return [
    ...record.pledgers.map((p) => ({ partyId: p.id, role: 'pledger' as const })),
    ...record.beneficiaries.map((p) => ({ partyId: p.id, role: 'beneficiary' as const })),
    ...record.guarantors.map((p) => ({ partyId: p.id, role: 'guarantor' as const })),
  ];
}

/** A party's names shown again in every pledge naming it (each store's updateParty). */
export function renamedIn(record: PledgeRecord, party: Party): PledgeRecord {
  const ref = partyRefOf(party);
  const rename = (refs: PledgeRecord['pledgers']) => refs.map((r) => (r.id === party.id ? ref : r));
  return {
    ...record,
    pledgers: rename(record.pledgers),
    beneficiaries: rename(record.beneficiaries),
    guarantors: rename(record.guarantors),
  };
}

/**
 * Search is a case-insensitive substring match of every word of `q` against the title (in each
 * language it is written in), quote and tags. Lower-casing happens here, in JavaScript, for both
 * stores: SQLite's own LIKE only folds ASCII, which would make the stores disagree on "Zelenskyy"
 * vs "ZELENSKYY" in Cyrillic.
 */
function searchTextOf(record: Pick<PledgeRecord, 'title' | 'titleTranslations' | 'quote' | 'tags'>): string {
  const translations = Object.values(record.titleTranslations ?? {});
  return [record.title, ...translations, record.quote, ...record.tags].join('\n').toLowerCase();
}

export function searchWords(q: string | undefined): string[] {
  if (!q) return [];
  return [...new Set(q.toLowerCase().split(/\s+/).filter(Boolean))];
}

/** Does a pledge match the tag, role and deadline-range filters? (The memory store's test; SQL says the same in listPlan.ts.) */
export function matchesExtraFilters(
  query: Pick<StoreListQuery, 'party' | 'role' | 'tag' | 'from' | 'to' | 'slipped' | 'progress'>,
  record: Pick<PledgeRecord, 'tags'>,
  derived: Pick<DerivedFields, 'deadlineStart' | 'deadlineLatest' | 'slips' | 'progressState'>,
  roleOf: (partyId: string) => PartyRole | undefined,
): boolean {
  if (query.party !== undefined && query.role !== undefined && roleOf(query.party) !== query.role) return false;
  if (query.tag && !query.tag.some((t) => record.tags.includes(t))) return false;
  if (query.from !== undefined && !(derived.deadlineLatest !== null && derived.deadlineLatest >= query.from))
    return false;
  if (query.to !== undefined && !(derived.deadlineStart !== null && derived.deadlineStart <= query.to)) return false;
  if (query.slipped !== undefined && derived.slips > 0 !== query.slipped) return false;
  if (query.progress && !(derived.progressState !== null && query.progress.includes(derived.progressState)))
    return false;
  return true;
}
