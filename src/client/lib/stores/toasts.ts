// Short messages about what just happened ("Marked fulfilled. Undo"), shown by <ToastRegion>.
import { create } from 'zustand';

export type ToastTone = 'info' | 'success' | 'error';

export interface ToastAction {
  label: string;
  /** Runs when the button is pressed; the toast closes itself afterwards. */
  onAction: () => void;
}

export interface Toast {
  id: number;
  tone: ToastTone;
  title: string;
  body?: string;
  action?: ToastAction;
  /** Milliseconds before it leaves on its own; null keeps it until dismissed. */
  durationMs: number | null;
}

export type NewToast = Omit<Toast, 'id' | 'durationMs'> & { durationMs?: number | null };

interface ToastState {
  toasts: Toast[];
  push: (toast: NewToast) => number;
  dismiss: (id: number) => void;
  clear: () => void;
}

const DEFAULT_DURATION: Record<ToastTone, number | null> = { info: 5000, success: 5000, error: null };
const MAX_TOASTS = 4;
let nextId = 1;

export const useToasts = create<ToastState>()((set) => ({
  toasts: [],
  push: (toast) => {
    const id = nextId++;
    const full: Toast = {
      ...toast,
      id,
      durationMs: toast.durationMs === undefined ? DEFAULT_DURATION[toast.tone] : toast.durationMs,
    };
    set((s) => ({ toasts: [...s.toasts, full].slice(-MAX_TOASTS) }));
    return id;
  },
  dismiss: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
  clear: () => set({ toasts: [] }),
}));

export const pushToast = (toast: NewToast) => useToasts.getState().push(toast);
export const dismissToast = (id: number) => useToasts.getState().dismiss(id);
