// Demo mode: the API runs in this browser (MSW). main.tsx fills this in when it starts the worker.
import { create } from 'zustand';

interface DemoState {
  enabled: boolean;
  reset: (() => void | Promise<void>) | null;
}

export const useDemo = create<DemoState>()(() => ({ enabled: false, reset: null }));
