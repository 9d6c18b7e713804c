// "Now" for everything the client derives from time (deadline states, "overdue by 3 days",
// the default date of a verdict). Production reads the real clock; tests pin it.

let pinnedMs: number | null = null;

/** Milliseconds since the epoch: the pinned instant if a test pinned one, else Date.now(). */
export function now(): number {
  return pinnedMs ?? Date.now();
}

/** Makes now() return this instant until unpinClock() is called. For tests. */
export function pinClock(at: number | string | Date): void {
  const ms = typeof at === 'number' ? at : new Date(at).getTime();
  if (!Number.isFinite(ms)) throw new Error(`pinClock: not an instant: ${String(at)}`);
  pinnedMs = ms;
}

export function unpinClock(): void {
  pinnedMs = null;
}
