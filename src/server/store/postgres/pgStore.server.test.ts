import { describe } from 'vitest';
import { describeStoreConformance } from '@server/testing/storeConformance';
import { fileDatabase, postgresServer, postgresServerReason } from '@server/testing/postgresTargets';
import { openPgStore } from './pool';

// The PostgreSQL store on a real server, when one is reachable (see src/test/postgresGlobalSetup.ts);
// skipped otherwise, saying why. Over a wire the suite's thousands of lists take longer than in
// process, so each test has two minutes.
const SLOW = { timeout: 120_000 };

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
