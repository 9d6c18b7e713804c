// The intake session: the article form and the drafts found in it. Kept in a small store (not
// in the page) so that following the link to a pledge just created, and coming back, finds
// every card as it was left. Not persisted: an article is pasted again more easily than it is
// cleaned out of a browser's storage.
import { create } from 'zustand';
import type { ArticleContext, CandidateDraft } from './drafts';

export interface ArticleForm {
  text: string;
  publishedOn: string;
  /** HH:MM, optional. */
  publishedTime: string;
  timeZone: string;
  sourceTitle: string;
  publisher: string;
  url: string;
  /** False until the person picks a date: till then the date follows "today" in the chosen zone. */
  dateTouched: boolean;
}

export interface Extraction {
  article: ArticleContext;
  drafts: CandidateDraft[];
}

interface IntakeState {
  form: ArticleForm | null;
  extraction: Extraction | null;
  setForm: (form: ArticleForm) => void;
  setExtraction: (extraction: Extraction | null) => void;
  updateDraft: (key: string, change: (draft: CandidateDraft) => CandidateDraft) => void;
  reset: () => void;
}

export const useIntake = create<IntakeState>()((set) => ({
  form: null,
  extraction: null,
  setForm: (form) => set({ form }),
  setExtraction: (extraction) => set({ extraction }),
  updateDraft: (key, change) =>
    set((state) =>
      state.extraction
        ? {
            extraction: {
              ...state.extraction,
              drafts: state.extraction.drafts.map((d) => (d.key === key ? change(d) : d)),
            },
          }
        : {},
    ),
  reset: () => set({ form: null, extraction: null }),
}));

/** The current draft of a card, read fresh (an accept runs across several awaits). */
export function currentDraft(key: string): CandidateDraft | undefined {
  return useIntake.getState().extraction?.drafts.find((d) => d.key === key);
}
