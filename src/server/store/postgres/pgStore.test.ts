import { describe } from 'vitest';
import { describeStoreConformance } from '@server/testing/storeConformance';
import {
  fileDatabase,
  pgliteKysely,
  postgresServer,
  postgresServerReason,
  usePglite,
} from '@server/testing/postgresTargets';
import { openPgStore } from './pool';
import { PgStore } from './pgStore';

// The suite's list checks run thousands of lists; over a wire or in WebAssembly that takes
// longer than in-process SQLite, so each test here has two minutes.
const SLOW = { timeout: 120_000 };

usePglite();

describe('on PGlite', SLOW, () => {
  describeStoreConformance('PgStore on PGlite', async (data) => {
    const store = await PgStore.open(pgliteKysely());
    if (data) await store.seedIfEmpty(data);
    return { store };
  });
});

const server = postgresServer();
const database = fileDatabase(server);

describe.skipIf(!server)(`on a PostgreSQL server (${postgresServerReason()})`, SLOW, () => {
  describeStoreConformance('PgStore on a server', async (data) => {
    const url = await database.schema();
    const store = await openPgStore({ url, poolSize: 4 });
    if (data) await store.seedIfEmpty(data);
    return {
      store,
      reopen: async () => {
        await store.close();
        return openPgStore({ url, poolSize: 4 });
      },
    };
  });
});
