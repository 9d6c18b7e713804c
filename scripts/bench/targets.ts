// The targets of answers from cache (docs/decisions/0024-answers-from-cache.md), measured in one
// run and printed beside each target with pass or fail: the node:http ceiling, the overdue list
// at 20 connections alone and beside two writers, no request over 1 s, a 5,000-event calendar
// built and answered from the cache, and the server's memory after the load (at its end, and held
// once idle). Prints, asserts nothing.
import { spawn } from 'node:child_process';
import { get } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { versionFromIfMatch } from '@shared/contract';

export const TARGET_LIST = '/api/pledges?state=overdue&limit=50';
const FEED = '/api/pledges.ics?state=overdue';
/** Reads from the cache per round, six rounds: enough for a p99 that is not simply the slowest read. */
const CACHED_READS = 50;

export interface TargetsOptions {
  base: string;
  /** A free port for the ceiling server. */
  ceilingPort: number;
  /** An editor's API token, for the writers. */
  token: string;
  serverPid: number;
  seconds: number;
  connections: number;
  /** Where the ceiling's page is written. */
  dir: string;
}

interface Load {
  rps: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
}

function load(url: string, seconds: number, connections: number): Promise<Load> {
  return autocannon({ url, connections, duration: seconds }).then((r) => ({
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    max: r.latency.max,
    errors: r.non2xx + r.errors + r.timeouts,
  }));
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)]! : NaN;

/** The bare runtime answering the list's own bytes, in its own process, loaded like ours. */
async function ceiling(o: TargetsOptions): Promise<Load> {
  const page = await (await fetch(`${o.base}${TARGET_LIST}`)).text();
  const file = join(o.dir, 'ceiling-page.json');
  writeFileSync(file, page);
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/bench/ceiling-server.ts', String(o.ceilingPort), file],
    {
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    },
  );
  try {
    await new Promise<void>((resolve, reject) => {
      child.once('message', () => resolve());
      child.once('exit', (code) => reject(new Error(`The ceiling server exited (${code})`)));
    });
    const url = `http://127.0.0.1:${o.ceilingPort}${TARGET_LIST}`;
    await load(url, 2, o.connections);
    return await load(url, o.seconds, o.connections);
  } finally {
    child.kill('SIGTERM');
  }
}

/** One editor changing one pledge's tags back and forth, as fast as answers come, until told to stop. */
async function writer(o: TargetsOptions, id: string, stopped: () => boolean, times: number[]): Promise<number> {
  const url = `${o.base}/api/pledges/${encodeURIComponent(id)}`;
  const auth = { Authorization: `Bearer ${o.token}` };
  let etag = (await fetch(url, { headers: auth })).headers.get('ETag');
  let failures = 0;
  for (let flip = false; !stopped(); flip = !flip) {
    const t = performance.now();
    const res = await fetch(url, {
      method: 'PATCH',
      headers: { ...auth, 'Content-Type': 'application/json', 'If-Match': `"${versionFromIfMatch(etag)}"` },
      body: JSON.stringify({ tags: [flip ? 'bench-a' : 'bench-b'] }),
    });
    await res.arrayBuffer();
    times.push(performance.now() - t);
    if (res.status !== 200) failures++;
    etag = res.headers.get('ETag') ?? etag;
  }
  return failures;
}

/** Reads at full load while two writers change two pledges: the reads' figures, and the writes'. */
async function withWriters(o: TargetsOptions, ids: [string, string]) {
  let stop = false;
  const times: number[] = [];
  const writers = ids.map((id) => writer(o, id, () => stop, times));
  const reads = await load(`${o.base}${TARGET_LIST}`, o.seconds, o.connections);
  stop = true;
  const failures = (await Promise.all(writers)).reduce((a, b) => a + b, 0);
  times.sort((a, b) => a - b);
  return {
    reads,
    writes: {
      count: times.length,
      p50: percentile(times, 0.5),
      p99: percentile(times, 0.99),
      max: times.at(-1) ?? NaN,
      failures,
    },
  };
}

