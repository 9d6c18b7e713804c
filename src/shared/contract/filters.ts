// The filter language shared by page URLs and GET /api/pledges: one table (filter-table.ts), one
// parser, one serializer, so a page's URL and its API call always describe the same view.
import { z } from 'zod';
import { pledgeSchema } from './pledge';

export * from './filter-table';
export * from './filter-parse';
export * from './filter-serialize';
export * from './filter-openapi';

export const pledgePageSchema = /* @__PURE__ */ z
  .object({
    items: z.array(pledgeSchema),
    nextCursor: z.string().nullable(),
    total: z.number().int().min(0),
  })
  .meta({ id: 'PledgePage' });
export type PledgePage = z.infer<typeof pledgePageSchema>;
