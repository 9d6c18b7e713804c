// Every response, page or API, success or error, carries the security headers.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, serverFetch } from './securityHeaders';

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
