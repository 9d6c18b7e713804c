// Token buckets kept in the database, so that every instance behind a load balancer draws from
// the same bucket (migration 009). One statement takes a unit: the upsert reads the row it
// replaces, so two instances taking at once cannot both spend the last unit. The arithmetic is
// the in-memory tokenBucket's (src/server/api/rateLimiter.ts), written in SQL that SQLite and
// PostgreSQL both run.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { waitForUnit, type RateLimiter } from '../../api/rateLimiter';
import type { Database } from './schema';

/** Buckets untouched this long are full again and can be forgotten. */
const IDLE_MS = 5 * 60_000;
/** Forget idle buckets once every this many takes. */
const PRUNE_EVERY = 1_000;

const number = (value: number) => sql<number>`cast(${value} as double precision)`;

/**
 * A limiter of `perMinute` units per key: a burst of that many, then perMinute / 60 per second.
 * `scope` keeps different limits apart in the one table (e.g. 'write').
 */
export function sharedTokenBucket(db: Kysely<Database>, scope: string, perMinute: number): RateLimiter {
  if (!(perMinute > 0)) throw new Error('perMinute must be positive');
  const perMs = perMinute / 60_000;
  const capacity = number(perMinute);
  let takes = 0;
  return {
    async take(key, nowMs) {
      const now = sql<number>`cast(${Math.round(nowMs)} as bigint)`;
      const stored = sql.ref('rate_buckets.tokens');
      const storedAt = sql.ref('rate_buckets.at');
      const elapsed = sql`case when ${now} > ${storedAt} then ${now} - ${storedAt} else 0 end`;
      const grown = sql`${stored} + ${elapsed} * ${number(perMs)}`;
      const refilled: RawBuilder<number> = sql`case when ${grown} > ${capacity} then ${capacity} else ${grown} end`;
      const row = await db
        .insertInto('rate_buckets')
        .values({ key: `${scope}:${key}`, tokens: sql`${capacity} - 1`, at: now, granted: 1 })
        .onConflict((conflict) =>
          conflict.column('key').doUpdateSet({
            tokens: sql`case when ${refilled} >= 1 then ${refilled} - 1 else ${refilled} end`,
            granted: sql`case when ${refilled} >= 1 then 1 else 0 end`,
            at: sql`case when ${now} > ${storedAt} then ${now} else ${storedAt} end`,
          }),
        )
        .returning(['tokens', 'granted'])
        .executeTakeFirstOrThrow();
      if (++takes % PRUNE_EVERY === 0)
        await db
          .deleteFrom('rate_buckets')
          .where('at', '<', nowMs - IDLE_MS)
          .execute();
      return Number(row.granted) === 1 ? 0 : waitForUnit(Number(row.tokens), perMs);
    },
  };
}