/**
 * A calendar of the overdue view: built the first time (nothing of it kept yet), built again after
 * each of five writes, and answered from the cache between writes, as it is (identity) and
 * gzip-compressed, which calendar apps ask for.
 */
async function feedTimes(o: TargetsOptions, id: string) {
  let first = NaN;
  const built: number[] = [];
  const cached: number[] = [];
  const gzipped: number[] = [];
  let bytes = 0;
  let gzipBytes = 0;
  let events = 0;
  // Timed as a calendar app receives it: the bytes over a plain socket, not decoded as text (at
  // 2.7 MB, fetch's decoding alone costs more than the server's answer from its cache).
  const timeGet = (gzip = false) =>
    new Promise<{ ms: number; encoding: string | undefined }>((resolve, reject) => {
      const t = performance.now();
      get(`${o.base}${FEED}`, { headers: gzip ? { 'Accept-Encoding': 'gzip' } : {} }, (res) => {
        // Only the first calendar is kept and read (to count its events): keeping and decoding
        // every 2.7 MB answer made the client's own garbage collection part of the next timing.
        const chunks: Buffer[] | undefined = !gzip && events === 0 ? [] : undefined;
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          chunks?.push(chunk);
        });
        res.on('end', () => {
          const ms = performance.now() - t;
          const encoding = res.headers['content-encoding'];
          if (encoding === 'gzip') gzipBytes = size;
          else bytes = size;
          if (chunks) events = Buffer.concat(chunks).toString('utf8').split('BEGIN:VEVENT').length - 1;
          resolve({ ms, encoding });
        });
        res.on('error', reject);
      }).on('error', reject);
    });
  // Each round writes a tag of its own: writing the same tags again changes nothing, and an
  // unchanged data version would let the "built" calendar come from the cache.
  const url = `${o.base}/api/pledges/${encodeURIComponent(id)}`;
  const auth = { Authorization: `Bearer ${o.token}` };
  for (let i = 0; i < 6; i++) {
    if (i > 0) {
      const etag = (await fetch(url, { headers: auth })).headers.get('ETag');
      const res = await fetch(url, {
        method: 'PATCH',
        headers: { ...auth, 'Content-Type': 'application/json', 'If-Match': `"${versionFromIfMatch(etag)}"` },
        body: JSON.stringify({ tags: [`bench-feed-${Date.now()}-${i}`] }),
      });
      if (res.status !== 200) throw new Error(`The feed's write answered ${res.status}: ${await res.text()}`);
    }
    const { ms } = await timeGet();
    if (i === 0) first = ms;
    else built.push(ms);
    for (let j = 0; j < CACHED_READS; j++) cached.push((await timeGet()).ms);
    // The first reader asking for gzip has the answer compressed, off the main thread.
    for (let tries = 0; tries < 100 && (await timeGet(true)).encoding !== 'gzip'; tries++)
      await new Promise((resolve) => setTimeout(resolve, 10));
    for (let j = 0; j < CACHED_READS; j++) gzipped.push((await timeGet(true)).ms);
  }
  for (const list of [built, cached, gzipped]) list.sort((a, b) => a - b);
  return { first, built, cached, gzipped, bytes, gzipBytes, events };
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
}

/**
 * The memory the server holds once the load is over: its lowest RSS over 20 s with no request in
 * flight, read every half second. Right after a load, much of the heap is garbage V8 has not yet
 * collected: it collects once allocation stops (its memory reducer, some seconds later) and gives
 * the pages back. What is left is what the server keeps.
 */
async function settledRssMb(pid: number): Promise<{ mb: number; afterSeconds: number }> {
  const started = performance.now();
  let lowest = rssMb(pid);
  let lowestAt = started;
  while (performance.now() - started < 20_000) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const mb = rssMb(pid);
    if (mb < lowest) {
      lowest = mb;
      lowestAt = performance.now();
    }
  }
  return { mb: lowest, afterSeconds: (lowestAt - started) / 1000 };
}

