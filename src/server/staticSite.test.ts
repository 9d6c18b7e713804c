import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '@shared/contract';
import { createDescriber } from './preview/describe';
import { pageValidator, PUBLIC_PAGE_CACHE_CONTROL } from './preview/pageValidator';
import { staticSite } from './staticSite';
import { openTestApi, TEST_NOW } from './testing/apiHarness';

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

describe('staticSite link previews', () => {
  const dist = join(dir, 'dist-previews');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(
    join(dist, 'index.html'),
    '<!doctype html>\n<html lang="en">\n  <head>\n    <meta charset="UTF-8" />\n    <meta name="description" content="Generic." />\n    <title>Pledge Tracker</title>\n  </head>\n  <body><div id="root"></div><script type="module" src="/assets/app-abc123.js"></script></body>\n</html>\n',
  );
  writeFileSync(join(dist, 'assets', 'app-abc123.js'), 'console.log("<title>app</title>")');
  let api: Awaited<ReturnType<typeof openTestApi>>;
  let app: ReturnType<typeof staticSite>['app'];
  beforeAll(async () => {
    api = await openTestApi();
    app = staticSite(dist, { describe: createDescriber({ store: api.store, now: () => TEST_NOW }) }).app;
  });
  afterAll(() => api.close());

  const meta = (html: string, key: string) => {
    const m = new RegExp(`<meta (?:property|name)="${key.replace('.', '\\.')}" content="([^"]*)" />`).exec(html);
    return m?.[1];
  };
  const page = async (path: string) => {
    const res = await app.request(`http://tracker.test${path}`);
    expect(res.status, path).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/text\/html/);
    expect(res.headers.get('Cache-Control')).toBe('no-cache');
    return res.text();
  };

  it('describes a view: title, Open Graph and Twitter tags, absolute og:url', async () => {
    const total = (await api.call<{ total: number }>('GET', '/api/pledges?state=overdue&party=united-states&limit=1'))
      .body.total;
    const title = `${total} overdue pledge${total === 1 ? '' : 's'} · party: United States · Pledge Tracker`;
    const html = await page('/?state=overdue&party=united-states');
    expect(html).toContain(`<title>${title}</title>`);
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html.match(/name="description"/g)).toHaveLength(1);
    expect(meta(html, 'og:title')).toBe(title);
    expect(meta(html, 'twitter:title')).toBe(title);
    expect(meta(html, 'og:description')).toMatch(/^\d+ overdue pledges?, party: United States\./);
    expect(meta(html, 'description')).toBe(meta(html, 'og:description'));
    expect(meta(html, 'og:type')).toBe('website');
    expect(meta(html, 'og:site_name')).toBe('Pledge Tracker');
    expect(meta(html, 'twitter:card')).toBe('summary');
    expect(meta(html, 'og:url')).toBe('http://tracker.test/?state=overdue&amp;party=united-states');
    expect(html).toContain('<div id="root"></div><script type="module" src="/assets/app-abc123.js"></script>');
    expect((await page('/')).includes('<title>All pledges · Pledge Tracker</title>')).toBe(true);
    expect(await page('/index.html')).toContain('<title>All pledges · Pledge Tracker</title>');
  });

  it('describes a pledge by its title and deadline; an unknown pledge gets the generic page', async () => {
    const html = await page('/pledges/security-guarantees-in-writing');
    expect(meta(html, 'og:title')).toBe(
      'Put the security guarantees for Ukraine in writing — due 25–28 Aug 2025, overdue',
    );
    expect(meta(html, 'og:url')).toBe('http://tracker.test/pledges/security-guarantees-in-writing');
    const unknown = await page('/pledges/no-such-pledge');
    expect(unknown).toContain('<title>Pledge Tracker</title>');
    expect(meta(unknown, 'og:title')).toBe('Pledge Tracker');
  });

  it('describes a link in its language: <html lang>, og:locale and the words, for a view and a pledge', async () => {
    const total = (await api.call<{ total: number }>('GET', '/api/pledges?state=overdue&limit=1')).body.total;
    const forms = new Intl.PluralRules('uk').select(total);
    const noun = ({ one: 'обіцянка', few: 'обіцянки', many: 'обіцянок', other: 'обіцянки' } as Record<string, string>)[
      forms
    ];
    const view = await page('/?state=overdue&lang=uk');
    expect(view).toMatch(/<html lang="uk">/);
    expect(meta(view, 'og:locale')).toBe('uk_UA');
    expect(meta(view, 'og:site_name')).toBe('Трекер обіцянок');
    expect(meta(view, 'og:title')).toBe(`${total} ${noun} (прострочена) · Трекер обіцянок`);
    const pledge = await page('/pledges/security-guarantees-in-writing?lang=uk');
    expect(meta(pledge, 'og:title')).toBe(
      'Закріпити гарантії безпеки для України на папері — до 25–28 серп. 2025, прострочена',
    );
    expect(meta(pledge, 'og:description')).toMatch(/^Прострочена на \d+ д.+\. Пообіцяли: .+\. Вердикт: Відкрита\.$/);
    // English stays English, and a language the tracker does not speak falls back to it.
    for (const path of ['/pledges/security-guarantees-in-writing', '/pledges/security-guarantees-in-writing?lang=fr']) {
      const english = await page(path);
      expect(english).toMatch(/<html lang="en">/);
      expect(meta(english, 'og:locale')).toBe('en_GB');
    }
    expect(await page('/pledges/no-such-pledge?lang=uk')).toContain('<title>Трекер обіцянок</title>');
  });

  it('escapes a hostile title and URL so that they stay inert', async () => {
    const created = await api.call<{ id: string }>('POST', '/api/pledges', {
      body: {
        title: `"><script>alert(1)</script>&'`,
        quote: 'q',
        pledgers: ['united-states'],
        beneficiaries: ['ukraine'],
        announcedOn: '2025-08-20',
        timeZone: 'Europe/Kyiv',
        deadline: { latest: '2025-11-30', text: 'this autumn' },
      },
    });
    expect(created.status).toBe(201);
    const html = await page(`/pledges/${created.body.id}?x="><script>alert(2)</script>`);
    expect(html).not.toContain('<script>alert');
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain(
      '<title>&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;&#39; — due by 30 Nov 2025, due</title>',
    );
    expect(meta(html, 'og:title')).toBe(
      '&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;&#39; — due by 30 Nov 2025, due',
    );
    const view = await page(`/?q=${encodeURIComponent('"><script>alert(3)</script>')}`);
    expect(view).not.toContain('<script>alert');
    expect(meta(view, 'og:title')).toMatch(/matching “&quot;&gt;&lt;script&gt;alert\(3\)&lt;\/script&gt;”/);
  });

  it('leaves static assets and missing files alone', async () => {
    const res = await app.request('/assets/app-abc123.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/javascript/);
    expect(await res.text()).toBe('console.log("<title>app</title>")');
    expect((await app.request('/assets/gone-123.js')).status).toBe(404);
    expect((await app.request('/favicon.ico')).status).toBe(404);
  });

  it('serves the generic page when describing fails', async () => {
    const errors: unknown[] = [];
    const failing = staticSite(dist, {
      describe: () => Promise.reject(new Error('db down')),
      logError: (e) => errors.push(e),
    }).app;
    const res = await failing.request('/?state=overdue');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>Pledge Tracker</title>');
    expect(errors).toHaveLength(1);
  });
});

