// A client that hangs up mid-upload is not a server error: nothing is written and nothing is
// logged, while a real failure still is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PATHS } from '@shared/contract';
import { NEW_PLEDGE, openAccountsApi, recordSnapshot, type AccountsApi, type Owner } from '../testing/accountsHarness';

describe('an upload cut off by the client', () => {
  const logged: unknown[] = [];
  let api: AccountsApi;
  let owner: Owner;
  let token: string;
  beforeAll(async () => {
    api = await openAccountsApi({ logError: (error) => logged.push(error) });
    owner = await api.bootstrapOwner();
    token = (await api.createToken(owner, 'read-write')).token;
  });
  afterAll(() => api.close());

  it('writes nothing and logs nothing', async () => {
    const before = await recordSnapshot(owner.browser);
    const hangUp = new AbortController();
    const half = JSON.stringify(NEW_PLEDGE).slice(0, 40);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(half));
        // The connection drops: Node aborts the request's signal and the body stream fails.
        hangUp.abort();
        controller.error(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
      },
    });
    const res = await api.app.request(API_PATHS.pledges, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Content-Length': '2000' },
      body,
      signal: hangUp.signal,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(400);
    expect(logged).toEqual([]);
    expect(await recordSnapshot(owner.browser)).toBe(before);
  });
});
