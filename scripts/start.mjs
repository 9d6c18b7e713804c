// npm start: the production start. Builds what is missing or out of date (the web app into dist/,
// the server into build/server/), then runs the compiled server: plain JavaScript, no TypeScript
// compiler at run time. `--build-only` builds and stops (the test command uses it).
//
// "Out of date" is decided by a digest of each build's inputs kept beside its output, so a
// restart after `git pull` rebuilds, and a restart without changes starts at once.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CONFIG = ['vite.config.ts', 'tsconfig.json', 'package.json', 'package-lock.json'];

const BUILDS = [
  {
    name: 'web app',
    output: 'dist',
    entry: 'dist/index.html',
    // scripts/vite: the build compiles the response schemas with it.
    inputs: ['src/client', 'src/shared', 'src/mocks', 'public', 'index.html', 'scripts/vite', ...CONFIG],
    args: [],
  },
  {
    name: 'server',
    output: 'build/server',
    entry: 'build/server/main.js',
    inputs: ['src/server', 'src/shared', ...CONFIG],
    args: ['--ssr'],
  },
];

function filesUnder(path) {
  const full = join(ROOT, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full).flatMap((name) => filesUnder(join(path, name)));
}

/** Tests are not part of a build: changing one rebuilds nothing. */
const isTest = (file) => /\.test\.tsx?$/.test(file);

function digestOf(inputs) {
  const hash = createHash('sha256');
  for (const file of inputs
    .flatMap(filesUnder)
    .filter((file) => !isTest(file))
    .sort())
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(ROOT, file)));
  return hash.digest('hex');
}

/** Builds `build` unless its output exists and was built from the same inputs; tells whether it built. */
function buildIfStale(build) {
  const stampFile = join(ROOT, build.output, '.inputs-digest');
  const digest = digestOf(build.inputs);
  const current =
    existsSync(join(ROOT, build.entry)) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === digest;
  if (current) return false;
  console.log(`Building the ${build.name} (${build.output}/)…`);
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  // Always a production build: run from a test (Vitest sets NODE_ENV=test), Vite would otherwise
  // build with development code left in, and that build would then count as current.
  const result = spawnSync(process.execPath, [vite, 'build', ...build.args, '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) {
    console.error(`Pledge Tracker could not start: building the ${build.name} failed (see above).`);
    process.exit(result.status ?? 1);
  }
  writeFileSync(stampFile, digest);
  return true;
}

for (const build of BUILDS) buildIfStale(build);

if (!process.argv.includes('--build-only')) {
  // Stack traces point into the TypeScript sources (the build writes source maps).
  process.setSourceMapsEnabled(true);
  await import(pathToFileURL(join(ROOT, 'build', 'server', 'main.js')).href);
}
