import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';

const temporalRuntime = fileURLToPath(new URL('./src/client/lib/temporal-runtime.ts', import.meta.url));

/**
 * The shared domain imports `temporal-polyfill`, which bundles ~19 KB (gzipped) of polyfill even
 * for browsers that ship Temporal. In the browser build, send that import to a module that uses
 * the native Temporal when present and loads the polyfill on demand otherwise.
 */
function nativeTemporalFirst(): Plugin {
  return {
    name: 'pledge-tracker:native-temporal-first',
    apply: (_, { command, isSsrBuild }) => command === 'build' && !isSsrBuild,
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'temporal-polyfill' && importer && importer !== temporalRuntime) return temporalRuntime;
      return null;
    },
  };
}

/**
 * The Node server compiled to plain JavaScript (`vite build --ssr`, see scripts/start.mjs), so a
 * production start runs no TypeScript compiler. Packages stay imports of node_modules (Vite's
 * default for SSR), which keeps better-sqlite3's native addon where Node expects it. The output
 * sits two folders below the root, as src/server does, so paths relative to the entry agree.
 */
const serverBuild: UserConfig = {
  resolve: { tsconfigPaths: true },
  publicDir: false,
  build: {
    ssr: true,
    outDir: 'build/server',
    target: 'node20',
    sourcemap: true,
    emptyOutDir: true,
    rolldownOptions: {
      input: { main: 'src/server/main.ts', 'recovery-link': 'src/server/recoveryLink.ts' },
    },
  },
};

// Normal mode: the SPA talks to the API on the same origin (dev: proxied to the Node server).
// Mock mode (`--mode mock`): the API runs in the browser (MSW), and the build is relative
// (`base: './'`) with hash routing, so it works from any static host at any path.
export default defineConfig(({ mode, isSsrBuild }) => {
  if (isSsrBuild) return serverBuild;
  const demo = mode === 'mock';
  return {
    plugins: [react(), nativeTemporalFirst()],
    base: demo ? './' : '/',
    // @shared, @client, … as tsconfig.json's paths say.
    resolve: { tsconfigPaths: true },
    server: {
      proxy: demo
        ? undefined
        : { '/api': { target: process.env.API_ORIGIN ?? 'http://127.0.0.1:3000', changeOrigin: false } },
    },
    build: {
      // es2022 for top-level await (see temporal-runtime.ts).
      target: 'es2022',
      sourcemap: true,
      rolldownOptions: {
        output: {
          // Everything the first page needs in one chunk (it compresses better than several);
          // lazy routes, the dialog, the virtualizer and the Temporal polyfill stay apart.
          codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
        },
      },
    },
  };
});
