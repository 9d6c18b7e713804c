// The filter language as the OpenAPI document describes it: one query parameter per table entry,
// then the paging ones. Validation itself is the lenient parser's (filter-parse.ts); this only
// says what each parameter is.
import { z } from 'zod';
import {
  DEFAULT_LIMIT,
  FILTER_PARAMS,
  FILTER_TABLE,
  MAX_LIMIT,
  type FilterParam,
  type FilterTable,
} from './filter-table';

/** A parameter's schema: lists travel as comma-separated text, single values as their words. */
function paramSchema(param: FilterParam) {
  switch (param.kind) {
    case 'enum':
      return z.enum(param.values as [string, ...string[]]);
    case 'boolean':
      return z.enum(['true', 'false']);
    case 'text':
      return z.string().max(param.max);
    default:
      return z.string();
  }
}

type ParamSchemas = { [K in keyof FilterTable]: z.ZodOptional<ReturnType<typeof paramSchema>> };

function listQueryParams() {
  const filters = Object.fromEntries(
    FILTER_PARAMS.map((name) => {
      const param = FILTER_TABLE[name];
      return [name, paramSchema(param).optional().meta({ description: param.description })];
    }),
  ) as ParamSchemas;
  return z.object({
    ...filters,
    limit: z
      .string()
      .optional()
      .meta({ description: `Page size, 1 to ${MAX_LIMIT} (default ${DEFAULT_LIMIT})` }),
    cursor: z.string().optional().meta({ description: 'The nextCursor of the previous page' }),
  });
}

/**
 * For the OpenAPI document: the query parameters of GET /api/pledges. Marked pure so that the
 * browser's bundle, which never describes the API, leaves it out.
 */
export const listQueryParamsSchema = /* @__PURE__ */ listQueryParams();
