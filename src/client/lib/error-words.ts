// The words for errors by code (error.messages.ts) come with the first error a reader of a
// language other than English meets: English readers are shown the server's own words, so the
// first page does not carry a table only other readers need. apiRequest loads them before it
// throws, so errorMessage() can say them at once.
import type { codeErrorWords as CodeErrorWords } from './error.messages';

let loaded: typeof CodeErrorWords | null = null;

/** Loads the words; a failed load leaves them unloaded, and the server's words are shown instead. */
export async function loadCodeErrorWords(): Promise<void> {
  if (loaded) return;
  try {
    loaded = (await import('./error.messages')).codeErrorWords;
  } catch {
    // The server was just reached, so this rarely fails; when it does, errorMessage falls back.
  }
}

/** The words, once loaded; null before. */
export function codeErrorWords(): typeof CodeErrorWords | null {
  return loaded;
}
