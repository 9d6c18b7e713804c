// Reads deadline words with the extractor's rules, loaded on first use (the extractor is its
// own chunk, as on the intake page). Null while loading and when the words name no date.
import { useEffect, useState } from 'react';
import type { WindowFromWords } from '@shared/extract/window-from-words';

type Reader = (words: string, announcedOn: string, timeZone: string) => WindowFromWords | null;
let loaded: Reader | null = null;

export function useWindowFromWords(
  words: string,
  announcedOn: string,
  timeZone: string,
  enabled: boolean,
): { window: WindowFromWords | null; ready: boolean } {
  const [reader, setReader] = useState<Reader | null>(() => loaded);
  useEffect(() => {
    if (!enabled || reader) return;
    let live = true;
    void import('@shared/extract/window-from-words').then((m) => {
      loaded = m.windowFromWords;
      if (live) setReader(() => m.windowFromWords);
    });
    return () => {
      live = false;
    };
  }, [enabled, reader]);
  if (!enabled || !reader) return { window: null, ready: Boolean(reader) };
  try {
    return { window: reader(words, announcedOn, timeZone), ready: true };
  } catch {
    // An unknown zone or a half-typed date while editing: nothing to show yet.
    return { window: null, ready: true };
  }
}
