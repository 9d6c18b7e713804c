import { defineConfig, devices } from '@playwright/test';
import { SERVER_LOG, stateOf } from './e2e/support/accounts';
import { CHROMIUM_ARGS, chromiumExecutable } from './e2e/support/chromium';

// Journeys run against the real server (built SPA + API + a fresh SQLite file) and one
// against the static demo build, where MSW mounts the same API in a service worker.
const SERVER_PORT = Number(process.env.E2E_PORT ?? 4310);
const DEMO_PORT = Number(process.env.E2E_DEMO_PORT ?? 4311);
const dbPath = `.tmp/e2e-${SERVER_PORT}.db`;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI
    ? [['list'], ['json', { outputFile: '.tmp/playwright.json' }]]
    : [['list'], ['json', { outputFile: '.tmp/playwright.json' }]],
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      // The first start, as a new owner meets it: sign in with the printed link, then invite the
      // people the other journeys act as.
      name: 'first-start',
      testMatch: /first-start\.setup\.ts/,
      use: { baseURL: `http://127.0.0.1:${SERVER_PORT}` },
    },
    {
      name: 'server',
      testIgnore: [/demo\.spec\.ts/, /\.setup\.ts/],
      dependencies: ['first-start'],
      use: { baseURL: `http://127.0.0.1:${SERVER_PORT}`, storageState: stateOf('olena') },
    },
    {
      name: 'demo',
      testMatch: /demo\.spec\.ts/,
      use: { baseURL: `http://localhost:${DEMO_PORT}` },
    },
  ],
  webServer: [
    {
      // The production start: the compiled server, building first only what is missing or out of
      // date (the test script builds before Playwright starts). The output is kept in a file too:
      // the first-start journey reads the sign-in link the server prints.
      command: `rm -f ${dbPath} ${dbPath}-wal ${dbPath}-shm ${SERVER_LOG} && node scripts/start.mjs | tee ${SERVER_LOG}`,
      // The XSS journey makes a few hundred writes in a minute as one person.
      env: { HOST: '127.0.0.1', PORT: String(SERVER_PORT), DATABASE_PATH: dbPath, WRITES_PER_MINUTE: '5000' },
      url: `http://127.0.0.1:${SERVER_PORT}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe',
    },
    {
      command: `vite preview --mode mock --outDir dist-demo --host localhost --port ${DEMO_PORT} --strictPort`,
      url: `http://localhost:${DEMO_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
