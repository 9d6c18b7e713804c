// A short, bounded load test on loopback: the real Node server (serverFetch over @hono/node-server,
// as main.ts wires it) with 30 writes per person per minute. One editor's script floods writes
// over ~10 connections for about two seconds while another person reads: the flood is answered
// 429 with Retry-After and no more than the limit is written, and the reader keeps getting 200s,
// quickly. Listens on 127.0.0.1 only, stops by itself, closes the server afterwards.
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE, type SavedView } from '@shared/contract';
import { serverFetch } from '../securityHeaders';
import { openAccountsApi, type AccountsApi, type Member } from '../testing/accountsHarness';

const WRITES_PER_MINUTE = 30;
const FLOOD_MS = 2_000;
const WRITERS = 10;
const READERS = 2;
/** Every request gives up after this; the whole test has vitest's deadline on top. */
const REQUEST_TIMEOUT_MS = 3_000;
const READ_P95_BOUND_MS = 500;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

describe('the write limiter under load, on loopback', () => {
  let api: AccountsApi;
  let server: ServerType;
  let base: string;
  let writer: Member;
  let reader: Member;
  let writerToken: string;

  beforeAll(async () => {
    api = await openAccountsApi({ writesPerMinute: WRITES_PER_MINUTE, realClock: true });
    const owner = await api.bootstrapOwner();
    writer = await api.member(owner, 'editor', { name: 'Flood Script' });
    reader = await api.member(owner, 'editor', { name: 'Quiet Reader' });
    writerToken = (await api.createToken(writer, 'read-write', 'flood')).token;
    const site = { fetch: () => new Response('the site', { headers: { 'Content-Type': 'text/plain' } }) };
    await new Promise<void>((resolve, reject) => {
      server = serve(
        { fetch: serverFetch(api.app, site, { trustProxy: false }), hostname: '127.0.0.1', port: 0 },
        (info) => {
          base = `http://127.0.0.1:${info.port}`;
          resolve();
        },
      );
      server.once('error', reject);
    });
  });

  afterAll(async () => {
    if (server) {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
    }
    await api?.close();
  });

  it('answers the flood with 429 and Retry-After, writes at most the limit, and keeps serving the reader', async () => {
    expect((server.address() as AddressInfo).address).toBe('127.0.0.1');
    const deadline = Date.now() + FLOOD_MS;
    const writes = { created: 0, limited: 0, other: [] as number[], retryAfter: [] as string[] };
    const reads = { ok: 0, other: [] as number[], latencies: [] as number[] };
    let n = 0;

    const writeLoop = async () => {
      while (Date.now() < deadline) {
        const res = await fetch(`${base}/api/views`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${writerToken}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ name: `Flood ${n++}`, query: '' }),
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
        await res.arrayBuffer();
        if (res.status === 201) writes.created++;
        else if (res.status === 429) {
          writes.limited++;
          writes.retryAfter.push(res.headers.get('Retry-After') ?? '');
        } else writes.other.push(res.status);
      }
    };
    const readLoop = async () => {
      while (Date.now() < deadline) {
        const started = performance.now();
        const res = await fetch(`${base}/api/pledges`, {
          headers: { Cookie: `${SESSION_COOKIE}=${reader.browser.cookie}` },
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
        await res.arrayBuffer();
        reads.latencies.push(performance.now() - started);
        if (res.status === 200) reads.ok++;
        else reads.other.push(res.status);
      }
    };
    const started = Date.now();
    await Promise.all([...Array.from({ length: WRITERS }, writeLoop), ...Array.from({ length: READERS }, readLoop)]);
    const elapsedMs = Date.now() - started;

    const sorted = [...reads.latencies].sort((a, b) => a - b);
    const p50 = percentile(sorted, 50);
    const p95 = percentile(sorted, 95);
    console.log(
      `load: ${elapsedMs} ms; writer ${writes.created} × 201, ${writes.limited} × 429, other ${JSON.stringify(writes.other)}; ` +
        `reader ${reads.ok} × 200, other ${JSON.stringify(reads.other)}, p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${sorted.at(-1)?.toFixed(1)} ms`,
    );

    // The flood: refused with 429 and a whole number of seconds to wait, never an error.
    expect(writes.other).toEqual([]);
    expect(writes.limited).toBeGreaterThan(0);
    expect(writes.retryAfter.every((r) => /^[1-9]\d*$/.test(r))).toBe(true);
    // At most a burst of 30, plus what refills in the time the flood ran (30/min), plus one.
    const allowed = WRITES_PER_MINUTE + Math.ceil((elapsedMs / 60_000) * WRITES_PER_MINUTE) + 1;
    // At least the burst, less the one write that created the token.
    expect(writes.created).toBeGreaterThanOrEqual(WRITES_PER_MINUTE - 1);
    expect(writes.created).toBeLessThanOrEqual(allowed);
    // What the server says it wrote is what the database holds.
    const views = await api.bearer(writerToken).get<{ items: SavedView[] }>('/api/views');
    expect(views.body.items.filter((v) => v.name.startsWith('Flood ')).length).toBe(writes.created);

    // The reader: only 200s, and quick ones.
    expect(reads.other).toEqual([]);
    expect(reads.ok).toBeGreaterThanOrEqual(10);
    expect(p95).toBeLessThan(READ_P95_BOUND_MS);

    // The flood is the writer's alone: the reader, an editor too, writes at once, over the same socket server.
    const own = await fetch(`${base}/api/views`, {
      method: 'POST',
      headers: {
        Cookie: `${SESSION_COOKIE}=${reader.browser.cookie}`,
        Origin: base,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ name: 'Mine', query: '' }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    expect(own.status).toBe(201);
    const flooded = await fetch(`${base}/api/views`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${writerToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'One more', query: '' }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    expect(flooded.status).toBe(429);
    expect(flooded.headers.get('Retry-After')).toMatch(/^[1-9]\d*$/);
    // The real server's answers carry the security headers.
    expect(flooded.headers.get('X-Content-Type-Options')).toBe('nosniff');
  }, 15_000);
});
