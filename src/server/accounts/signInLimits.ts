// How sign-in slows down an attacker, as a pure policy applied twice: per person and network
// address (a stranger's failures never lock the person's own address) and per network address
// across accounts. Both are kept in the database, so a restart does not reset them, an admin can
// lift a lock, and every instance behind a load balancer counts the same failures. The first few failures are free; after that each one doubles the wait
// before the next attempt, and too many lock sign-in for a while. Failures are forgotten after
// a quiet hour, and a correct password resets the account's count (not the address's, so one
// known password does not buy an address more guesses at other accounts).

export interface AttemptPolicy {
  /** Failures allowed without any wait. */
  free: number;
  /** The wait after the first failure past `free`, doubled after each one. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Failures that lock sign-in, and for how long. */
  lockAfter: number;
  lockMs: number;
  /** Failures older than this (since the last one) are forgotten. */
  forgetAfterMs: number;
}

export const ACCOUNT_POLICY: AttemptPolicy = {
  free: 3,
  baseDelayMs: 1_000,
  maxDelayMs: 60_000,
  lockAfter: 10,
  lockMs: 60 * 60_000,
  forgetAfterMs: 60 * 60_000,
};
/**
 * Many addresses failing at one account (a spread-out attack): past this many failures in the
 * window, only addresses the person signed in from before are heard; strangers wait.
 */
export const STRANGERS = { failures: 100, windowMs: 60 * 60_000, waitMs: 15 * 60_000 };

export const ADDRESS_POLICY: AttemptPolicy = {
  free: 10,
  baseDelayMs: 1_000,
  maxDelayMs: 60_000,
  lockAfter: 50,
  lockMs: 15 * 60_000,
  forgetAfterMs: 15 * 60_000,
};

export interface AttemptState {
  failures: number;
  lastFailedAt: number | null;
  lockedUntil: number | null;
}

export const NO_FAILURES: AttemptState = { failures: 0, lastFailedAt: null, lockedUntil: null };

/** The state as it stands at `now`, old failures forgotten and an expired lock gone. */
export function current(state: AttemptState, policy: AttemptPolicy, now: number): AttemptState {
  if (state.lockedUntil !== null && state.lockedUntil > now) return state;
  if (state.lastFailedAt === null || now - state.lastFailedAt >= policy.forgetAfterMs || state.lockedUntil !== null)
    return NO_FAILURES;
  return state;
}

/** Milliseconds to wait before another attempt is heard; 0 when one may be made now. */
export function waitMs(state: AttemptState, policy: AttemptPolicy, now: number): number {
  const s = current(state, policy, now);
  if (s.lockedUntil !== null && s.lockedUntil > now) return s.lockedUntil - now;
  if (s.failures < policy.free || s.lastFailedAt === null) return 0;
  const delay = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (s.failures - policy.free));
  return Math.max(0, s.lastFailedAt + delay - now);
}

export function afterFailure(state: AttemptState, policy: AttemptPolicy, now: number): AttemptState {
  const failures = current(state, policy, now).failures + 1;
  return { failures, lastFailedAt: now, lockedUntil: failures >= policy.lockAfter ? now + policy.lockMs : null };
}

export function isLocked(state: AttemptState, now: number): boolean {
  return state.lockedUntil !== null && state.lockedUntil > now;
}
