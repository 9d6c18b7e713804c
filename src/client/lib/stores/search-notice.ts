// What was dropped from the address of the current view, so the page can say so calmly.
import { create } from 'zustand';
import type { ParamProblem } from '@shared/contract';

interface SearchNoticeState {
  problems: ParamProblem[];
  report: (problems: ParamProblem[]) => void;
  clear: () => void;
}

export const useSearchNotice = create<SearchNoticeState>()((set) => ({
  problems: [],
  report: (problems) => set({ problems }),
  clear: () => set((s) => (s.problems.length ? { problems: [] } : s)),
}));
