import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { staticSite } from './staticSite';

const dir = mkdtempSync(join(tmpdir(), 'pledge-dist-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('staticSite', () => {
  const dist = join(dir, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Pledge Tracker</title>');
  writeFileSync(join(dist, 'assets', 'app-abc123.js'), 'console.log("app")');
  writeFileSync(join(dist, 'mockServiceWorker.js'), '// worker');
  const { app, built } = staticSite(dist);

  it('serves hashed assets to be cached for good', async () => {
    expect(built).toBe(true);
    const res = await app.request('/assets/app-abc123.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/javascript/);
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(await res.text()).toBe('console.log("app")');
  });

  it('serves other files to be revalidated', async () => {
    const res = await app.request('/mockServiceWorker.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-cache');
  });

  it('answers deep links with the app page, so the client router can take over', async () => {
    for (const path of ['/', '/pledges/security-guarantees-in-writing', '/?state=overdue']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('Content-Type')).toMatch(/text\/html/);
      expect(res.headers.get('Cache-Control')).toBe('no-cache');
      expect(await res.text()).toContain('<title>Pledge Tracker</title>');
    }
  });

  it('answers 404 for a missing file rather than handing a script some HTML', async () => {
    expect((await app.request('/assets/gone-123.js')).status).toBe(404);
    expect((await app.request('/favicon.ico')).status).toBe(404);
  });

  it('explains what to do when the app has not been built', async () => {
    const missing = staticSite(join(dir, 'nowhere'));
    expect(missing.built).toBe(false);
    const res = await missing.app.request('/');
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('npm run build');
  });
});
