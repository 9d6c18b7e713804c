// The Node server as every instance runs it: the API and the built pages behind one fetch handler
// (securityHeaders.ts), and in front of that the door that answers anonymous public reads from the
// answer cache (fastReads.ts). main.ts reads the configuration, opens the store and listens; tests
// compose the same server over their own store.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { registerAccountRoutes } from './accounts/accountRoutes';
import { Accounts } from './accounts/accounts';
import { AccountStore } from './accounts/accountStore';
import { answerCache, type SizedAnswerCache } from './answerCache';
import { createApi } from './api/createApi';
import { fastReads } from './fastReads';
import { languageOf, translatorFor } from './i18n';
import { createDescriber, genericPage } from './preview/describe';
import { pageValidator } from './preview/pageValidator';
import { readLimit } from './readLimit';
import { serverFetch } from './securityHeaders';
import { SLOW_CLIENT_LIMITS } from './slowClients';
import { staticSite } from './staticSite';
import { sharedTokenBucket } from './store/sql/rateBuckets';
import type { Kysely } from 'kysely';
import type { Database } from './store/sql/schema';
import type { PledgeStore } from './store/types';

export interface NodeServerOptions {
  /** The accounts are kept in the same database as the record. */
  store: PledgeStore & { readonly database: Kysely<Database> };
  now: () => number;
  /** The built web app's folder. */
  dist: string;
  /** Answers a request without a Host header as addressed to this name. */
  hostname: string;
  trustProxy: boolean;
  writesPerMinute: number | false;
  readsPerMinute: number | false;
  publicUrl?: string | undefined;
  /** True once the server is stopping: readiness answers 503. */
  isStopping: () => boolean;
}

export interface NodeServer {
  server: Server;
  accounts: Accounts;
  /** Whether the web app was built (without it, the API works and pages say how to build). */
  built: boolean;
  /** The instance's recent public answers (answerCache.ts). */
  answers: SizedAnswerCache;
  /** How many requests the door answered and how many went the full path. */
  readonly answered: { atDoor: number; full: number };
}

export function nodeServer(options: NodeServerOptions): NodeServer {
  const { store, now, trustProxy, writesPerMinute, readsPerMinute, publicUrl } = options;
  const accounts = new Accounts({ store: new AccountStore(store.database), now });
  const answers = answerCache();
  // One read limit for the door and the full path: each anonymous read is counted once.
  const reads = readsPerMinute ? readLimit(readsPerMinute) : undefined;
  const api = createApi({
    store,
    now,
    access: accounts,
    accountRoutes: (app) => registerAccountRoutes(app, { accounts, trustProxy }),
    writesPerMinute,
    // Counted in the database: every instance on it shares each person's limit.
    writeLimiter: writesPerMinute ? sharedTokenBucket(store.database, 'write', writesPerMinute) : undefined,
    trustProxy,
    isStopping: options.isStopping,
    answerCache: answers,
  });
  const describe = createDescriber({ store, now });
  // A private tracker's pages say nothing about its pledges to link previews.
  const site = staticSite(options.dist, {
    describe: async (url) =>
      (await accounts.visibility()) === 'private' ? genericPage(translatorFor(languageOf(url))) : describe(url),
    validate: pageValidator({ store, now, visibility: () => accounts.visibility() }),
  });

  const fetch = serverFetch(api, site.app, { trustProxy, reads, now, ...(publicUrl ? { publicUrl } : {}) });
  const full = getRequestListener(fetch, { hostname: options.hostname });
  const door = fastReads({
    cache: answers,
    store,
    visibility: () => accounts.visibility(),
    now,
    trustProxy,
    publicUrl,
    reads,
  });
  const answered = { atDoor: 0, full: 0 };
  const fullPath = (request: IncomingMessage, response: ServerResponse) => {
    answered.full++;
    void full(request, untypedNotModified(response));
  };
  const server = createServer(SLOW_CLIENT_LIMITS, (request, response) => {
    // What the door cannot answer, or fails at (the full path then says what went wrong), goes on.
    door(request, response).then(
      (done) => (done ? answered.atDoor++ : fullPath(request, response)),
      () => fullPath(request, response),
    );
  });
  return { server, accounts, built: site.built, answers, answered };
}

/**
 * @hono/node-server gives every answer without a Content-Type "text/plain", a 304 included. A
 * cache updates the answer it keeps with a 304's headers (RFC 9111 4.3.4), so it could take a kept
 * JSON list or calendar for text. The response's 304s are written without one, as the door's are.
 */
function untypedNotModified(response: ServerResponse): ServerResponse {
  const writeHead = response.writeHead;
  response.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    if (status === 304) {
      for (const headers of rest)
        if (headers && typeof headers === 'object' && !Array.isArray(headers))
          for (const name of Object.keys(headers))
            if (name.toLowerCase() === 'content-type') delete (headers as Record<string, unknown>)[name];
      this.removeHeader('content-type');
    }
    return writeHead.apply(this, [status, ...rest] as Parameters<typeof writeHead>);
  } as typeof writeHead;
  return response;
}
