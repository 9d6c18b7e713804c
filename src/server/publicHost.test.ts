// A forged Host header cannot put another site's address into the server's answers: an unknown
// Host is refused with 400, and with PUBLIC_URL set every link is built from it.
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PATHS } from '@shared/contract';
import { isAllowedHost } from './publicHost';
import { serverFetch } from './securityHeaders';
import { openAccountsApi, type AccountsApi } from './testing/accountsHarness';

const echo = { fetch: (request: Request) => Response.json({ url: request.url }) };

describe('the hosts the server answers to', () => {
  it('are loopback names, and PUBLIC_URL’s host when it is set', () => {
    for (const host of ['localhost', 'localhost:3000', '127.0.0.1', '127.0.0.1:4310', '[::1]:3000', 'LOCALHOST:1'])
      expect(isAllowedHost(host, { trustProxy: false }), host).toBe(true);
    for (const host of [
      'evil.example',
      'evil.example:3000',
      '10.0.0.5:3000',
      'localhost.evil.example',
      '127.0.0.1.evil',
    ])
      expect(isAllowedHost(host, { trustProxy: false }), host).toBe(false);
    const options = { trustProxy: false, publicUrl: 'https://pledges.example.org' };
    expect(isAllowedHost('pledges.example.org', options)).toBe(true);
    expect(isAllowedHost('PLEDGES.example.org', options)).toBe(true);
    expect(isAllowedHost('pledges.example.org:8443', options)).toBe(false);
    expect(isAllowedHost('evil.example', options)).toBe(false);
  });

  it('refuses any other Host with 400 in the one error shape, before any route runs', async () => {
    let reached = false;
    const api = { fetch: () => ((reached = true), new Response('no')) };
    const fetchIt = serverFetch(api, api, { trustProxy: false });
    for (const url of ['http://evil.example/api/pledges.ics', 'http://evil.example/pledges/x']) {
      const res = await fetchIt(new Request(url));
      expect(res.status).toBe(400);
      expect(res.headers.get('Cache-Control')).toBe('no-store');
      expect(res.headers.get('Content-Security-Policy')).toBeTruthy();
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('invalid_input');
      expect(body.error.message).toMatch(/set PUBLIC_URL/);
    }
    expect(reached).toBe(false);
  });

  it('checks X-Forwarded-Host too, behind a trusted proxy only', async () => {
    const forged = () =>
      new Request('http://127.0.0.1:3000/api/x', { headers: { 'X-Forwarded-Host': 'evil.example' } });
    const behindProxy = serverFetch(echo, echo, { trustProxy: true, publicUrl: 'https://pledges.example.org' });
    expect((await behindProxy(forged())).status).toBe(400);
    const direct = serverFetch(echo, echo, { trustProxy: false });
    expect((await direct(forged())).status).toBe(200);
  });

  it('hands reads on as addressed to PUBLIC_URL, writes as they came', async () => {
    const fetchIt = serverFetch(echo, echo, { trustProxy: false, publicUrl: 'https://pledges.example.org' });
    const read = await fetchIt(new Request('http://127.0.0.1:3000/api/pledges.atom?state=overdue'));
    expect(((await read.json()) as { url: string }).url).toBe(
      'https://pledges.example.org/api/pledges.atom?state=overdue',
    );
    const page = await fetchIt(new Request('http://127.0.0.1:3000/pledges/x'));
    expect(((await page.json()) as { url: string }).url).toBe('https://pledges.example.org/pledges/x');
    const write = await fetchIt(new Request('http://127.0.0.1:3000/api/views', { method: 'POST', body: '{}' }));
    expect(((await write.json()) as { url: string }).url).toBe('http://127.0.0.1:3000/api/views');
  });
});

describe('links in feeds', () => {
  let api: AccountsApi;
  beforeAll(async () => {
    api = await openAccountsApi();
  });
  afterAll(() => api.close());
  const site = new Hono();

  it('point to PUBLIC_URL whatever Host the request came with', async () => {
    const fetchIt = serverFetch(api.app, site, { trustProxy: false, publicUrl: 'https://pledges.example.org' });
    const atom = await (await fetchIt(new Request(`http://localhost:3000${API_PATHS.pledgesAtom}`))).text();
    expect(atom).toContain('https://pledges.example.org/');
    expect(atom).not.toContain('localhost');
    const forged = await fetchIt(new Request(`http://evil.example${API_PATHS.pledgesIcs}`));
    expect(forged.status).toBe(400);
  });

  it('point to the loopback name asked for when PUBLIC_URL is not set, and never to a forged one', async () => {
    const fetchIt = serverFetch(api.app, site, { trustProxy: false });
    const csv = await (await fetchIt(new Request(`http://127.0.0.1:4310${API_PATHS.pledgesCsv}`))).text();
    expect(csv).toContain('http://127.0.0.1:4310/pledges/');
    expect((await fetchIt(new Request(`http://evil.example${API_PATHS.pledgesCsv}`))).status).toBe(400);
  });
});
