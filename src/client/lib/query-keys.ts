// The one place query keys are spelled. Hierarchical, so a mutation can invalidate
// everything about pledges with the ['pledges'] prefix.
import type { PledgeFilters } from '../../shared/contract';

export const pledgeKeys = {
  all: ['pledges'] as const,
  lists: () => ['pledges', 'list'] as const,
  list: (filters: PledgeFilters) => ['pledges', 'list', filters] as const,
  details: () => ['pledges', 'detail'] as const,
  detail: (id: string) => ['pledges', 'detail', id] as const,
  history: (id: string) => ['pledges', 'history', id] as const,
  count: (filters: PledgeFilters) => ['pledges', 'count', filters] as const,
  trash: () => ['pledges', 'trash'] as const,
};

export const partyKeys = {
  all: ['parties'] as const,
  stats: () => ['parties', 'stats'] as const,
};

export const viewKeys = {
  all: ['views'] as const,
  list: () => ['views', 'list'] as const,
  detail: (slug: string) => ['views', 'detail', slug] as const,
};

export const verdictMutationKey = (id: string) => ['pledges', 'verdict', id] as const;
