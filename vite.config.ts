import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { tsImport } from 'tsx/esm/api';
import type * as ResponseSchemaCompilerModule from './scripts/vite/compile-response-schemas';
import type * as MessagesCompilerModule from './scripts/vite/compile-messages';

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

const preactDomClient = fileURLToPath(new URL('./src/client/lib/preact-dom-client.ts', import.meta.url));

/** What each React entry point becomes in the browser build. */
const PREACT_FOR_REACT: Record<string, string> = {
  react: 'preact/compat',
  'react-dom': 'preact/compat',
  'react-dom/client': preactDomClient,
  'react/jsx-runtime': 'preact/compat/jsx-runtime',
  'react/jsx-dev-runtime': 'preact/compat/jsx-dev-runtime',
};

/**
 * React DOM is 62 KB of the home page's gzipped JavaScript; Preact's compatibility layer renders
 * the same components in about 9 KB. In the browser build, every import of React (ours, TanStack's)
 * goes to Preact; development and the tests keep React (docs/decisions/0025).
 */
function preactForReact(): Plugin {
  return {
    name: 'pledge-tracker:preact-for-react',
    apply: (_, { command, isSsrBuild }) => command === 'build' && !isSsrBuild,
    enforce: 'pre',
    resolveId(source, importer, options) {
      const target = Object.hasOwn(PREACT_FOR_REACT, source) ? PREACT_FOR_REACT[source]! : null;
      if (!target) return null;
      return this.resolve(target, importer, { ...options, skipSelf: true });
    },
  };
}

const zodJitless = fileURLToPath(new URL('./src/client/lib/zod-jitless.ts', import.meta.url));

/**
 * Zod must not try `new Function` under our Content-Security-Policy. Every browser import of
 * `zod` goes through a module that switches that off first, so the setting arrives with zod in
 * whichever lazy chunk brings it, and the home page needs no zod to make it.
 */
function zodWithoutEval(): Plugin {
  return {
    name: 'pledge-tracker:zod-without-eval',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'zod' && importer !== zodJitless) return zodJitless;
      return null;
    },
  };
}

const responseSchemas = fileURLToPath(new URL('./src/client/lib/response-schemas.ts', import.meta.url));
const responseShape = fileURLToPath(new URL('./src/client/lib/response-shape.ts', import.meta.url));
type ResponseSchemaCompiler = typeof ResponseSchemaCompilerModule;

/**
 * The answers the client reads are checked against the contract's schemas. In the browser build,
 * response-schemas.ts becomes modules compiled from its own exports, checked without zod, one
 * module per schema so each page's chunk has only its own (docs/decisions/0021).
 */
function compiledResponseSchemas(): Plugin {
  let compiler: Promise<ResponseSchemaCompiler> | undefined;
  let modules: ReturnType<ResponseSchemaCompiler['clientResponseSchemaModules']> | undefined;
  // Loaded in Node with the tsconfig paths, from the very schemas the server uses.
  const load = () =>
    (compiler ??= tsImport(
      './scripts/vite/compile-response-schemas.ts',
      import.meta.url,
    ) as Promise<ResponseSchemaCompiler>);
  return {
    name: 'pledge-tracker:compiled-response-schemas',
    apply: 'build',
    async resolveId(source) {
      return (await load()).isResponseShapeModule(source) ? source : null;
    },
    async load(id) {
      const compile = await load();
      if (id !== responseSchemas && !compile.isResponseShapeModule(id)) return null;
      modules ??= compile.clientResponseSchemaModules(responseShape);
      const code = id === responseSchemas ? modules.entry : modules.modules.get(id);
      if (code === undefined) throw new Error(`No compiled response schema module ${id}`);
      return { code, moduleSideEffects: false };
    },
  };
}

/**
 * Every messages file arrives in the browser compiled to Lingui's token form: the module is run in
 * Node (with the tsconfig paths) and its messages compiled, so no ICU parser is downloaded
 * (docs/decisions/0027).
 */
function compiledMessages(): Plugin {
  let compiler: Promise<typeof MessagesCompilerModule> | undefined;
  const load = () =>
    (compiler ??= tsImport('./scripts/vite/compile-messages.ts', import.meta.url) as Promise<
      typeof MessagesCompilerModule
    >);
  let short: Promise<Map<string, string>> | undefined;
  // Every English messages file is run once, to give each scope its short one.
  const shortScopesOfTheApp = () =>
    (short ??= load().then(async ({ englishMessageFiles, shortScopes }) => {
      const ids: string[] = [];
      for (const file of englishMessageFiles(fileURLToPath(new URL('.', import.meta.url)))) {
        const exports = (await tsImport(file, import.meta.url)) as Record<string, Record<string, { id: string }>>;
        for (const group of Object.values(exports)) for (const message of Object.values(group)) ids.push(message.id);
      }
      return shortScopes(ids);
    }));
  return {
    name: 'pledge-tracker:compiled-messages',
    apply: (_, { command, isSsrBuild }) => command === 'build' && !isSsrBuild,
    async load(id) {
      const { MESSAGES_MODULE, compiledMessagesModule } = await load();
      if (!MESSAGES_MODULE.test(id)) return null;
      const exports = (await tsImport(id, import.meta.url)) as Record<string, unknown>;
      return { code: compiledMessagesModule(id, exports, await shortScopesOfTheApp()), moduleSideEffects: false };
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
    plugins: [
      react(),
      preactForReact(),
      nativeTemporalFirst(),
      zodWithoutEval(),
      compiledResponseSchemas(),
      compiledMessages(),
    ],
    base: demo ? './' : '/',
    // @shared, @client, … as tsconfig.json's paths say.
    resolve: {
      tsconfigPaths: true,
      // The shim of useSyncExternalStore is for React before 18: on React 19 it only hands over to
      // React's own, so @tanstack/react-store gets the same hook without the shim's code.
      alias: [
        {
          find: /^use-sync-external-store\/shim\/with-selector(\.js)?$/,
          replacement: 'use-sync-external-store/with-selector',
        },
      ],
    },
    server: {
      proxy: demo
        ? undefined
        : { '/api': { target: process.env.API_ORIGIN ?? 'http://127.0.0.1:3000', changeOrigin: false } },
    },
    build: {
      // es2022 for top-level await (see temporal-runtime.ts).
      target: 'es2022',
      // Every browser that runs es2022 modules but one (Safari before 17) preloads modules itself;
      // there the lazy pages load a little later instead of the home page carrying the polyfill.
      modulePreload: { polyfill: false },
      sourcemap: true,
      rolldownOptions: {
        output: {
          // Everything the first page needs in one chunk (it compresses better than several);
          // lazy routes, the dialog, the virtualizer and the Temporal polyfill stay apart.
          codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
          // Lazy chunks are named by their hash alone, seven characters (rolldown's least for this
          // many files): the first page lists every lazy file's name to preload it, and names and
          // longer hashes, which do not compress, cost it some 450 bytes (decision 0027). Source
          // maps still name every module; the entry and the styles keep readable names.
          entryFileNames: 'assets/[name]-[hash:7].js',
          chunkFileNames: 'assets/[hash:7].js',
          assetFileNames: 'assets/[name]-[hash:7][extname]',
        },
      },
    },
  };
});