export async function runTargets(o: TargetsOptions): Promise<void> {
  const page = (await (
    await fetch(`${o.base}/api/pledges?limit=2&sort=title`, { headers: { Authorization: `Bearer ${o.token}` } })
  ).json()) as { items: { id: string }[] };
  const [first, second] = page.items.map((p) => p.id) as [string, string];

  const top = await ceiling(o);
  await load(`${o.base}${TARGET_LIST}`, 2, o.connections);
  const alone = await load(`${o.base}${TARGET_LIST}`, o.seconds, o.connections);
  const mixed = await withWriters(o, [first, second]);
  const feed = await feedTimes(o, first);
  const rss = rssMb(o.serverPid);
  const held = await settledRssMb(o.serverPid);

  const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;
  const share = alone.rps / top.rps;
  const worst = Math.max(alone.max, mixed.reads.max, mixed.writes.max);
  const rows: [string, string, string, boolean | null][] = [
    ['node:http ceiling (precomputed page)', `${top.rps} req/s, p50 ${top.p50} ms, p99 ${top.p99} ms`, '', null],
    [
      `${TARGET_LIST}, readers only`,
      `${alone.rps} req/s (${(share * 100).toFixed(0)}% of ceiling), p50 ${alone.p50} ms`,
      '≥ 40% of ceiling',
      share >= 0.4,
    ],
    ['  its p99', `${alone.p99} ms`, '≤ 10 ms', alone.p99 <= 10],
    [
      '  beside two writers: reads',
      `${mixed.reads.rps} req/s, p50 ${mixed.reads.p50} ms, p99 ${mixed.reads.p99} ms`,
      'p99 ≤ 25 ms',
      mixed.reads.p99 <= 25,
    ],
    [
      '  the writes',
      `${mixed.writes.count} in ${o.seconds} s, p50 ${ms(mixed.writes.p50)}, p99 ${ms(mixed.writes.p99)}, ${mixed.writes.failures} failed`,
      '',
      null,
    ],
    ['slowest request, any scenario above', ms(worst), '≤ 1 s', worst <= 1000],
    [
      `${FEED} (${feed.events} events, ${(feed.bytes / 1e6).toFixed(1)} MB) first built (nothing kept; code warmed at start)`,
      ms(feed.first),
      '≤ 200 ms',
      feed.first <= 200,
    ],
    [
      '  built again after a write',
      `median ${ms(percentile(feed.built, 0.5))}, max ${ms(feed.built.at(-1)!)}`,
      '≤ 200 ms',
      feed.built.at(-1)! <= 200,
    ],
    [
      '  answered from the cache',
      `median ${ms(percentile(feed.cached, 0.5))}, p99 ${ms(percentile(feed.cached, 0.99))}`,
      '≤ 5 ms',
      percentile(feed.cached, 0.99) <= 5,
    ],
    [
      `  the same gzip-compressed (${(feed.gzipBytes / 1e6).toFixed(2)} MB)`,
      `median ${ms(percentile(feed.gzipped, 0.5))}, p99 ${ms(percentile(feed.gzipped, 0.99))}`,
      '≤ 5 ms',
      percentile(feed.gzipped, 0.99) <= 5,
    ],
    ['server RSS at the end of the load', `${rss.toFixed(0)} MB (garbage not yet collected included)`, '', null],
    [
      '  held once idle',
      `${held.mb.toFixed(0)} MB (lowest, ${held.afterSeconds.toFixed(1)} s after the load)`,
      '≤ 150 MB',
      held.mb <= 150,
    ],
  ];
  console.log(
    `\nTargets (${o.connections} connections, ${o.seconds} s each; errors: ${alone.errors + mixed.reads.errors})`,
  );
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => String(r[i]).length)));
  for (const [what, measured, target, ok] of rows)
    console.log(
      `${what.padEnd(widths[0]!)}  ${measured.padEnd(widths[1]!)}  ${target.padEnd(widths[2]!)}  ${ok === null ? '' : ok ? 'pass' : 'FAIL'}`,
    );
}
