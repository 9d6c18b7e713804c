// What every route is given, and what request middleware leaves for the handlers.
import type { PledgeStore } from '../store/types';
import type { Principal } from './access';

export interface ApiDeps {
  store: PledgeStore;
  /** Epoch milliseconds. Injected so tests (and FIXED_NOW) can pin the clock. */
  now: () => number;
}

export interface ApiEnv {
  Bindings: {
    /** The client's network address, as the Node server saw it (absent in the demo). */
    address?: string;
  };
  Variables: {
    /** Who is asking: null for an anonymous reader. Set by the access guard. */
    principal: Principal | null;
    /** The name the history records for a change: the signed-in person's. */
    actor: string;
    /** The version If-Match names, set by requireIfMatch. */
    expectedVersion: number;
    /**
     * True when the guard let an anonymous reader in because the tracker is public: the answer is
     * the same for everyone, so shared caches may keep it (answers/answerMiddleware.ts).
     */
    publicRead: boolean;
  };
}
