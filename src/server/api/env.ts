// What every route is given, and what request middleware leaves for the handlers.
import type { PledgeStore } from '../store/types';

export interface ApiDeps {
  store: PledgeStore;
  /** Epoch milliseconds. Injected so tests (and FIXED_NOW) can pin the clock. */
  now: () => number;
}

export interface ApiEnv {
  Variables: {
    /** Who makes the change (X-Actor), set by readActor on writes. */
    actor: string;
    /** The version If-Match names, set by requireIfMatch. */
    expectedVersion: number;
  };
}
