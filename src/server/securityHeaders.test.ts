// Every response, page or API, success or error, carries the security headers.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '@shared/contract';
import { CONTENT_SECURITY_POLICY, PERMISSIONS_POLICY, serverFetch } from './securityHeaders';

const api = new Hono()
  .get('/api/health', (c) => c.json({ ok: true }))
  .all('/api/*', (c) => c.json({ error: { code: 'not_found', message: 'No.' } }, 404));
const site = new Hono().get('*', (c) => c.html('<!doctype html><title>x</title>'));

describe('security headers', () => {
  const fetchIt = serverFetch(api, site, { trustProxy: false });

  it('are on pages, API answers and errors alike', async () => {
    for (const [path, status] of [
      ['/', 200],
      ['/pledges/x', 200],
      ['/api/health', 200],
      ['/api/nothing', 404],
    ] as const) {
      const res = await fetchIt(new Request(`http://127.0.0.1:3000${path}`));
      expect(res.status).toBe(status);
      expect(res.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(res.headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
      expect(res.headers.get('Strict-Transport-Security')).toBeNull();
    }
  });

  it('allow no inline or foreign script, and no framing', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]),
    );
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
  });

  it('add HSTS over HTTPS, and behind a proxy only when it is trusted', async () => {
    const direct = await fetchIt(new Request('https://pledges.example/'));
    expect(direct.headers.get('Strict-Transport-Security')).toBe('max-age=31536000; includeSubDomains');
    const forwarded = () => new Request('http://127.0.0.1:3000/', { headers: { 'X-Forwarded-Proto': 'https' } });
    expect((await fetchIt(forwarded())).headers.get('Strict-Transport-Security')).toBeNull();
    const behindProxy = serverFetch(api, site, { trustProxy: true });
    expect((await behindProxy(forwarded())).headers.get('Strict-Transport-Security')).toContain('max-age=');
  });
});

describe('headers against other sites and device features', () => {
  it('keep our answers from being loaded by other sites, and allow no device feature', async () => {
    const fetchIt = serverFetch(api, site, { trustProxy: false });
    for (const path of ['/', '/api/health', '/api/nothing']) {
      const res = await fetchIt(new Request(`http://127.0.0.1:3000${path}`));
      expect(res.headers.get('Cross-Origin-Resource-Policy')).toBe('same-origin');
      expect(res.headers.get('Permissions-Policy')).toBe(PERMISSIONS_POLICY);
    }
    expect(PERMISSIONS_POLICY).toContain('camera=()');
    expect(PERMISSIONS_POLICY).toContain('geolocation=()');
  });
});

describe('anonymous reads per address', () => {
  const address = (ip: string) => ({ incoming: { socket: { remoteAddress: ip } } });
  let nowMs = 0;
  const fetchIt = serverFetch(api, site, { trustProxy: false, readsPerMinute: 5, now: () => nowMs });
  const read = (ip: string, headers: Record<string, string> = {}) =>
    fetchIt(new Request('http://127.0.0.1:3000/api/health', { headers }), address(ip));

  it('answer 429 with Retry-After past the limit, to that address only, and recover', async () => {
    for (let i = 0; i < 5; i++) expect((await read('203.0.113.9')).status).toBe(200);
    const refused = await read('203.0.113.9');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('Retry-After')).toBe('12');
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
    expect(refused.headers.get('Content-Security-Policy')).toBeTruthy();
    expect((await read('203.0.113.10')).status).toBe(200);
    nowMs += 12_000;
    expect((await read('203.0.113.9')).status).toBe(200);
  });

  it('never limit loopback, a signed-in browser or a token', async () => {
    for (let i = 0; i < 20; i++) {
      expect((await read('127.0.0.1')).status).toBe(200);
      expect((await read('::1')).status).toBe(200);
      expect((await read('198.51.100.7', { Authorization: 'Bearer pt_x' })).status).toBe(200);
      expect((await read('198.51.100.8', { Cookie: `${SESSION_COOKIE}=abc` })).status).toBe(200);
    }
  });
});
