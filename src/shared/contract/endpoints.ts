// Every API path, once: its template (`{name}` for a parameter), the methods it answers and who may
// call each. The server registers its routes and builds the OpenAPI document from declarations
// that name these entries (src/server/api/endpoint.ts), the access guard reads the requirements
// here, and the client builds its URLs with API_PATHS below. Schemas, errors and prose stay on the
// server's side, beside each route, so the browser downloads only this table. See
// docs/decisions/0017-endpoints-declared-once.md.

/** What a request needs before its route runs (the access guard enforces it). */
export type Requirement = 'open' | 'reader' | 'signed-in' | 'editor' | 'admin';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiResource {
  path: string;
  access: Partial<Record<HttpMethod, Requirement>>;
}

export const API_RESOURCES = {
  health: { path: '/api/health', access: { GET: 'open' } },
  openapi: { path: '/api/openapi.json', access: { GET: 'open' } },

  pledges: { path: '/api/pledges', access: { GET: 'reader', POST: 'editor' } },
  /** The view as an iCalendar feed, an Atom feed of its changes, and a CSV file (the list's query). */
  pledgesIcs: { path: '/api/pledges.ics', access: { GET: 'reader' } },
  pledgesAtom: { path: '/api/pledges.atom', access: { GET: 'reader' } },
  pledgesCsv: { path: '/api/pledges.csv', access: { GET: 'reader' } },
  pledge: { path: '/api/pledges/{id}', access: { GET: 'reader', PATCH: 'editor', DELETE: 'editor' } },
  history: { path: '/api/pledges/{id}/history', access: { GET: 'reader' } },
  /** Take a pledge out of the trash (If-Match). */
  restore: { path: '/api/pledges/{id}/restore', access: { POST: 'editor' } },
  /** { toVersion }: set a pledge's fields back to an earlier version, as a new one (If-Match). */
  revert: { path: '/api/pledges/{id}/revert', access: { POST: 'editor' } },
  trash: { path: '/api/trash', access: { GET: 'reader' } },
  parties: { path: '/api/parties', access: { GET: 'reader', POST: 'editor' } },
  /** Every party with its record (pledges made, received, kept, broken, on time, late). */
  partyStats: { path: '/api/parties/stats', access: { GET: 'reader' } },
  party: { path: '/api/parties/{id}', access: { PATCH: 'editor' } },
  partyMerge: { path: '/api/parties/{id}/merge', access: { POST: 'editor' } },
  extract: { path: '/api/extract', access: { POST: 'editor' } },
  views: { path: '/api/views', access: { GET: 'reader', POST: 'editor' } },
  view: { path: '/api/views/{slug}', access: { GET: 'reader', PATCH: 'editor', DELETE: 'editor' } },

  // Accounts. Only the Node server registers these, except GET /api/session, which the demo answers too.
  /** GET who am I; POST sign in with email and password; DELETE sign out (this session). */
  session: { path: '/api/session', access: { GET: 'open', POST: 'open', DELETE: 'open' } },
  /** { token }: sign in with a one-time link. */
  sessionLink: { path: '/api/session/link', access: { POST: 'open' } },
  /** End every session of the signed-in person, this one included. */
  signOutEverywhere: { path: '/api/session/everywhere', access: { POST: 'signed-in' } },
  account: { path: '/api/account', access: { PATCH: 'signed-in' } },
  password: { path: '/api/account/password', access: { PUT: 'signed-in' } },
  tokens: { path: '/api/tokens', access: { GET: 'signed-in', POST: 'signed-in' } },
  token: { path: '/api/tokens/{id}', access: { DELETE: 'signed-in' } },
  invites: { path: '/api/invites', access: { GET: 'admin', POST: 'admin' } },
  invite: { path: '/api/invites/{id}', access: { DELETE: 'admin' } },
  inviteCheck: { path: '/api/invites/check', access: { POST: 'open' } },
  inviteAccept: { path: '/api/invites/accept', access: { POST: 'open' } },
  users: { path: '/api/users', access: { GET: 'admin' } },
  user: { path: '/api/users/{id}', access: { PATCH: 'admin', DELETE: 'admin' } },
  /** Lift a sign-in lockout. */
  userUnlock: { path: '/api/users/{id}/unlock', access: { POST: 'admin' } },
  settings: { path: '/api/settings', access: { GET: 'reader', PUT: 'admin' } },
} as const satisfies Record<string, ApiResource>;

export type ApiResourceName = keyof typeof API_RESOURCES;

type ParamsOf<P extends string> = P extends `${string}{${string}}${infer Rest}` ? [string, ...ParamsOf<Rest>] : [];

/** A path without parameters as it is; one with parameters as a function of their values, in order. */
type PathTo<P extends string> = ParamsOf<P> extends [] ? P : (...values: ParamsOf<P>) => string;

/** The client's (and the server's Location headers') URLs: API_PATHS.pledges, API_PATHS.pledge(id). */
export const API_PATHS = /* @__PURE__ */ (() => {
  const paths: Record<string, string | ((...values: string[]) => string)> = {};
  for (const [name, { path }] of Object.entries(API_RESOURCES)) {
    paths[name] = path.includes('{')
      ? (...values) => {
          let i = 0;
          return path.replace(/\{\w+\}/g, () => encodeURIComponent(values[i++]!));
        }
      : path;
  }
  return paths as { readonly [K in ApiResourceName]: PathTo<(typeof API_RESOURCES)[K]['path']> };
})();
