// Every API path, once, under a name: its template (`{name}` for a parameter), the methods it
// answers and who may call each. The server registers its routes and builds the OpenAPI document
// from declarations that name these entries (src/server/api/endpoint.ts), the access guard reads
// the requirements, and the client builds its URLs with API_PATHS. Schemas, errors and prose stay
// beside each route on the server; the browser downloads the paths only (API_ACCESS and
// API_RESOURCES are left out of its bundle). See docs/decisions/0018-endpoints-declared-once.md.

/** What a request needs before its route runs (the access guard enforces it). */
export type Requirement = 'open' | 'reader' | 'signed-in' | 'editor' | 'admin';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiResource {
  path: string;
  access: Partial<Record<HttpMethod, Requirement>>;
}

/** Where each endpoint is: its path once, as a template (`{name}` for a parameter). */
export const API_ROUTES = {
  /** Liveness: the process answers. */
  health: '/api/health',
  /** Readiness, for a load balancer: not shutting down, and the database answers. */
  ready: '/api/ready',
  openapi: '/api/openapi.json',

  pledges: '/api/pledges',
  /** The view as an iCalendar feed, an Atom feed of its changes, and a CSV file (the list's query). */
  pledgesIcs: '/api/pledges.ics',
  pledgesAtom: '/api/pledges.atom',
  pledgesCsv: '/api/pledges.csv',
  pledge: '/api/pledges/{id}',
  history: '/api/pledges/{id}/history',
  /** Take a pledge out of the trash (If-Match). */
  restore: '/api/pledges/{id}/restore',
  /** { toVersion }: set a pledge's fields back to an earlier version, as a new one (If-Match). */
  revert: '/api/pledges/{id}/revert',
  trash: '/api/trash',
  parties: '/api/parties',
  /** Every party with its record (pledges made, received, kept, broken, on time, late). */
  partyStats: '/api/parties/stats',
  party: '/api/parties/{id}',
  partyMerge: '/api/parties/{id}/merge',
  extract: '/api/extract',
  views: '/api/views',
  view: '/api/views/{slug}',

  // Accounts. Only the Node server registers these, except GET /api/session, which the demo answers too.
  /** GET who am I; POST sign in with email and password; DELETE sign out (this session). */
  session: '/api/session',
  /** { token }: sign in with a one-time link. */
  sessionLink: '/api/session/link',
  /** End every session of the signed-in person, this one included. */
  signOutEverywhere: '/api/session/everywhere',
  account: '/api/account',
  password: '/api/account/password',
  tokens: '/api/tokens',
  token: '/api/tokens/{id}',
  invites: '/api/invites',
  invite: '/api/invites/{id}',
  inviteCheck: '/api/invites/check',
  inviteAccept: '/api/invites/accept',
  users: '/api/users',
  user: '/api/users/{id}',
  /** Lift a sign-in lockout. */
  userUnlock: '/api/users/{id}/unlock',
  settings: '/api/settings',
} as const;

export type ApiResourceName = keyof typeof API_ROUTES;

/**
 * Who may call each path, per method it answers: the same names as API_ROUTES, checked by the
 * compiler both ways. Kept apart so that the browser, which builds URLs only, does not download it.
 */
export const API_ACCESS = {
  health: { GET: 'open' },
  ready: { GET: 'open' },
  openapi: { GET: 'open' },

  pledges: { GET: 'reader', POST: 'editor' },
  pledgesIcs: { GET: 'reader' },
  pledgesAtom: { GET: 'reader' },
  pledgesCsv: { GET: 'reader' },
  pledge: { GET: 'reader', PATCH: 'editor', DELETE: 'editor' },
  history: { GET: 'reader' },
  restore: { POST: 'editor' },
  revert: { POST: 'editor' },
  trash: { GET: 'reader' },
  parties: { GET: 'reader', POST: 'editor' },
  partyStats: { GET: 'reader' },
  party: { PATCH: 'editor' },
  partyMerge: { POST: 'editor' },
  extract: { POST: 'editor' },
  views: { GET: 'reader', POST: 'editor' },
  view: { GET: 'reader', PATCH: 'editor', DELETE: 'editor' },

  session: { GET: 'open', POST: 'open', DELETE: 'open' },
  sessionLink: { POST: 'open' },
  signOutEverywhere: { POST: 'signed-in' },
  account: { PATCH: 'signed-in' },
  password: { PUT: 'signed-in' },
  tokens: { GET: 'signed-in', POST: 'signed-in' },
  token: { DELETE: 'signed-in' },
  invites: { GET: 'admin', POST: 'admin' },
  invite: { DELETE: 'admin' },
  inviteCheck: { POST: 'open' },
  inviteAccept: { POST: 'open' },
  users: { GET: 'admin' },
  user: { PATCH: 'admin', DELETE: 'admin' },
  userUnlock: { POST: 'admin' },
  settings: { GET: 'reader', PUT: 'admin' },
} as const satisfies { [K in ApiResourceName]: ApiResource['access'] };

/** Both tables joined, for the server: each path with its methods and who may call each. */
export const API_RESOURCES = /* @__PURE__ */ (() =>
  Object.fromEntries(
    Object.entries(API_ROUTES).map(([name, path]) => [name, { path, access: API_ACCESS[name as ApiResourceName] }]),
  ) as { [K in ApiResourceName]: { path: (typeof API_ROUTES)[K]; access: (typeof API_ACCESS)[K] } })();

/** A path without a parameter as it is; one with a parameter as a function of its value. */
type PathTo<P extends string> = P extends `${string}{${string}}${string}{${string}`
  ? never
  : P extends `${string}{${string}}${string}`
    ? (value: string) => string
    : P;

/** The client's (and the server's Location headers') URLs: API_PATHS.pledges, API_PATHS.pledge(id). */
export const API_PATHS = /* @__PURE__ */ (() => {
  const paths: Record<string, string | ((value: string) => string)> = {};
  for (const [name, path] of Object.entries(API_ROUTES))
    paths[name] = path.includes('{') ? (value) => path.replace(/\{\w+\}/, encodeURIComponent(value)) : path;
  return paths as { readonly [K in ApiResourceName]: PathTo<(typeof API_ROUTES)[K]> };
})();
