// Three instances of the compiled server, each its own Node process on 127.0.0.1, on one fresh
// PostgreSQL database: what a deployment behind a load balancer runs. Whatever one instance is
// told, the others must know at once, because nothing they share lives in a process: ETags,
// sessions, write and sign-in limits, saved views, list caches; and an instance killed without
// warning loses nothing it acknowledged. Needs a real PostgreSQL server (see postgresTargets.ts);
// without one the file is skipped and says why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  API_PATHS,
  type CreatedInvite,
  type HistoryEvent,
  type Pledge,
  type SavedView,
  type SessionInfo,
} from '@shared/contract';
import { ACCOUNT_POLICY } from './accounts/signInLimits';
import { NEW_PLEDGE, SEED_PLEDGE } from './testing/accountsHarness';
import { HttpVisitor, httpErrorCode, type HttpAnswer } from './testing/httpVisitor';
import { fileDatabase, postgresServer, postgresServerReason } from './testing/postgresTargets';
import { buildServer, killAllInstances, startInstance, type Instance } from './testing/serverProcesses';

const server = postgresServer();
if (!server) console.log(`Three instances on one PostgreSQL: skipped (${postgresServerReason()}).`);

/** Writes per person per minute on every instance: small, so that the limit is reached, but above the 20 PATCHes of one editor. */
const WRITES_PER_MINUTE = 24;
/** Building (when out of date), migrating and seeding on a busy machine. */
const SETUP_MS = 120_000;

const pledgePath = (id: string) => `/api/pledges/${id}`;
const historyPath = (id: string) => `/api/pledges/${id}/history`;

function expectStatus(answer: HttpAnswer, status: number, what: string): void {
  if (answer.status !== status) throw new Error(`${what}: expected ${status}, got ${answer.status} ${answer.text}`);
}

/** How many answers had each status, e.g. { 200: 1, 412: 19 }. */
function statusCounts(answers: HttpAnswer[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const a of answers) counts[a.status] = (counts[a.status] ?? 0) + 1;
  return counts;
}

