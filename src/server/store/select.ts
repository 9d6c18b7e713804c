// Filtering, ordering and paging of pledges held in memory: the memory store's lists, and every
// store's "as of" lists (rebuilt in memory from history). One implementation, so both answer
// alike; the SQL store's own plan (listPlan.ts) is held to the same answers by the conformance suite.
import type { DeadlineState, PledgeRecord } from '@shared/contract';
import { comparePledges, type SortKeys } from '@shared/domain';
import { matchesExtraFilters, searchWords, type DerivedFields, type PartyRole } from './derived';
import type { StoreListQuery } from './types';

/** A pledge as selection needs it. */
export interface Candidate {
  record: PledgeRecord;
  derived: DerivedFields;
  /** Each party taking part, in its (first) role. */
  partyIds: ReadonlyMap<string, PartyRole>;
}

function sortKeys({ record, derived }: Candidate, state: DeadlineState): SortKeys {
  return {
    id: record.id,
    verdict: record.verdict,
    state,
    opensAt: derived.opensAt,
    closesAt: derived.closesAt,
    latest: derived.deadlineLatest,
    announcedOn: record.announcedOn,
    resolvedOn: record.resolvedOn,
    updatedAt: record.updatedAt,
    titleKey: derived.titleKey,
    slips: derived.slips,
    progress: derived.progress,
  };
}

/** `candidates` in the order of `sort` (the states they are judged by, given). */
export function ordered<C extends Candidate>(
  candidates: readonly C[],
  sort: StoreListQuery['sort'],
  stateOf: (candidate: C) => DeadlineState,
): C[] {
  const keyed = candidates.map((candidate) => ({ candidate, keys: sortKeys(candidate, stateOf(candidate)) }));
  keyed.sort((a, b) => comparePledges(sort, a.keys, b.keys));
  return keyed.map((k) => k.candidate);
}

/** The page of `candidates` the query asks for, in its order, and how many match in all. */
export function selectPage<C extends Candidate>(
  candidates: Iterable<C>,
  query: StoreListQuery,
  stateOf: (candidate: C) => DeadlineState,
  /** True when `candidates` already come in the query's order: filtering keeps it, no sort needed. */
  inOrder = false,
): { page: C[]; total: number } {
  const words = searchWords(query.q);
  const matching: { candidate: C; keys: SortKeys | null }[] = [];
  for (const candidate of candidates) {
    const { record, derived, partyIds } = candidate;
    if (record.deletedAt) continue;
    if (query.verdict && !query.verdict.includes(record.verdict)) continue;
    if (query.party && !partyIds.has(query.party)) continue;
    if (words.some((w) => !derived.searchText.includes(w))) continue;
    if (!matchesExtraFilters(query, record, derived, (id) => partyIds.get(id))) continue;
    const state = stateOf(candidate);
    if (query.state && !query.state.includes(state)) continue;
    // Keys only when there is sorting to do.
    matching.push({ candidate, keys: inOrder ? null : sortKeys(candidate, state) });
  }
  if (!inOrder) matching.sort((a, b) => comparePledges(query.sort, a.keys!, b.keys!));
  return {
    page: matching.slice(query.offset, query.offset + query.limit).map((m) => m.candidate),
    total: matching.length,
  };
}
