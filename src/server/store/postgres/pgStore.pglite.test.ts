import { describe } from 'vitest';
import { describeStoreConformance } from '@server/testing/storeConformance';
import { pgliteKysely, usePglite } from '@server/testing/postgresTargets';
import { PgStore } from './pgStore';

// The PostgreSQL store on PGlite (PostgreSQL in WebAssembly), which every machine can run. The
// suite's list checks run thousands of lists; in WebAssembly that takes longer than in-process
// SQLite, so each test has two minutes. The same suite on a real server is in
// pgStore.server.test.ts, a file of its own so the two run side by side.
const SLOW = { timeout: 120_000 };

usePglite();

describe('on PGlite', SLOW, () => {
  describeStoreConformance('PgStore on PGlite', async (data) => {
    const store = await PgStore.open(pgliteKysely());
    if (data) await store.seedIfEmpty(data);
    return { store };
  });
});
