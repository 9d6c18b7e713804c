// The filters of the list the reader last looked at, so "All pledges" on a detail page
// leads back to the same view rather than an unfiltered one. Not persisted: a new visit starts fresh.
import { create } from 'zustand';
import type { PledgeFilters } from '@shared/contract';

interface LastListSearchState {
  filters: PledgeFilters;
  remember: (filters: PledgeFilters) => void;
}

export const useLastListSearch = create<LastListSearchState>()((set) => ({
  filters: {},
  remember: (filters) => set({ filters }),
}));
