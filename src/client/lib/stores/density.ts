// How tightly the list is laid out; a reader's preference, so it is kept between visits.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export type Density = 'comfortable' | 'compact';

interface DensityState {
  density: Density;
  setDensity: (density: Density) => void;
}

export const useDensity = create<DensityState>()(
  persist(
    (set) => ({
      density: 'comfortable',
      setDensity: (density) => set({ density }),
    }),
    { name: 'pledge-tracker:density', storage: createJSONStorage(() => localStorage), version: 1 },
  ),
);
