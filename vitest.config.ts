import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Unit, API and client-integration tests. Playwright journeys live in e2e/ and are not ours.
export default defineConfig({
  plugins: [react()],
  resolve: { tsconfigPaths: true },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    exclude: ['e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['src/test/setup.ts'],
    // Finds a real PostgreSQL server for the PostgreSQL store's tests, and says so.
    globalSetup: ['src/test/postgresGlobalSetup.ts'],
    restoreMocks: true,
    testTimeout: 30_000,
  },
});
