// Who is making changes ("Editing as"), sent as X-Actor and kept between visits.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

interface EditorState {
  name: string;
  setName: (name: string) => void;
}

export const useEditor = create<EditorState>()(
  persist(
    (set) => ({
      name: '',
      setName: (name) => set({ name: name.trim() }),
    }),
    { name: 'pledge-tracker:editor', storage: createJSONStorage(() => localStorage), version: 1 },
  ),
);
