// The new-pledge form as typed so far, kept in localStorage: a reload, a crash or a wrong click
// never loses it. Cleared when the pledge is saved or the reader discards it.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { PledgeDraft } from './pledge-draft';

interface NewDraftState {
  draft: PledgeDraft | null;
  keep: (draft: PledgeDraft) => void;
  discard: () => void;
}

export const useNewDraft = create<NewDraftState>()(
  persist(
    (set) => ({
      draft: null,
      keep: (draft) => set({ draft }),
      discard: () => set({ draft: null }),
    }),
    {
      name: 'pledge-tracker:new-pledge-draft',
      storage: createJSONStorage(() => localStorage),
      version: 2,
      // Drafts kept before titles had two languages were written in English.
      migrate: (stored, version) => {
        const state = stored as { draft: PledgeDraft | null };
        if (version < 2 && state.draft) state.draft = { ...state.draft, titleLanguage: 'en', titleTranslation: '' };
        return state as NewDraftState;
      },
    },
  ),
);
