// Saved views: a named view (filters and order, as the canonical query string of the shared
// filter language) stored on the server, each with a short link /v/<slug>.
import { z } from 'zod';
import { parseFilters, serializeFilters } from './filters';
import { instantSchema, textSchema } from './primitives';

export const VIEW_NAME_MAX = 80;
/** The longest query a view keeps: far more than every filter at its limit needs. */
export const VIEW_QUERY_MAX = 2000;
/** Slug letters: lowercase and digits without the ones easily confused (0/o, 1/l/i). */
export const VIEW_SLUG_ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';
export const VIEW_SLUG_LENGTH = 7;

export const viewSlugSchema = /* @__PURE__ */ z
  .string()
  .regex(new RegExp(`^[${VIEW_SLUG_ALPHABET}]{4,16}$`), 'Not a saved view’s short name')
  .meta({ id: 'ViewSlug', example: 'k7m2xq9' });

export const viewNameSchema = /* @__PURE__ */ textSchema(VIEW_NAME_MAX)
  .min(1, 'Give the view a name')
  .refine((s) => !/[\r\n\t]/.test(s), 'A name is one line')
  .meta({ description: `1 to ${VIEW_NAME_MAX} characters`, example: 'Overdue guarantees' });

/** The problems of a view's query as the shared parser sees them; empty when it is a valid view. */
export function viewQueryProblems(query: string): string[] {
  if (query.startsWith('?')) return ['Leave out the leading "?"'];
  return parseFilters(new URLSearchParams(query)).problems.map((p) => p.message);
}

/** The canonical form of a valid view query (same filters, the serializer's order and spelling). */
export function canonicalViewQuery(query: string): string {
  return serializeFilters(parseFilters(new URLSearchParams(query)).filters).toString();
}

export const viewQuerySchema = /* @__PURE__ */ z
  .string()
  .max(VIEW_QUERY_MAX, `At most ${VIEW_QUERY_MAX} characters`)
  .superRefine((query, ctx) => {
    for (const message of viewQueryProblems(query)) ctx.addIssue({ code: 'custom', message });
  })
  .meta({
    description:
      'The view’s filters and order as a query string of GET /api/pledges (no "?"); stored in canonical form',
    example: 'state=overdue&party=united-states',
  });

export const savedViewSchema = /* @__PURE__ */ z
  .object({
    slug: viewSlugSchema,
    name: z.string(),
    query: z.string(),
    createdAt: instantSchema,
    updatedAt: instantSchema,
  })
  .meta({ id: 'SavedView' });
export type SavedView = z.infer<typeof savedViewSchema>;

export const newViewSchema = /* @__PURE__ */ z
  .strictObject({ name: viewNameSchema, query: viewQuerySchema })
  .meta({ id: 'NewView' });
export type NewView = z.input<typeof newViewSchema>;

export const viewPatchSchema = /* @__PURE__ */ z.strictObject({ name: viewNameSchema }).meta({ id: 'ViewPatch' });
export type ViewPatch = z.input<typeof viewPatchSchema>;

export const viewsResponseSchema = /* @__PURE__ */ z
  .object({ items: z.array(savedViewSchema) })
  .meta({ id: 'SavedViews' });

/** A fresh random slug (Web Crypto: the same in Node and in the browser). */
export function newViewSlug(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(VIEW_SLUG_LENGTH));
  return Array.from(bytes, (b) => VIEW_SLUG_ALPHABET[b % VIEW_SLUG_ALPHABET.length]).join('');
}