describe('staticSite page validators', () => {
  const dist = join(dir, 'dist-validators');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  // Long enough to be compressed.
  writeFileSync(
    join(dist, 'index.html'),
    `<!doctype html>\n<html lang="en"><head><title>Pledge Tracker</title></head><body>${'<p>filler</p>'.repeat(200)}</body></html>\n`,
  );
  let api: Awaited<ReturnType<typeof openTestApi>>;
  let app: ReturnType<typeof staticSite>['app'];
  let visibility: 'public' | 'private' = 'public';
  beforeAll(async () => {
    api = await openTestApi();
    const now = () => TEST_NOW;
    app = staticSite(dist, {
      describe: createDescriber({ store: api.store, now }),
      validate: pageValidator({ store: api.store, now, visibility: () => Promise.resolve(visibility) }),
    }).app;
  });
  afterAll(() => api.close());

  const get = (path: string, headers: Record<string, string> = {}) =>
    app.request(`http://tracker.test${path}`, { headers });

  it('gives a link-preview page a strong ETag, per encoding, and a 304 for it until the data changes', async () => {
    const path = '/pledges/security-guarantees-in-writing';
    const plain = await get(path);
    const etag = plain.headers.get('ETag')!;
    expect(etag).toMatch(/^"[0-9a-z]+"$/);
    expect(plain.headers.get('Cache-Control')).toBe(PUBLIC_PAGE_CACHE_CONTROL);
    await plain.text();
    const zipped = await get(path, { 'Accept-Encoding': 'gzip' });
    expect(zipped.headers.get('Content-Encoding')).toBe('gzip');
    expect(zipped.headers.get('ETag')).toBe(`${etag.slice(0, -1)}.gzip"`);
    await zipped.arrayBuffer();

    for (const [held, encoding] of [
      [etag, ''],
      [zipped.headers.get('ETag')!, 'gzip'],
    ] as const) {
      const again = await get(path, { 'If-None-Match': held, ...(encoding ? { 'Accept-Encoding': encoding } : {}) });
      expect(again.status).toBe(304);
      expect(again.headers.get('ETag')).toBe(held);
    }

    const current = (await api.call<{ version: number }>('GET', `/api/pledges/security-guarantees-in-writing`)).body;
    const renamed = await api.call('PATCH', '/api/pledges/security-guarantees-in-writing', {
      body: { title: 'Renamed for the preview' },
      headers: { 'If-Match': `"${current.version}"` },
    });
    expect(renamed.status).toBe(200);
    const fresh = await get(path, { 'If-None-Match': etag });
    expect(fresh.status).toBe(200);
    expect(await fresh.text()).toContain('Renamed for the preview');
  });

  it('keeps pages of signed-in visitors and of a private tracker out of shared caches', async () => {
    const signedIn = await get('/', { Cookie: `${SESSION_COOKIE}=abc` });
    expect(signedIn.headers.get('Cache-Control')).toBe('no-cache');
    await signedIn.text();
    const before = (await get('/')).headers.get('ETag');
    visibility = 'private';
    try {
      const closed = await get('/');
      expect(closed.headers.get('Cache-Control')).toBe('no-cache');
      expect(closed.headers.get('ETag')).not.toBe(before);
      await closed.text();
    } finally {
      visibility = 'public';
    }
  });
});
