// Liveness and readiness: a load balancer keeps an instance in rotation while /api/ready says 200.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorBodySchema, readyResponseSchema } from '@shared/contract';
import { openTestApi, type TestApi } from '../testing/apiHarness';
import type { PledgeStore } from '../store/types';
import { READY_TIMEOUT_MS } from './routes/health';

/** The store with `isEmpty` (what readiness asks) replaced. */
function withIsEmpty(isEmpty: () => Promise<boolean>) {
  return (store: PledgeStore): PledgeStore =>
    new Proxy(store, { get: (target, key) => (key === 'isEmpty' ? isEmpty : Reflect.get(target, key, target)) });
}

describe('readiness', () => {
  let api: TestApi | undefined;
  afterEach(async () => {
    vi.useRealTimers();
    await api?.close();
    api = undefined;
  });

  it('is ready when the database answers, and says which store', async () => {
    api = await openTestApi();
    const res = await api.call('GET', '/api/ready');
    expect(res.status).toBe(200);
    expect(readyResponseSchema.parse(res.body)).toEqual({ status: 'ready', store: 'sqlite' });
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('answers 503 in the one error shape once the server is shutting down, while liveness stays 200', async () => {
    let stopping = false;
    api = await openTestApi({ isStopping: () => stopping });
    expect((await api.call('GET', '/api/ready')).status).toBe(200);
    stopping = true;
    const res = await api.call('GET', '/api/ready');
    expect(res.status).toBe(503);
    expect(errorBodySchema.parse(res.body).error).toEqual({
      code: 'unavailable',
      message: 'This instance is shutting down.',
    });
    expect((await api.call('GET', '/api/health')).status).toBe(200);
  });

  it('answers 503 when the database fails', async () => {
    api = await openTestApi({ wrap: withIsEmpty(() => Promise.reject(new Error('SQLITE_IOERR: disk I/O error'))) });
    const res = await api.call('GET', '/api/ready');
    expect(res.status).toBe(503);
    expect(errorBodySchema.parse(res.body).error.message).toBe(
      'The database does not answer: SQLITE_IOERR: disk I/O error',
    );
  });

  it('answers 503 when the database does not answer in time', async () => {
    api = await openTestApi({ wrap: withIsEmpty(() => new Promise<boolean>(() => {})) });
    vi.useFakeTimers();
    const pending = api.call('GET', '/api/ready');
    await vi.advanceTimersByTimeAsync(READY_TIMEOUT_MS);
    const res = await pending;
    expect(res.status).toBe(503);
    expect(errorBodySchema.parse(res.body).error.message).toMatch(/does not answer: no answer within 2000 ms/);
  });
});
