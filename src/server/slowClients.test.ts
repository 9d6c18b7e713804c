// A client trickling its request is cut off, over a real loopback socket, with the limits the
// server starts with (scaled down here so the test is quick).
import { connect } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLOW_CLIENT_LIMITS } from './slowClients';

describe('slow clients', () => {
  let server: ServerType;
  let port = 0;
  beforeAll(async () => {
    await new Promise<void>((resolve) => {
      server = serve(
        {
          fetch: async (request) => new Response(`read ${(await request.text()).length} characters`),
          hostname: '127.0.0.1',
          port: 0,
          serverOptions: {
            ...SLOW_CLIENT_LIMITS,
            headersTimeout: 600,
            requestTimeout: 1_000,
            connectionsCheckingInterval: 100,
          },
        },
        (info) => {
          port = info.port;
          resolve();
        },
      );
    });
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** Sends `head`, then a byte every 100 ms; resolves with what the server answered and when it hung up. */
  function trickle(head: string): Promise<{ answer: string; closedAfterMs: number }> {
    return new Promise((resolve, reject) => {
      const started = Date.now();
      const socket = connect(port, '127.0.0.1', () => socket.write(head));
      let answer = '';
      const drip = setInterval(() => socket.writable && socket.write('x'), 100);
      socket.on('data', (chunk) => (answer += chunk.toString()));
      socket.on('close', () => {
        clearInterval(drip);
        resolve({ answer, closedAfterMs: Date.now() - started });
      });
      socket.on('error', reject);
      setTimeout(() => {
        clearInterval(drip);
        socket.destroy();
        reject(new Error('the server never hung up'));
      }, 5_000);
    });
  }

  it('cuts off a body that trickles in, with 408', async () => {
    const { answer, closedAfterMs } = await trickle(
      'POST /api/pledges HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n',
    );
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(closedAfterMs).toBeLessThan(2_500);
  });

  it('cuts off headers that trickle in', async () => {
    const { closedAfterMs } = await trickle('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
    expect(closedAfterMs).toBeLessThan(2_500);
  });

  it('starts the real server with limits of seconds, not minutes', () => {
    expect(SLOW_CLIENT_LIMITS.headersTimeout).toBeLessThanOrEqual(15_000);
    expect(SLOW_CLIENT_LIMITS.requestTimeout).toBeLessThanOrEqual(30_000);
  });
});
