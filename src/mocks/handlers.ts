// One MSW handler for the whole API: every /api request goes to the same Hono app the Node
// server runs. Tests override single routes in front of it (mockServer.use(http.patch(...)))
// to inject a 500, a delay or a 412; everything else falls through to the real API logic.
import { http } from 'msw';
import { createMockBackend, type MockBackend } from './backend';

let backend: Promise<MockBackend> = createMockBackend();

/** Makes the handler answer from this backend from now on. */
export function useMockBackend(next: MockBackend | Promise<MockBackend>): Promise<MockBackend> {
  backend = Promise.resolve(next);
  return backend;
}

/**
 * The app's routes start at /api; a page served under a sub-path (a static demo at /demo/)
 * may call /demo/api/…, so the request is re-addressed to start at /api.
 */
function atApiRoot(request: Request): Request {
  const url = new URL(request.url);
  const at = url.pathname.indexOf('/api/');
  if (at <= 0) return request;
  url.pathname = url.pathname.slice(at);
  return new Request(url, request);
}

/**
 * Anything under /api/, at the root or under a sub-path, as the Node server answers it (unknown
 * API paths get the same JSON 404); never the dev server's source modules (/src/…,
 * /node_modules/…, /@vite/…), which may have "api" in their path too.
 */
export const API_URL = /^https?:\/\/[^/]+(?:\/(?!src\/|node_modules\/|@)[^/?#]+)*\/api\//;

const apiHandler = http.all(API_URL, async ({ request }) => {
  const { app } = await backend;
  return app.fetch(atApiRoot(request));
});

export const handlers = [apiHandler];
