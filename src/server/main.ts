// The Node entry (`npm start`): one process, one port, serving the API and the built SPA.
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { linkUrl } from '@shared/contract';
import { readConfig } from './config';
import { nodeServer } from './nodeServer';
import { warmUpCalendars } from './api/feeds/warmUp';
import { seedIfEmpty } from './seed/seed';
import { DatabaseFileError } from './store/sql/databaseFile';
import { openSqlStore } from './store/sql/sqlStore';
import { maskedUrl, openPgStore } from './store/postgres/pool';

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

async function main(): Promise<void> {
  const result = readConfig(process.env);
  if (!result.ok) {
    console.error(result.message);
    process.exit(1);
  }
  const { host, port, databasePath, postgres, fixedNowMs, trustProxy, writesPerMinute, readsPerMinute, publicUrl } =
    result.config;
  const now = fixedNowMs === undefined ? () => Date.now() : () => fixedNowMs;
  if (fixedNowMs !== undefined)
    console.warn(`FIXED_NOW: the clock is pinned to ${new Date(fixedNowMs).toISOString()} (for tests only).`);

  // DATABASE_URL selects PostgreSQL (several instances may share it); otherwise the SQLite file.
  const store = postgres ? await openPgStore(postgres) : await openSqlStore({ path: databasePath });
  const where = postgres ? `PostgreSQL at ${maskedUrl(postgres.url)}` : databasePath;
  if (await seedIfEmpty(store, now())) console.log(`Created ${where} with the White House summit pledges.`);

  // Set on SIGTERM/SIGINT: readiness answers 503 so a load balancer stops sending requests.
  let stopping = false;
  const { server, accounts, built } = nodeServer({
    store,
    now,
    dist: DIST,
    hostname: host,
    trustProxy,
    writesPerMinute,
    readsPerMinute,
    publicUrl,
    isStopping: () => stopping,
  });
  if (!built)
    console.warn(`No built web app in ${DIST}: run "npm run build" (npm start does it). The API works meanwhile.`);

  server.listen(port, host, () => {
    const info = server.address() as AddressInfo;
    const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
    const origin = publicUrl ?? `http://${shownHost}:${info.port}`;
    console.log(`Pledge Tracker is running at ${origin}`);
    // Optional: a failure here changes nothing a reader sees (warmUp.ts says why it runs).
    setImmediate(() => void warmUpCalendars(store, now()).catch(() => undefined));
    void accounts.ownerLinkToken().then((token) => {
      if (!token) return;
      console.log(
        `\nNo one has set up this tracker yet. Open this one-time link within the hour to sign in as its owner and choose a password:\n\n  ${linkUrl(origin, 'welcome', token)}\n\n(Restart the server for a new link if it expires.)\n`,
      );
    });
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === 'EADDRINUSE' ? `Port ${port} on ${host} is already in use: set PORT to another one.` : error,
    );
    void store.close().finally(() => process.exit(1));
  });

  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down.`);
    // Finish requests in flight, then close the database; don't wait on idle keep-alive sockets.
    server.close(() => {
      void store.close().then(() => process.exit(0));
    });
    server.closeIdleConnections();
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  // A problem the person starting the server can fix is one line saying how; anything else is a
  // bug, and its stack helps whoever reports it.
  if (error instanceof DatabaseFileError) console.error(`Pledge Tracker could not start: ${error.message}`);
  else console.error('Pledge Tracker could not start:', error);
  process.exit(1);
});
