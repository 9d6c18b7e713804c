// The reader's colour theme: the system's (the default), light or dark; kept between visits.
// The style sheet reads it from <html data-theme> (absent: follow prefers-color-scheme). Before the
// app loads, public/theme.js puts the stored choice there so the first paint is already right;
// from then on, choosing in the header puts it there.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/** The system's theme (prefers-color-scheme), or always light, or always dark. */
export type ThemeChoice = 'system' | 'light' | 'dark';

/** Where the choice is kept. public/theme.js reads this key too: change both together. */
export const THEME_STORAGE_KEY = 'pledge-tracker:theme';

interface ThemeState {
  choice: ThemeChoice;
  setChoice: (choice: ThemeChoice) => void;
}

export function applyTheme(choice: ThemeChoice, root: HTMLElement = document.documentElement): void {
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
}

export const useTheme = create<ThemeState>()(
  persist(
    (set) => ({
      choice: 'system',
      setChoice: (choice) => {
        applyTheme(choice);
        set({ choice });
      },
    }),
    { name: THEME_STORAGE_KEY, storage: createJSONStorage(() => localStorage), version: 1 },
  ),
);
