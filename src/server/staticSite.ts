// Serves the built SPA (dist/) beside the API on one port: hashed assets with a long cache,
// other files revalidated, and index.html for every other GET so that deep links work, with the
// page's title and link-preview tags (docs/decisions/0012-link-previews.md).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { API_PATHS } from '@shared/contract';
import { languageOf, translatorFor } from './i18n';
import { genericPage, type PageDescription } from './preview/describe';
import { answerToken } from './api/answers/validators';
import { pageTemplate } from './preview/html';
import type { PageValidation } from './preview/pageValidator';

/** The tag of If-None-Match naming this page's token, in whatever encoding it was sent, or null. */
function pageTagMatching(ifNoneMatch: string | undefined, token: string): string | null {
  for (const raw of (ifNoneMatch ?? '').split(',')) {
    const tag = raw.trim().replace(/^W\//, '');
    const m = /^"([0-9a-z]+)(?:\.(?:gzip|deflate))?"$/.exec(tag);
    if (m?.[1] === token) return tag;
  }
  return null;
}

const NOT_BUILT = `<!doctype html>
<html lang="en"><meta charset="utf-8"><title>Pledge Tracker: not built</title>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; line-height: 1.5">
<h1>The web app has not been built</h1>
<p>The API is running (try <a href="${API_PATHS.health}">${API_PATHS.health}</a>), but there is no <code>dist/</code> folder to serve the pages from.
Run <code>npm run build</code> and reload, or start with <code>npm start</code>, which builds first.</p>
</body></html>`;

export interface StaticSiteOptions {
  /** The title and description of the page at a URL (the generic ones when absent or failing). */
  describe?: (url: URL) => Promise<PageDescription>;
  /** What a page is built from and how long it may be kept (preview/pageValidator.ts): ETags and 304s. */
  validate?: (url: URL, request: Request) => Promise<PageValidation>;
  logError?: (error: unknown) => void;
}

export function staticSite(
  distDir: string,
  { describe, validate, logError = (error) => console.error(error) }: StaticSiteOptions = {},
): { app: Hono; built: boolean } {
  const app = new Hono();
  if (!existsSync(join(distDir, 'index.html'))) {
    app.get('*', (c) => c.html(NOT_BUILT, 503, { 'Cache-Control': 'no-store' }));
    return { app, built: false };
  }
  // Compression weakens an ETag (W/"…"): one per encoding keeps it strong, the encoding named in
  // it ("<token>.gzip"). Runs after compress, on the way out.
  app.use('*', async (c, next) => {
    await next();
    const encoding = c.res.headers.get('Content-Encoding');
    const etag = /^W\/"([0-9a-z]+)"$/.exec(c.res.headers.get('ETag') ?? '');
    if (encoding && etag) c.res.headers.set('ETag', `"${etag[1]}.${encoding}"`);
  });
  app.use('*', compress());
  // Vite puts content-hashed files under assets/: a new build means new names, so cache forever.
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.ok) c.res.headers.set('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.use('/assets/*', serveStatic({ root: distDir }));
  app.use('*', async (c, next) => {
    await next();
    if (c.res.ok && !c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-cache');
  });
  // Pages (no file extension, or index.html itself) are the cached template with their own tags.
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const template = pageTemplate(html);
  app.get('*', async (c, next) => {
    const path = c.req.path;
    if (path.startsWith('/assets/') || (/\.[a-z0-9]+$/i.test(path) && path !== '/index.html')) return next();
    const url = new URL(c.req.url);
    let validation: { etag: string; token: string; cacheControl: string } | undefined;
    if (validate) {
      try {
        const { parts, cacheControl } = await validate(url, c.req.raw);
        const token = answerToken([html, ...parts]);
        validation = { etag: `"${token}"`, token, cacheControl };
      } catch (error) {
        logError(error);
      }
    }
    // The tag the client holds names this page in its encoding: still its representation.
    const held = validation && pageTagMatching(c.req.header('if-none-match'), validation.token);
    if (validation && held) return c.body(null, 304, { ETag: held, 'Cache-Control': validation.cacheControl });
    let page = genericPage(translatorFor(languageOf(url)));
    if (describe) {
      try {
        page = await describe(url);
      } catch (error) {
        logError(error);
      }
    }
    return c.html(
      template.render(page, url.href),
      200,
      validation ? { ETag: validation.etag, 'Cache-Control': validation.cacheControl } : {},
    );
  });
  app.use('*', serveStatic({ root: distDir }));
  // A missing file (anything with an extension, or under assets/) is a 404, not the app's page:
  // a browser asking for a script must not be handed HTML.
  app.get('*', async (c, next) => {
    const path = c.req.path;
    if (path.startsWith('/assets/') || /\.[a-z0-9]+$/i.test(path)) return c.text('Not found', 404);
    return next();
  });
  return { app, built: true };
}
