// The people the journeys act as. The first-start journey (first-start.setup.ts) signs in with
// the link the server printed, becomes the owner, and invites the others; it leaves each one's
// signed-in browser state and an API token under .tmp for the journeys that follow.
import { readFileSync } from 'node:fs';

export const E2E_PORT = Number(process.env.E2E_PORT ?? 4310);
export const SERVER_LOG = `.tmp/e2e-${E2E_PORT}.log`;

/** Who is who: the owner (admin), editors, a viewer, and the editor the API setup calls act as. */
export const PEOPLE = {
  owner: { name: 'Iryna', email: 'iryna@example.org', role: 'admin' },
  olena: { name: 'Olena', email: 'olena@example.org', role: 'editor' },
  marco: { name: 'Marco', email: 'marco@example.org', role: 'editor' },
  viewer: { name: 'Viktor', email: 'viktor@example.org', role: 'viewer' },
  setup: { name: 'Journey setup', email: 'setup@example.org', role: 'editor' },
  xss: { name: 'Payload editor', email: 'xss@example.org', role: 'editor' },
} as const;
export type Person = keyof typeof PEOPLE;

export const PASSWORD = 'a long journey password';

/** The browser state (the session cookie) of a person, for `test.use({ storageState })`. */
export function stateOf(person: Person): string {
  return `.tmp/e2e-${E2E_PORT}-${person}.json`;
}

const TOKENS_FILE = `.tmp/e2e-${E2E_PORT}-tokens.json`;
export const tokensFile = TOKENS_FILE;

/** Headers that make an API request as `person` (a read-write token). */
export function asPerson(person: Person): Record<string, string> {
  const tokens = JSON.parse(readFileSync(TOKENS_FILE, 'utf8')) as Record<Person, string>;
  return { Authorization: `Bearer ${tokens[person]}` };
}
