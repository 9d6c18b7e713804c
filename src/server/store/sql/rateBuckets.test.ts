// Write limits shared through the database: the same answers as the in-memory bucket, and one
// bucket for every instance on the database, on SQLite and on PostgreSQL (PGlite, and a real
// server when one is reachable: see src/server/testing/postgresTargets.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenBucket } from '../../api/rateLimiter';
import type { Kysely } from 'kysely';
import { fileDatabase, pgliteKysely, postgresServer, usePglite } from '@server/testing/postgresTargets';
import { openPgStore } from '../postgres/pool';
import { PgStore } from '../postgres/pgStore';
import { sharedTokenBucket } from './rateBuckets';
import type { Database } from './schema';
import { openSqlStore } from './sqlStore';

interface Opened {
  database: Kysely<Database>;
  close(): Promise<void>;
}

usePglite();
const server = postgresServer();
const serverDatabase = fileDatabase(server);

/** Two connections to one database, as two instances of the server would hold. */
const targets: { name: string; skip?: boolean; open: () => Promise<[Opened, Opened, () => void]> }[] = [
  {
    name: 'SQLite',
    open: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'pledge-buckets-'));
      const path = join(dir, 'tracker.db');
      return [
        await openSqlStore({ path }),
        await openSqlStore({ path }),
        () => rmSync(dir, { recursive: true, force: true }),
      ];
    },
  },
  {
    name: 'PostgreSQL on PGlite',
    open: async () => {
      const store = await PgStore.open(pgliteKysely());
      return [store, { database: store.database, close: async () => undefined }, () => undefined];
    },
  },
  {
    name: 'a PostgreSQL server',
    skip: !server,
    open: async () => {
      const url = await serverDatabase.schema();
      return [await openPgStore({ url, poolSize: 2 }), await openPgStore({ url, poolSize: 2 }), () => undefined];
    },
  },
];

describe.each(targets)('shared token buckets on $name', ({ skip, open }) => {
  if (skip) return void it.skip('needs a reachable PostgreSQL server');
  let first: Opened;
  let second: Opened;
  let cleanUp = () => {};
  beforeAll(async () => {
    [first, second, cleanUp] = await open();
  });
  afterAll(async () => {
    await first.close();
    await second.close();
    cleanUp();
  });

  it('counts the takes of every instance against one limit', async () => {
    const a = sharedTokenBucket(first.database, 'write', 5);
    const b = sharedTokenBucket(second.database, 'write', 5);
    const t = Date.parse('2025-08-18T12:00:00Z');
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await (i % 2 ? b : a).take('u-ann', t));
    expect(answers).toEqual([0, 0, 0, 0, 0, 12_000]);
    // Someone else's bucket, and another scope, are untouched.
    expect(await b.take('u-ben', t)).toBe(0);
    expect(await sharedTokenBucket(second.database, 'other', 5).take('u-ann', t)).toBe(0);
    // One unit back after 12 s, on either instance.
    expect(await b.take('u-ann', t + 11_000)).toBe(1_000);
    expect(await a.take('u-ann', t + 12_000)).toBe(0);
    expect(await b.take('u-ann', t + 12_000)).toBeGreaterThan(0);
  });

  it('refills nothing when an instance’s clock is behind another’s', async () => {
    const a = sharedTokenBucket(first.database, 'skew', 2);
    const t = Date.parse('2025-08-18T12:00:00Z');
    expect(await a.take('u-ann', t)).toBe(0);
    expect(await a.take('u-ann', t)).toBe(0);
    expect(await a.take('u-ann', t - 60_000)).toBe(30_000);
    expect(await a.take('u-ann', t + 30_000)).toBe(0);
  });

  it('answers as the in-memory bucket does, take after take', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 20 }),
        fc.array(fc.record({ who: fc.constantFrom('a', 'b', 'c'), afterMs: fc.integer({ min: 0, max: 20_000 }) }), {
          maxLength: 40,
        }),
        async (perMinute, takes) => {
          const scope = `prop-${run++}`;
          const memory = tokenBucket(perMinute);
          const shared = sharedTokenBucket(first.database, scope, perMinute);
          let clock = Date.parse('2025-08-18T12:00:00Z');
          for (const { who, afterMs } of takes) {
            clock += afterMs;
            expect(await shared.take(who, clock)).toBe(memory.take(who, clock));
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
