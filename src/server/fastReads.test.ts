// The door in front of the server (fastReads.ts) over a real socket, composed as main.ts composes
// it (nodeServer.ts) over a real SQLite file: what it answers is byte for byte and header for
// header what the full path answers, and everything it may not answer goes on to the full path.
// Listens on 127.0.0.1 only.
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { diffPledges } from '@shared/domain/diff';
import { answerKeyOf, publicReadOf } from './api/answers/answerMiddleware';
import { seedIfEmpty } from './seed/seed';
import { takesGzip } from './fastReads';
import { nodeServer, type NodeServer, type NodeServerOptions } from './nodeServer';
import { openSqlStore, type SqlStore } from './store/sql/sqlStore';

const NOW = Date.parse('2025-09-01T12:00:00Z');

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** The headers that must agree between the two paths: all but the moment and the connection. */
const comparable = (headers: Reply['headers']) => {
  const { date: _date, connection: _connection, 'keep-alive': _keepAlive, ...rest } = headers;
  return rest;
};

describe('the door in front of the server', () => {
  let dir: string;
  let store: SqlStore;
  let running: NodeServer;
  let port: number;

  async function start(options: Partial<NodeServerOptions> = {}) {
    dir = mkdtempSync(join(tmpdir(), 'fast-reads-'));
    store = await openSqlStore({ path: join(dir, 'pledges.db') });
    await seedIfEmpty(store, NOW);
    running = nodeServer({
      store,
      now: () => NOW,
      dist: join(dir, 'no-dist'),
      hostname: '127.0.0.1',
      trustProxy: false,
      writesPerMinute: false,
      readsPerMinute: false,
      isStopping: () => false,
      ...options,
    });
    await new Promise<void>((resolve) => running.server.listen(0, '127.0.0.1', resolve));
    port = (running.server.address() as AddressInfo).port;
  }

  afterEach(async () => {
    await new Promise<void>((resolve) => {
      running.server.close(() => resolve());
      running.server.closeAllConnections();
    });
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function send(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
    return new Promise((resolve, reject) => {
      const req = request({
        host: '127.0.0.1',
        port,
        path,
        method,
        headers: { Host: `127.0.0.1:${port}`, ...headers },
      });
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end();
    });
  }

  /** Sends the request and says which path answered it. */
  async function sendCounted(path: string, headers: Record<string, string> = {}, method = 'GET') {
    const before = { ...running.answered };
    const reply = await send(path, headers, method);
    const atDoor = running.answered.atDoor - before.atDoor === 1;
    expect(atDoor || running.answered.full - before.full === 1).toBe(true);
    return { reply, atDoor };
  }

  async function firstPledgeId() {
    const list = await send('/api/pledges?limit=1&sort=title');
    return (JSON.parse(list.body.toString()) as { items: { id: string }[] }).items[0]!.id;
  }

  it('answers a repeated anonymous read from the cache with the same headers and bytes', async () => {
    await start();
    const id = await firstPledgeId();
    for (const path of [
      '/api/pledges?state=overdue&limit=5',
      `/api/pledges/${id}`,
      '/api/pledges.ics?lang=uk',
      '/api/pledges.atom',
      '/api/pledges.csv?party=usa',
      '/api/parties',
      `/api/pledges/${id}/history`,
    ]) {
      const built = await sendCounted(path);
      expect(built.reply.status, path).toBe(200);
      expect(built.atDoor, path).toBe(false);
      const kept = await sendCounted(path);
      expect(kept.atDoor, path).toBe(true);
      expect(comparable(kept.reply.headers), path).toEqual(comparable(built.reply.headers));
      expect(kept.reply.body.equals(built.reply.body), path).toBe(true);
      expect(kept.reply.headers['cache-control'], path).toMatch(/^public/);
    }
  });

  it('finds the answer whatever the order of the query', async () => {
    await start();
    await send('/api/pledges?state=overdue&limit=5');
    expect((await sendCounted('/api/pledges?limit=5&state=overdue')).atDoor).toBe(true);
  });

  it('answers If-None-Match with the 304 the full path gives', async () => {
    await start();
    const first = await send('/api/pledges?limit=3');
    const etag = first.headers.etag as string;
    const atDoor = await sendCounted('/api/pledges?limit=3', { 'If-None-Match': etag });
    expect(atDoor).toMatchObject({ atDoor: true, reply: { status: 304 } });
    // An unrelated cookie sends the same reader down the full path.
    const full = await sendCounted('/api/pledges?limit=3', { 'If-None-Match': etag, Cookie: 'theme=dark' });
    expect(full).toMatchObject({ atDoor: false, reply: { status: 304 } });
    // Neither names a type: a cache would take it for the kept answer's (RFC 9111 4.3.4).
    expect(full.reply.headers['content-type']).toBeUndefined();
    expect(comparable(atDoor.reply.headers)).toEqual(comparable(full.reply.headers));
    expect(atDoor.reply.body.length).toBe(0);
  });

  it('sends a kept answer compressed to a reader who takes gzip, once it has been compressed', async () => {
    await start();
    const path = '/api/pledges?limit=50';
    const plain = await send(path);
    expect(plain.body.length).toBeGreaterThan(1024);
    const gzipped = { 'Accept-Encoding': 'gzip, deflate, br' };
    // The first reader who takes gzip gets the answer as it is, and has it compressed.
    expect((await sendCounted(path, gzipped)).reply.headers['content-encoding']).toBeUndefined();
    let compressed: Reply | undefined;
    for (let i = 0; i < 100 && !compressed?.headers['content-encoding']; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      compressed = (await sendCounted(path, gzipped)).reply;
    }
    expect(compressed!.headers).toMatchObject({
      'content-encoding': 'gzip',
      etag: (plain.headers.etag as string).replace(/"$/, '.gzip"'),
      vary: 'Cookie, Authorization, Accept-Encoding',
    });
    expect(Number(compressed!.headers['content-length'])).toBe(compressed!.body.length);
    expect(compressed!.body.length).toBeLessThan(plain.body.length / 2);
    expect(gunzipSync(compressed!.body).equals(plain.body)).toBe(true);
    // Its ETag is the same answer's: 304 at the door and on the full path alike.
    const etag = compressed!.headers.etag as string;
    expect(await sendCounted(path, { ...gzipped, 'If-None-Match': etag })).toMatchObject({
      atDoor: true,
      reply: { status: 304, headers: { etag } },
    });
    expect(await sendCounted(path, { 'If-None-Match': etag, Cookie: 'theme=dark' })).toMatchObject({
      atDoor: false,
      reply: { status: 304, headers: { etag } },
    });
    // Who does not take gzip still gets the answer as it is.
    for (const encoding of ['identity', 'gzip;q=0, *', '']) {
      const reply = await send(path, encoding ? { 'Accept-Encoding': encoding } : {});
      expect(reply.headers['content-encoding'], encoding).toBeUndefined();
      expect(reply.body.equals(plain.body)).toBe(true);
    }
  });

  it('leaves to the full path what it may not answer', async () => {
    await start();
    const path = '/api/pledges?limit=3';
    await send(path);
    expect((await sendCounted(path, {}, 'HEAD')).atDoor).toBe(false);
    expect((await sendCounted(path, { Authorization: 'Bearer nonsense' })).reply.status).toBe(401);
    expect((await sendCounted(path, { Cookie: 'pt_session=nonsense' })).atDoor).toBe(false);
    const stranger = await sendCounted(path, { Host: 'evil.example' });
    expect(stranger).toMatchObject({ atDoor: false, reply: { status: 400 } });
    // Not a public read: the session, a page.
    expect((await sendCounted('/api/session')).atDoor).toBe(false);
    expect((await sendCounted('/api/session')).atDoor).toBe(false);
    expect((await sendCounted(path)).atDoor).toBe(true);
  });

  it('serves nothing once the tracker is private, and the record again once it is public', async () => {
    await start();
    const path = '/api/pledges?limit=3';
    await send(path);
    expect((await sendCounted(path)).atDoor).toBe(true);
    const before = await store.dataVersion();
    await running.accounts.setVisibility('private');
    // Who may read is part of what the data version names.
    expect(await store.dataVersion()).toBeGreaterThan(before);
    for (let i = 0; i < 2; i++)
      expect(await sendCounted(path)).toMatchObject({ atDoor: false, reply: { status: 401 } });
    // Even an answer kept under the current version (an anonymous read let in as the tracker
    // turned private could have built one) is not given while the tracker is private.
    const { cacheKey } = answerKeyOf(
      new URL(`http://127.0.0.1:${port}${path}`),
      publicReadOf('/api/pledges')!,
      await store.dataVersion(),
      await store.clockInterval(NOW),
      NOW,
    );
    running.answers.set(
      cacheKey,
      { body: new TextEncoder().encode('{"items":[]}'), headers: {} },
      await store.dataVersion(),
    );
    expect(await sendCounted(path)).toMatchObject({ atDoor: false, reply: { status: 401 } });
    await running.accounts.setVisibility('public');
    expect(await sendCounted(path)).toMatchObject({ atDoor: false, reply: { status: 200 } });
    expect(await sendCounted(path)).toMatchObject({ atDoor: true, reply: { status: 200 } });
  });

  it('gives a new answer after a write', async () => {
    await start();
    const id = await firstPledgeId();
    const path = `/api/pledges/${id}`;
    const old = await send(path);
    const record = (await store.get(id))!;
    const next = { ...record, tags: ['after-the-write'], version: record.version + 1 };
    const event = { pledgeId: id, at: next.updatedAt, actor: 'Test', version: next.version, kind: 'updated' as const };
    expect(
      (await store.update(id, record.version, next, { ...event, changes: diffPledges(record, next) })).status,
    ).toBe('ok');
    const fresh = await sendCounted(path);
    expect(fresh.atDoor).toBe(false);
    expect(fresh.reply.body.toString()).toContain('after-the-write');
    expect(fresh.reply.headers.etag).not.toBe(old.headers.etag);
  });

  it('counts each anonymous read once against the read limit', async () => {
    await start({ readsPerMinute: 3, trustProxy: true });
    const path = '/api/pledges?limit=3';
    const from = (address: string) => ({ 'X-Forwarded-For': address });
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await sendCounted(path, from('203.0.113.9')));
    expect(answers.map((a) => [a.atDoor, a.reply.status])).toEqual([
      [false, 200],
      [true, 200],
      [true, 200],
      [false, 429],
    ]);
    expect(answers[3]!.reply.headers['retry-after']).toBeDefined();
    expect(await sendCounted(path, from('203.0.113.10'))).toMatchObject({ atDoor: true, reply: { status: 200 } });
  });

  it('answers reads addressed to PUBLIC_URL as the full path does, HSTS included', async () => {
    await start({ publicUrl: 'https://pledges.example.org' });
    const path = '/api/pledges.atom';
    const headers = { Host: 'pledges.example.org' };
    const built = await sendCounted(path, headers);
    const kept = await sendCounted(path, headers);
    expect([built.atDoor, kept.atDoor]).toEqual([false, true]);
    expect(comparable(kept.reply.headers)).toEqual(comparable(built.reply.headers));
    expect(kept.reply.headers['strict-transport-security']).toMatch(/max-age/);
    expect(kept.reply.body.toString()).toContain('https://pledges.example.org/');
    // Loopback names are still answered, addressed to PUBLIC_URL: the same answer.
    expect((await sendCounted(path)).atDoor).toBe(true);
  });
});

describe('takesGzip', () => {
  it('reads Accept-Encoding as RFC 9110 has it', () => {
    const cases: [string | undefined, boolean][] = [
      [undefined, false],
      ['', false],
      ['gzip', true],
      ['GZIP', true],
      ['deflate, gzip;q=0.5', true],
      ['br, gzip;q=0', false],
      ['x-gzip', true],
      ['*', true],
      ['*;q=0', false],
      ['gzip;q=0, *', false],
      ['identity', false],
      ['br', false],
    ];
    for (const [header, takes] of cases) expect(takesGzip(header), String(header)).toBe(takes);
  });
});
