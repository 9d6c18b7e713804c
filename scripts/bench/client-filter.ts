// "Changing a filter over 10,000 pledges shows the new list within 100 ms": measured in real
// Chromium against the real server. Each run clicks one filter control and timestamps, inside
// the page, the first animation frame in which the list shows the new view's count and is no
// longer marked busy. Every frame in between is checked for flicker: the list must stay on screen
// (the previous results, dimmed) and no loading skeleton may replace it. Prints numbers only.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../e2e/support/chromium';
import { syntheticData } from '@server/seed/synthetic';
import { openSqlStore } from '@server/store/sql/sqlStore';

export interface FilterChangeResult {
  pledges: number;
  runs: ({ control: string } & Timed)[];
}

interface Timed {
  ms: number;
  /** When the list's request left, and when its answer was in, after the click (ms). */
  requestAt: number | null;
  answerAt: number | null;
  blankFrames: number;
  skeletonFrames: number;
}

/**
 * Clicks the control `finder` (page code) finds and waits for the list to settle on the new
 * view. Everything happens inside the page, so no round trip to this process is timed.
 */
async function timeChange(page: Page, finder: string): Promise<Timed> {
  // Sent as text: the TypeScript loader would otherwise wrap functions in helpers the page lacks.
  return page.evaluate(`(${IN_PAGE})(${finder})`) as Promise<Timed>;
}

const IN_PAGE = `async (find) => {
  const control = find();
  const countText = () => document.getElementById('results-count')?.textContent ?? '';
  const before = countText();
  let blankFrames = 0;
  let skeletonFrames = 0;
  let seenBusy = false;
  const t0 = performance.now();
  control.click();
  return new Promise((resolve, reject) => {
    const give = setTimeout(() => reject(new Error('No new list within 10 s (count stayed "' + before + '")')), 10000);
    const frame = () => {
      const section = document.querySelector('section.results');
      if (!document.querySelector('[aria-label="Pledges"]')) blankFrames++;
      if (document.querySelector('.list-loading')) skeletonFrames++;
      const busy = section?.getAttribute('aria-busy') === 'true';
      seenBusy ||= busy;
      const text = countText();
      if (section && !busy && !text.includes('updating') && (seenBusy || text !== before)) {
        clearTimeout(give);
        const api = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/pledges?') && e.startTime >= t0).at(-1);
        resolve({
          ms: performance.now() - t0,
          blankFrames,
          skeletonFrames,
          requestAt: api ? api.startTime - t0 : null,
          answerAt: api ? api.responseEnd - t0 : null,
        });
      } else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}`;

/** A chip (deadline state or verdict) by its visible label. */
const chip = (label: string) =>
  `() => [...document.querySelectorAll('label.chip')].find((l) => l.textContent.trim() === ${JSON.stringify(label)}).querySelector('input')`;

/** Each step changes the view to one not seen before, so no answer comes from the cache. */
const STEPS: [string, string][] = [
  ['state: Overdue', chip('Overdue')],
  ['state: + Due', chip('Due')],
  ['state: + Upcoming', chip('Upcoming')],
  ['verdict: Open', chip('Open')],
  ['state: − Overdue', chip('Overdue')],
  ['verdict: + Broken', chip('Broken')],
  ['state: + Missed', chip('Missed')],
  ['state: − Due', chip('Due')],
  ['verdict: + Fulfilled', chip('Fulfilled')],
  ['state: + Met', chip('Met')],
  ['verdict: − Open', chip('Open')],
  ['state: − Upcoming', chip('Upcoming')],
  ['state: + Late', chip('Late')],
  ['verdict: + Withdrawn', chip('Withdrawn')],
  ['state: − Missed', chip('Missed')],
  ['state: + No deadline', chip('No deadline')],
];

async function waitForHealth(base: string, deadlineMs: number): Promise<void> {
  while (Date.now() < deadlineMs) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('The server did not answer /api/health in time');
}

/** Seeds `count` pledges, serves the built client (dist/) from the real server, and times filter changes. */
export async function benchFilterChange({ count = 10_000, port = 4391 } = {}): Promise<FilterChangeResult> {
  const dir = mkdtempSync(join(tmpdir(), 'pledge-bench-client-'));
  const dbPath = join(dir, 'client.db');
  const base = `http://127.0.0.1:${port}`;
  // A server left over on the port would be measured instead of ours: refuse to start.
  const leftover = await fetch(`${base}/api/health`).then(
    () => true,
    () => false,
  );
  if (leftover) throw new Error(`Something already answers on ${base}: stop it or set BENCH_CLIENT_PORT`);
  const store = await openSqlStore({ path: dbPath });
  await store.seedIfEmpty(syntheticData({ count }));
  await store.close();
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), DATABASE_PATH: dbPath, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  try {
    await waitForHealth(base, Date.now() + 60_000);
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${base}/`);
    await page.getByRole('list', { name: 'Pledges' }).waitFor();
    // Warm-up: the first change loads the virtualizer chunk and warms the server's caches.
    await timeChange(page, chip('Due'));
    await timeChange(page, chip('Due'));
    await page.goto(`${base}/`);
    await page.getByRole('list', { name: 'Pledges' }).waitFor();
    const runs = [];
    for (const [control, finder] of STEPS) runs.push({ control, ...(await timeChange(page, finder)) });
    return { pledges: count, runs };
  } finally {
    await browser.close();
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printFilterChange({ pledges, runs }: FilterChangeResult): void {
  const times = runs.map((r) => r.ms).sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(times.length * q) - 1)]!;
  console.log(
    `\nFilter change in Chromium over ${pledges.toLocaleString('en')} pledges (click → new list on screen), ${runs.length} changes:`,
  );
  const when = (ms: number | null) => (ms === null ? '  –' : ms.toFixed(0).padStart(3));
  for (const r of runs)
    console.log(
      `  ${r.control.padEnd(22)} ${r.ms.toFixed(0).padStart(5)} ms  (request sent at ${when(r.requestAt)}, answered at ${when(r.answerAt)})${r.blankFrames || r.skeletonFrames ? `  (flicker: ${r.blankFrames} blank, ${r.skeletonFrames} skeleton frames)` : ''}`,
    );
  const flicker = runs.reduce((n, r) => n + r.blankFrames + r.skeletonFrames, 0);
  console.log(
    `  median ${at(0.5).toFixed(0)} ms, p90 ${at(0.9).toFixed(0)} ms, max ${times.at(-1)!.toFixed(0)} ms (target < 100 ms); frames without the list: ${flicker}`,
  );
}

// Run on its own: npx tsx scripts/bench/client-filter.ts (after vite build).
if (import.meta.url === `file://${process.argv[1]}`) {
  benchFilterChange({
    count: Number(process.env.BENCH_CLIENT_PLEDGES ?? 10_000),
    port: Number(process.env.BENCH_CLIENT_PORT ?? 4391),
  })
    .then(printFilterChange)
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
