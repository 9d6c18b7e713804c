// Which pledge the verdict dialog is open for. A store rather than component state because
// the dialog is opened from several places (detail page, list rows, a refused save).
import { create } from 'zustand';
import type { ErrorIssue } from '@shared/contract';
import type { VerdictDraft } from './verdict-form';

export interface VerdictDialogTarget {
  pledgeId: string;
  /** A draft to start from (after a refused save), instead of a fresh one. */
  draft?: VerdictDraft;
  /** Field issues the server reported for that draft. */
  serverIssues?: ErrorIssue[];
  /** What the server said, when its refusal is about no field in particular. */
  serverMessage?: string;
}

interface VerdictDialogState {
  target: VerdictDialogTarget | null;
  open: (target: VerdictDialogTarget) => void;
  close: () => void;
}

export const useVerdictDialog = create<VerdictDialogState>()((set) => ({
  target: null,
  open: (target) => set({ target }),
  close: () => set({ target: null }),
}));

export const openVerdictDialog = (target: VerdictDialogTarget) => useVerdictDialog.getState().open(target);
