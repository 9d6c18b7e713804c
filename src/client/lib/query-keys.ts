// The one place query keys are spelled. Hierarchical, so a mutation can invalidate
// everything about pledges with the ['pledges'] prefix.
import { dataFilters, serializeFilters, type PledgeFilters } from '@shared/contract';

/**
 * A view as a key: the query string of the pledges it holds (the filter table's canonical form,
 * presentation left out), so equal views share one cache entry and a list and a timeline of the
 * same pledges share it too.
 */
const viewKey = (filters: PledgeFilters) => serializeFilters(dataFilters(filters)).toString();

export const pledgeKeys = {
  all: ['pledges'] as const,
  lists: () => ['pledges', 'list'] as const,
  list: (filters: PledgeFilters) => ['pledges', 'list', viewKey(filters)] as const,
  details: () => ['pledges', 'detail'] as const,
  detail: (id: string) => ['pledges', 'detail', id] as const,
  history: (id: string) => ['pledges', 'history', id] as const,
  count: (filters: PledgeFilters) => ['pledges', 'count', viewKey(filters)] as const,
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

/** Who is signed in (GET /api/session). Everything else is refetched when it changes. */
export const sessionKeys = {
  all: ['session'] as const,
};

/** The account pages' own data: tokens, and for admins users, invites and settings. */
export const accountKeys = {
  all: ['account'] as const,
  tokens: () => ['account', 'tokens'] as const,
  /** The change of email waiting for its link. */
  email: () => ['account', 'email'] as const,
  users: () => ['account', 'users'] as const,
  invites: () => ['account', 'invites'] as const,
  settings: () => ['account', 'settings'] as const,
};
