// The default order of a list: what needs attention first. Overdue (longest overdue first),
// then due (closing soonest), then upcoming (opening soonest), then open pledges without a
// deadline (newest first), then resolved ones (most recently resolved first). Ties by id.
// Both stores implement exactly this order; the conformance suite holds them to it.
import type { DeadlineState } from '../contract/pledge';
import type { Sort } from '../contract/filters';

export const STATUS_GROUPS = ['overdue', 'due', 'upcoming', 'open-none', 'resolved'] as const;
export type StatusGroup = (typeof STATUS_GROUPS)[number];

export function statusGroup(verdict: string, state: DeadlineState): StatusGroup {
  if (verdict !== 'open') return 'resolved';
  if (state === 'overdue' || state === 'due' || state === 'upcoming') return state;
  return 'open-none';
}

/** The fields ordering needs, precomputed per pledge. */
export interface SortKeys {
  id: string;
  verdict: string;
  state: DeadlineState;
  opensAt: number | null;
  closesAt: number | null;
  latest: string | null;
  announcedOn: string;
  resolvedOn: string | null;
  updatedAt: string;
  titleKey: string;
  /** How many times the deadline moved later. */
  slips: number;
  /** Delivered ÷ pledged; null without an amount (last in either direction). */
  progress: number | null;
}

/** The key `title` sorts by: case-insensitive, same in SQL and in memory. */
export function titleSortKey(title: string): string {
  return title.toLowerCase();
}

const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

/** Nulls last whatever the direction, so "no deadline" never sorts before a real one. */
function cmpNullable(a: string | number | null, b: string | number | null, dir: 1 | -1): number {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return dir * cmp(a, b);
}

function statusCompare(a: SortKeys, b: SortKeys): number {
  const ga = STATUS_GROUPS.indexOf(statusGroup(a.verdict, a.state));
  const gb = STATUS_GROUPS.indexOf(statusGroup(b.verdict, b.state));
  if (ga !== gb) return ga - gb;
  switch (STATUS_GROUPS[ga]) {
    case 'overdue':
    case 'due':
      return cmp(a.closesAt!, b.closesAt!);
    case 'upcoming':
      return cmp(a.opensAt!, b.opensAt!);
    case 'open-none':
      return -cmp(a.announcedOn, b.announcedOn);
    default:
      return -cmp(a.resolvedOn ?? '', b.resolvedOn ?? '');
  }
}

export function comparePledges(sort: Sort, a: SortKeys, b: SortKeys): number {
  const dir = sort.startsWith('-') ? -1 : 1;
  let c: number;
  switch (sort.replace(/^-/, '')) {
    case 'deadline':
      c = cmpNullable(a.latest, b.latest, dir);
      break;
    case 'announced':
      c = dir * cmp(a.announcedOn, b.announcedOn);
      break;
    case 'updated':
      c = dir * cmp(a.updatedAt, b.updatedAt);
      break;
    case 'title':
      c = dir * cmp(a.titleKey, b.titleKey);
      break;
    case 'slips':
      c = dir * cmp(a.slips, b.slips);
      break;
    case 'progress':
      c = cmpNullable(a.progress, b.progress, dir);
      break;
    default:
      c = statusCompare(a, b);
  }
  return c !== 0 ? c : cmp(a.id, b.id);
}