describe.skipIf(!server)('three instances on one PostgreSQL', () => {
  const database = fileDatabase(server);
  let url = '';
  let instances: Instance[] = [];
  const origin = (i: number) => instances[i % instances.length]!.origin;
  // One pinned clock for all three (and a restarted one): a limit's wait never runs out between
  // two requests of a test, however loaded the machine, so the counts below are exact.
  const fixedNow = new Date().toISOString();
  const env = () => ({
    DATABASE_URL: url,
    WRITES_PER_MINUTE: String(WRITES_PER_MINUTE),
    READS_PER_MINUTE: '0',
    FIXED_NOW: fixedNow,
  });

  const owner = new HttpVisitor();
  let people = 0;

  /** The owner invites an editor, who accepts (and is signed in) through instance `at`. */
  async function editor(at: number) {
    people++;
    const person = {
      name: `Editor ${people}`,
      email: `editor${people}@example.org`,
      password: `editor-password-${people}`,
    };
    const invite = await owner.post<CreatedInvite>(origin(at), API_PATHS.invites, { role: 'editor' });
    expectStatus(invite, 201, 'invite an editor');
    const visitor = new HttpVisitor();
    const accepted = await visitor.post(origin(at + 1), API_PATHS.inviteAccept, {
      token: invite.body.token,
      ...person,
    });
    expectStatus(accepted, 201, 'accept the invite');
    return { visitor, ...person };
  }

  beforeAll(async () => {
    buildServer();
    url = await database.url();
    // Started together: they migrate one at a time (an advisory lock) and one of them seeds.
    instances = await Promise.all(['a', 'b', 'c'].map((name) => startInstance(name, env())));
  }, SETUP_MS);

  afterAll(async () => {
    await killAllInstances();
  });

  it('agree on the seeded record after starting together', async () => {
    const lists = await Promise.all(instances.map((_, i) => owner.get<{ total: number }>(origin(i), '/api/pledges')));
    for (const list of lists) expectStatus(list, 200, 'list');
    expect(new Set(lists.map((l) => l.body.total)).size).toBe(1);
    expect(lists[0]!.body.total).toBeGreaterThan(0);
  });

  it('let the owner in with the link any of them printed, and void the others', async () => {
    // Each instance prints a link at its start (no admin has a password yet), after it listens.
    const printed = () => instances.map((instance) => /#token=([\w-]+)/.exec(instance.log())?.[1]);
    const deadline = Date.now() + 10_000;
    while (printed().some((token) => !token) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    const [first, ...others] = printed();
    expect(first && others.every(Boolean)).toBeTruthy();
    // a's link works, whichever instance printed last (a later start no longer voids earlier links).
    expectStatus(await owner.post(origin(2), API_PATHS.sessionLink, { token: first }), 200, "a's link, on c");
    for (const token of others) {
      const voided = await new HttpVisitor().post(origin(0), API_PATHS.sessionLink, { token });
      expect(voided.status).toBe(401);
    }
    expectStatus(
      await owner.patch(origin(1), API_PATHS.account, { name: 'Olena Owner', email: 'owner@example.org' }),
      200,
      'name and email',
    );
    expectStatus(await owner.put(origin(2), API_PATHS.password, { next: 'owner-password-1' }), 204, 'password');
    const session = await owner.get<SessionInfo>(origin(0), API_PATHS.session);
    expect(session.body.account?.email).toBe('owner@example.org');
  });

  it('give one 200 and nineteen 412 to 20 PATCHes with one ETag, spread over the three', async () => {
    const { visitor } = await editor(0);
    const before = await visitor.get<Pledge>(origin(0), pledgePath(SEED_PLEDGE));
    expectStatus(before, 200, 'read the pledge');
    const etag = before.headers.get('etag')!;
    expect(etag).toBeTruthy();
    const historyBefore = await visitor.get<{ items: HistoryEvent[] }>(origin(1), historyPath(SEED_PLEDGE));

    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        visitor.patch<Pledge>(
          origin(i),
          pledgePath(SEED_PLEDGE),
          { tags: ['race', `try-${i}`] },
          { headers: { 'If-Match': etag } },
        ),
      ),
    );
    expect(statusCounts(answers)).toEqual({ 200: 1, 412: 19 });
    const winner = answers.findIndex((a) => a.status === 200);
    expect(answers.filter((a) => a.status === 412).every((a) => httpErrorCode(a) === 'precondition_failed')).toBe(true);

    // The winner's change is the one stored, and the history has exactly one new event, its own.
    const after = await visitor.get<Pledge>(origin(2), pledgePath(SEED_PLEDGE));
    expect(after.body.tags).toEqual(['race', `try-${winner}`]);
    expect(after.body.version).toBe(before.body.version + 1);
    const historyAfter = await visitor.get<{ items: HistoryEvent[] }>(origin(0), historyPath(SEED_PLEDGE));
    expect(historyAfter.body.items).toHaveLength(historyBefore.body.items.length + 1);
    expect(historyAfter.body.items.at(-1)!.version).toBe(after.body.version);
  });

  it('honour a session made on one on the others, and end it on all three with "sign out everywhere"', async () => {
    const person = await editor(1);
    const laptop = new HttpVisitor();
    const phone = new HttpVisitor();
    expectStatus(
      await laptop.post(origin(0), API_PATHS.session, { email: person.email, password: person.password }),
      200,
      'sign in on a',
    );
    expectStatus(
      await phone.post(origin(2), API_PATHS.session, { email: person.email, password: person.password }),
      200,
      'sign in on c',
    );
    for (let i = 0; i < 3; i++) {
      const session = await laptop.get<SessionInfo>(origin(i), API_PATHS.session);
      expect(session.body.account?.email, instances[i]!.name).toBe(person.email);
    }
    // A write signed by the session made on a, through b.
    const view = await laptop.post<SavedView>(origin(1), API_PATHS.views, {
      name: 'Made through b',
      query: 'state=overdue',
    });
    expectStatus(view, 201, 'save a view through b');

    const laptopCookie = laptop.sessionCookie!;
    const phoneCookie = phone.sessionCookie!;
    expectStatus(await phone.post(origin(1), API_PATHS.signOutEverywhere), 204, 'sign out everywhere on b');
    // The laptop's jar still holds its cookie: every instance must refuse it now.
    expect(laptop.sessionCookie).toBe(laptopCookie);
    const stale = new HttpVisitor(phoneCookie);
    for (let i = 0; i < 3; i++) {
      expect((await laptop.get<SessionInfo>(origin(i), API_PATHS.session)).body.account, instances[i]!.name).toBeNull();
      expect((await stale.get<SessionInfo>(origin(i), API_PATHS.session)).body.account).toBeNull();
      const refused = await laptop.post(origin(i), API_PATHS.views, { name: 'After signing out', query: '' });
      expect(refused.status).toBe(401);
    }
  });

  it('count write limits across instances', async () => {
    const { visitor } = await editor(2);
    const tries = WRITES_PER_MINUTE + 12;
    const answers = await Promise.all(
      Array.from({ length: tries }, (_, i) =>
        visitor.post(origin(i), API_PATHS.views, { name: `Limited ${i}`, query: 'state=due' }),
      ),
    );
    // The clock is pinned, so the bucket does not refill: exactly the limit is granted.
    expect(statusCounts(answers)).toEqual({ 201: WRITES_PER_MINUTE, 429: tries - WRITES_PER_MINUTE });
    // And each instance refuses the next one: the one bucket is empty for all three.
    for (let i = 0; i < 3; i++) {
      const next = await visitor.post(origin(i), API_PATHS.views, { name: `Limited next ${i}`, query: '' });
      expect(next.status, instances[i]!.name).toBe(429);
    }
    for (const refused of answers.filter((a) => a.status === 429)) {
      expect(httpErrorCode(refused)).toBe('rate_limited');
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    // What was granted is what is stored.
    const views = await visitor.get<{ items: SavedView[] }>(origin(1), API_PATHS.views);
    expect(views.body.items.filter((v) => v.name.startsWith('Limited ')).length).toBe(WRITES_PER_MINUTE);
  });

  it('count failed sign-ins across instances', async () => {
    const person = await editor(0);
    const stranger = new HttpVisitor();
    for (let i = 0; i < ACCOUNT_POLICY.free; i++) {
      const wrong = await stranger.post(origin(i), API_PATHS.session, {
        email: person.email,
        password: `wrong password ${i}`,
      });
      expect(wrong.status, `failure ${i + 1} on ${instances[i % 3]!.name}`).toBe(401);
    }
    // Past the free failures, every instance makes the next attempt wait, the right password too.
    for (let i = 0; i < 3; i++) {
      const waiting = await stranger.post(origin(i), API_PATHS.session, {
        email: person.email,
        password: person.password,
      });
      expect(waiting.status, instances[i]!.name).toBe(429);
      expect(Number(waiting.headers.get('retry-after'))).toBeGreaterThan(0);
    }
  });

  it('hear no more guesses sent at once to the three than sent one at a time', async () => {
    const person = await editor(1);
    const stranger = new HttpVisitor();
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        stranger.post(origin(i), API_PATHS.session, { email: person.email, password: `wrong guess ${i}` }),
      ),
    );
    expect(statusCounts(answers)).toEqual({ 401: ACCOUNT_POLICY.free, 429: 12 - ACCOUNT_POLICY.free });
  });

  it('read a saved view made on one on the others, and a list cached on one fresh after a write through another', async () => {
    const made = await owner.post<SavedView>(origin(0), API_PATHS.views, { name: 'Due soon', query: 'state=due' });
    expectStatus(made, 201, 'save a view on a');
    for (const i of [1, 2]) {
      const read = await owner.get<SavedView>(origin(i), `${API_PATHS.views}/${made.body.slug}`);
      expectStatus(read, 200, `read the view on ${instances[i]!.name}`);
      expect(read.body).toEqual(made.body);
    }

    // Read twice on b, so that whatever b keeps (counts, answers) is warm.
    const listPath = '/api/pledges?sort=title&limit=200';
    const reader = new HttpVisitor();
    await reader.get(origin(1), listPath);
    const cached = await reader.get<{ items: Pledge[]; total: number }>(origin(1), listPath);
    expectStatus(cached, 200, 'list on b');
    const etag = cached.headers.get('etag');

    const created = await owner.post<Pledge>(origin(2), '/api/pledges', {
      ...NEW_PLEDGE,
      title: 'Aaa written through c',
    });
    expectStatus(created, 201, 'create a pledge on c');

    const fresh = await reader.get<{ items: Pledge[]; total: number }>(origin(1), listPath, {
      headers: etag ? { 'If-None-Match': etag } : {},
    });
    expectStatus(fresh, 200, 'the list on b after the write on c');
    expect(fresh.body.total).toBe(cached.body.total + 1);
    expect(fresh.body.items.map((p) => p.id)).toContain(created.body.id);
    if (etag) expect(fresh.headers.get('etag')).not.toBe(etag);
  });

  it('lose no acknowledged write when one is killed with SIGKILL, and restart it on the same database', async () => {
    const { visitor } = await editor(1);
    const victim = instances[0]!;
    const acknowledged: Pledge[] = [];
    let killed: Promise<void> | null = null;
    // Writes in flight on a; the moment the eighth is acknowledged, a is killed. Every 201 counts,
    // even one that arrived while the kill was under way; the rest may or may not have landed.
    await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        try {
          const answer = await visitor.post<Pledge>(victim.origin, '/api/pledges', {
            ...NEW_PLEDGE,
            title: `Written before the kill ${i}`,
          });
          if (answer.status !== 201) return;
          acknowledged.push(answer.body);
          if (acknowledged.length === 8) killed = victim.stop('SIGKILL');
        } catch {
          // The connection died with the process: not acknowledged.
        }
      }),
    );
    await killed;
    expect(acknowledged.length).toBeGreaterThanOrEqual(8);
    for (const pledge of acknowledged) {
      const read = await visitor.get<Pledge>(origin(1), pledgePath(pledge.id));
      expectStatus(read, 200, `read ${pledge.id} through b`);
      expect(read.body.title).toBe(pledge.title);
      expect(read.body.version).toBe(pledge.version);
    }

    const restarted = await startInstance('a again', env());
    instances[0] = restarted;
    expectStatus(await visitor.get(restarted.origin, '/api/ready'), 200, 'a is ready again');
    const again = await visitor.get<Pledge>(restarted.origin, pledgePath(acknowledged[0]!.id));
    expect(again.body.title).toBe(acknowledged[0]!.title);
    // Its log says it opened the existing database rather than seeding a new one.
    expect(restarted.log()).not.toMatch(/Created /);
  });
});
