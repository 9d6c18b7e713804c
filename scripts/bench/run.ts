// npm run bench: prints numbers, asserts nothing. Seeds 100,000 synthetic pledges into a
// temporary SQLite file, starts the real (compiled) server on loopback in its own process, loads it with
// autocannon at 20 connections (each filter signed in, so the store answers; then the targets of
// targets.ts beside a node:http ceiling measured in the same run), measures the JavaScript the
// home page loads, and times a filter change over 10,000 pledges in Chromium (client-filter.ts).
import { spawn, execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { syntheticData } from '@server/seed/synthetic';
import { openPgStore } from '@server/store/postgres/pool';
import { openSqlStore } from '@server/store/sql/sqlStore';
import { benchToken } from './benchAccount';
import { benchPostgres, type BenchPostgres } from './benchStore';
import { homePageJs } from './bundle-size';
import { benchFilterChange, printFilterChange } from './client-filter';
import { runTargets } from './targets';
import { extractPledges } from '@shared/extract';
import { CORPUS_ARTICLES } from '@shared/extract/corpus/articles';
import { CORPUS_PARTIES } from '@shared/extract/corpus/parties';
import { CORPUS_SENTENCES } from '@shared/extract/corpus/sentences';

const COUNT = Number(process.env.BENCH_PLEDGES ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 20;
const PORT = Number(process.env.BENCH_PORT ?? 4390);
const BASE = `http://127.0.0.1:${PORT}`;
/** BENCH_ONLY=party,tag: only the scenarios whose name contains one of these words, and only the list; BENCH_ONLY=targets: only the targets. */
const ONLY = process.env.BENCH_ONLY?.split(',')
  .map((w) => w.trim())
  .filter(Boolean);
const TARGETS_ONLY = ONLY?.length === 1 && ONLY[0] === 'targets';
const TARGET_SECONDS = Number(process.env.BENCH_TARGET_SECONDS ?? 10);

const SCENARIOS: [string, string][] = [
  ['no filter (status order)', '/api/pledges?limit=50'],
  ['state=overdue', '/api/pledges?limit=50&state=overdue'],
  ['party=party-3', '/api/pledges?limit=50&party=party-3'],
  ['verdict=fulfilled, sort=-deadline', '/api/pledges?limit=50&verdict=fulfilled&sort=-deadline'],
  ['q=treaty', '/api/pledges?limit=50&q=treaty'],
  ['tag=treaty', '/api/pledges?limit=50&tag=treaty'],
  ['tag=treaty,loan, sort=-announced', '/api/pledges?limit=50&tag=loan,treaty&sort=-announced'],
  ['from=2025-09-01&to=2025-09-30', '/api/pledges?limit=50&from=2025-09-01&to=2025-09-30'],
  ['party=party-3&role=pledger', '/api/pledges?limit=50&party=party-3&role=pledger'],
  ['tag=loan,treaty (status order)', '/api/pledges?limit=50&tag=loan,treaty'],
  ['sort=-slips', '/api/pledges?limit=50&sort=-slips'],
  ['party=party-3, sort=-progress', '/api/pledges?limit=50&party=party-3&sort=-progress'],
  ['progress=none, sort=progress', '/api/pledges?limit=50&progress=none&sort=progress'],
  // The slow path by design (docs/decisions/0013): every pledge rebuilt from history in memory.
  ['asOf=2025-09-01 (rebuilt from history)', '/api/pledges?limit=50&asOf=2025-09-01'],
];

async function waitForHealth(deadlineMs: number): Promise<void> {
  while (Date.now() < deadlineMs) {
    try {
      const res = await fetch(`${BASE}/api/health`);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('The server did not answer /api/health in time');
}

function load(path: string, seconds: number, token: string): Promise<autocannon.Result> {
  return autocannon({
    url: `${BASE}${path}`,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { Authorization: `Bearer ${token}` },
  });
}

/** Extraction of a ~3,000-word article (corpus text repeated), timed many times in this process. */
function benchExtraction(runs = Number(process.env.BENCH_EXTRACT_RUNS ?? 200)): void {
  const pieces = [...CORPUS_ARTICLES.map((a) => a.text), ...CORPUS_SENTENCES.map((s) => s.text)];
  let text = '';
  for (let i = 0; text.split(/\s+/).length < 3000; i++) text += `${pieces[i % pieces.length]}\n\n`;
  const words = text.split(/\s+/).filter(Boolean).length;
  const request = { text, publishedOn: '2025-08-18', timeZone: 'America/New_York' };
  // Warm-up: JIT, regex caches. V8 keeps re-optimising the large functions (after type
  // feedback settles) for the first few dozen calls; with only 10 calls that churn landed in the
  // timed runs and made p99 a measure of the JIT, not of the extractor. Everything is still
  // timed per call afterwards, GC included.
  const warmups = Number(process.env.BENCH_EXTRACT_WARMUP ?? 50);
  for (let i = 0; i < warmups; i++) extractPledges(request, CORPUS_PARTIES);
  const times: number[] = [];
  let candidates = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    candidates = extractPledges(request, CORPUS_PARTIES).candidates.length;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  const p99 = times[Math.min(times.length - 1, Math.ceil(times.length * 0.99) - 1)]!;
  console.log(
    `\nExtraction of a ${words.toLocaleString('en')}-word article (${candidates} candidates), ${runs} runs after ${warmups} warm-up: mean ${mean.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms (target < 50 ms)`,
  );
}

async function main() {
  const scenarios = TARGETS_ONLY
    ? []
    : ONLY
      ? SCENARIOS.filter(([name]) => ONLY.some((word) => name.includes(word)))
      : SCENARIOS;
  if (!scenarios.length && !TARGETS_ONLY) throw new Error(`BENCH_ONLY=${process.env.BENCH_ONLY} matches no scenario`);
  if (!ONLY) benchExtraction();
  const dir = mkdtempSync(join(tmpdir(), 'pledge-bench-'));
  const dbPath = join(dir, 'bench.db');
  const server = { child: undefined as ReturnType<typeof spawn> | undefined };
  let postgres: BenchPostgres | null = null;
  try {
    // The server measured is the production start's: compiled JavaScript (build/server), which
    // `--build-only` builds with the client when either is missing or out of date. (Run through
    // tsx instead, the server spent time in its loader hooks and held 336 MB after the load, against
    // 288 MB compiled, in back-to-back runs.)
    console.log(`Building the client and the server where out of date…`);
    execFileSync(process.execPath, ['scripts/start.mjs', '--build-only'], { stdio: 'inherit' });
    const bundle = ONLY ? undefined : homePageJs('dist');

    // BENCH_STORE=postgres: the same scenarios on PostgreSQL (see benchStore.ts).
    postgres = process.env.BENCH_STORE === 'postgres' ? await benchPostgres() : null;
    if (process.env.BENCH_STORE === 'postgres' && !postgres) return;
    // BENCH_DB=file keeps the seeded database there and starts later runs from a copy of it.
    const kept = postgres ? undefined : process.env.BENCH_DB;
    if (postgres) {
      console.log(`Seeding ${COUNT.toLocaleString('en')} pledges into PostgreSQL…`);
      const t0 = performance.now();
      await postgres.seed(syntheticData({ count: COUNT }));
      console.log(`  seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    } else if (kept && existsSync(kept)) {
      console.log(`Copying the database seeded earlier in ${kept}…`);
    } else {
      const seedPath = kept ?? dbPath;
      console.log(`Seeding ${COUNT.toLocaleString('en')} pledges into ${seedPath}…`);
      const t0 = performance.now();
      const store = await openSqlStore({ path: seedPath });
      await store.seedIfEmpty(syntheticData({ count: COUNT }));
      await store.close();
      console.log(`  seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
    if (kept) copyFileSync(kept, dbPath);
    const token = await benchToken(
      postgres
        ? await openPgStore({ url: postgres.env.DATABASE_URL!, poolSize: 1 })
        : await openSqlStore({ path: dbPath }),
    );

    // BENCH_SERVER_ARGS="--cpu-prof --cpu-prof-dir=prof": where the server's time goes.
    const serverArgs = process.env.BENCH_SERVER_ARGS?.split(' ').filter(Boolean) ?? [];
    server.child = spawn(process.execPath, [...serverArgs, 'build/server/main.js'], {
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: String(PORT),
        DATABASE_PATH: dbPath,
        ...postgres?.env,
        NODE_ENV: 'production',
        // The limits are not what is measured: the writers would be held to 120 writes a minute.
        WRITES_PER_MINUTE: '0',
        READS_PER_MINUTE: '0',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    await waitForHealth(Date.now() + 60_000);

    const rows: string[][] = [];
    for (const [name, path] of scenarios) {
      await load(path, 2, token); // warm-up: caches, JIT
      const r = await load(path, SECONDS, token);
      rows.push([
        name,
        `${r.latency.p50}`,
        `${r.latency.p99}`,
        `${Math.round(r.requests.average)}`,
        `${r.non2xx + r.errors}`,
      ]);
    }

    if (rows.length) {
      console.log(
        `\nGET /api/pledges at ${CONNECTIONS} connections, ${SECONDS} s each, ${COUNT.toLocaleString('en')} pledges, signed in (the store answers each)`,
      );
      const header = ['scenario', 'p50 ms', 'p99 ms', 'req/s', 'errors'];
      const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
      const line = (cells: string[]) =>
        cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
      console.log(line(header));
      for (const row of rows) console.log(line(row));
    }

    if (!ONLY || TARGETS_ONLY)
      await runTargets({
        base: BASE,
        ceilingPort: PORT + 2,
        token,
        serverPid: server.child.pid!,
        seconds: TARGET_SECONDS,
        connections: CONNECTIONS,
        dir,
      });

    if (!bundle) return;
    printFilterChange(
      await benchFilterChange({ count: Number(process.env.BENCH_CLIENT_PLEDGES ?? 10_000), port: PORT + 1 }),
    );

    console.log(`\nHome page JavaScript (gzipped): ${(bundle.totalGzipBytes / 1024).toFixed(1)} KB`);
    for (const f of bundle.files) console.log(`  ${f.file}  ${(f.gzipBytes / 1024).toFixed(1)} KB`);
    if (bundle.temporalPolyfillGzipBytes !== null) {
      const withPolyfill = bundle.totalGzipBytes + bundle.temporalPolyfillGzipBytes;
      console.log(
        `  + ${(bundle.temporalPolyfillGzipBytes / 1024).toFixed(1)} KB Temporal polyfill in browsers without a built-in Temporal (${(withPolyfill / 1024).toFixed(1)} KB in all)`,
      );
    }
  } finally {
    server.child?.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
    // The server's pool must be gone before its database is dropped.
    if (postgres && server.child && server.child.exitCode === null)
      await new Promise((resolve) => server.child!.once('exit', resolve));
    await postgres?.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
