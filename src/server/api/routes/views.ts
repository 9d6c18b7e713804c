// Saved views (0011): a named view under a short slug. The query is checked with the shared
// filter parser (any problem is refused) and stored in its canonical form.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  API_PATHS,
  canonicalViewQuery,
  newViewSchema,
  newViewSlug,
  savedViewSchema,
  viewPatchSchema,
  viewSlugSchema,
  viewsResponseSchema,
  type SavedView,
} from '@shared/contract';
import { jsonAnswer, jsonBody, writeHeadersSchema } from '../docs';
import { endpoint } from '../endpoint';
import type { ApiDeps, ApiEnv } from '../env';
import { ApiError, notFound } from '../errors';

/** Any text is accepted here so that a slug that cannot exist is a 404 about views, not pledges. */
const viewParamsSchema = z.object({
  slug: z.string().meta({ description: 'The view’s short name, as in /v/<slug>', example: 'k7m2xq9' }),
});

const NO_VIEW = 'No saved view has this short link; it may have been deleted.';

/** Tries this many fresh slugs before giving up (a clash among 31^7 is already rare). */
const SLUG_ATTEMPTS = 8;

const listRoute = endpoint('views', 'GET', {
  summary: 'Every saved view, oldest first',
  responses: { 200: jsonAnswer('The saved views', viewsResponseSchema) },
});

const getRoute = endpoint('view', 'GET', {
  summary: 'One saved view (what the short link /v/<slug> opens)',
  request: { params: viewParamsSchema },
  responses: { 200: jsonAnswer('The view', savedViewSchema) },
  errors: ['not_found'],
});

const createViewRoute = endpoint('views', 'POST', {
  summary: 'Save a view under a name; it gets a short slug',
  description:
    'The query is a query string of GET /api/pledges (filters and sort, no paging); any parameter the filter parser refuses is a 400. It is stored in canonical form.',
  request: { headers: writeHeadersSchema, ...jsonBody(newViewSchema) },
  responses: { 201: jsonAnswer('Created; Location names it', savedViewSchema) },
});

const renameRoute = endpoint('view', 'PATCH', {
  summary: 'Rename a saved view',
  request: { params: viewParamsSchema, headers: writeHeadersSchema, ...jsonBody(viewPatchSchema) },
  responses: { 200: jsonAnswer('The renamed view', savedViewSchema) },
  errors: ['not_found'],
});

const deleteRoute = endpoint('view', 'DELETE', {
  summary: 'Delete a saved view; its short link stops working',
  request: { params: viewParamsSchema },
  responses: { 204: { description: 'Deleted' } },
  errors: ['not_found'],
});

const knownSlug = (slug: string) => viewSlugSchema.safeParse(slug).success;

export function registerViews(app: OpenAPIHono<ApiEnv>, { store, now }: ApiDeps): void {
  app.openapi(listRoute, async (c) => c.json({ items: await store.listViews() }, 200));

  app.openapi(getRoute, async (c) => {
    const { slug } = c.req.valid('param');
    const view = knownSlug(slug) ? await store.getView(slug) : null;
    if (!view) throw notFound(NO_VIEW);
    return c.json(view, 200);
  });

  app.openapi(createViewRoute, async (c) => {
    const input = c.req.valid('json');
    const at = new Date(now()).toISOString();
    for (let attempt = 0; attempt < SLUG_ATTEMPTS; attempt++) {
      const view: SavedView = {
        slug: newViewSlug(),
        name: input.name,
        query: canonicalViewQuery(input.query),
        createdAt: at,
        updatedAt: at,
      };
      if ((await store.createView(view)).status === 'ok') {
        c.header('Location', API_PATHS.view(view.slug));
        return c.json(view, 201);
      }
    }
    throw new ApiError('internal', 'No free short link was found; please try again.');
  });

  app.openapi(renameRoute, async (c) => {
    const { slug } = c.req.valid('param');
    const { name } = c.req.valid('json');
    const view = knownSlug(slug) ? await store.renameView(slug, name, new Date(now()).toISOString()) : null;
    if (!view) throw notFound(NO_VIEW);
    return c.json(view, 200);
  });

  app.openapi(deleteRoute, async (c) => {
    const { slug } = c.req.valid('param');
    if (!knownSlug(slug) || !(await store.deleteView(slug))) throw notFound(NO_VIEW);
    return c.body(null, 204);
  });
}
