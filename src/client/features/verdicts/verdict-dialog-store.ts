// Which pledge the verdict dialog is open for. A store rather than component state because
// the dialog is opened from several places (detail page, list rows, a refused save).
import { create } from 'zustand';
import type { ErrorIssue } from '@shared/contract';
import type { VerdictConflict } from './verdict-conflict';
import type { VerdictDraft } from './verdict-form';

export interface VerdictDialogTarget {
  pledgeId: string;
  /** A draft to start from (after a refused save), instead of a fresh one. */
  draft?: VerdictDraft;
  /** Field issues the server reported for that draft. */
  serverIssues?: ErrorIssue[];
  /** What the server said, when its refusal is about no field in particular. */
  serverMessage?: string;
  /** Someone else set the verdict or evidence first: what they set, for the person to decide. */
  conflict?: VerdictConflict;
}

interface VerdictDialogState {
  target: VerdictDialogTarget | null;
  /** Counts openings, so each one starts its form afresh from its target. */
  opened: number;
  open: (target: VerdictDialogTarget) => void;
  close: () => void;
}

export const useVerdictDialog = create<VerdictDialogState>()((set) => ({
  target: null,
  opened: 0,
  open: (target) => set((s) => ({ target, opened: s.opened + 1 })),
  close: () => set({ target: null }),
}));

export const openVerdictDialog = (target: VerdictDialogTarget) => useVerdictDialog.getState().open(target);

/** True while the dialog is open (for any pledge): a refused save must not replace what is typed there. */
export const isVerdictDialogOpen = () => useVerdictDialog.getState().target !== null;
