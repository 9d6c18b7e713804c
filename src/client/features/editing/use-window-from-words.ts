// Reads deadline words with the extractors' rules (English, or Ukrainian for words in Cyrillic,
// and day-first dates such as 25.08.2025), loaded on first use: the extractors are their own
// chunk, as on the intake page. Null while loading and when the words name no date.
import { useEffect, useState } from 'react';
import type { DeadlineWindowRead } from './deadline-words-reader';

type Reader = (words: string, announcedOn: string, timeZone: string) => DeadlineWindowRead | null;
let loaded: Reader | null = null;

export function useWindowFromWords(
  words: string,
  announcedOn: string,
  timeZone: string,
  enabled: boolean,
): { window: DeadlineWindowRead | null; ready: boolean } {
  const [reader, setReader] = useState<Reader | null>(() => loaded);
  useEffect(() => {
    if (!enabled || reader) return;
    let live = true;
    void import('./deadline-words-reader').then((m) => {
      loaded = m.readDeadlineWords;
      if (live) setReader(() => m.readDeadlineWords);
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
