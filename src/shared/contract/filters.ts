// The filter language shared by page URLs and GET /api/pledges: one parser, one serializer,
// so a page's URL and its API call always describe the same view.
import { z } from 'zod';
import { DEADLINE_STATES, VERDICTS, pledgeSchema, type DeadlineState, type Verdict } from './pledge';
import { slugSchema } from './primitives';

export const SORTS = [
  'status',
  'deadline',
  '-deadline',
  'announced',
  '-announced',
  'updated',
  '-updated',
  'title',
  '-title',
] as const;
export type Sort = (typeof SORTS)[number];
export const DEFAULT_SORT: Sort = 'status';
export const MAX_LIMIT = 200;
export const DEFAULT_LIMIT = 50;
export const MAX_QUERY_TEXT = 200;

/** What a view shows: the filters and the order. */
export interface PledgeFilters {
  verdict?: Verdict[];
  state?: DeadlineState[];
  party?: string;
  q?: string;
  sort?: Sort;
}

/** A page of a view, as GET /api/pledges takes it. */
export interface ListQuery extends PledgeFilters {
  limit?: number;
  cursor?: string;
}

export interface ParamProblem {
  param: string;
  message: string;
}

type RawParams = URLSearchParams | Record<string, unknown>;

/** A search value as text, or undefined when it is not something a URL could have carried. */
function asText(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    default:
      return undefined;
  }
}

/**
 * One parameter as text (repeated or array values joined by commas), or undefined when absent
 * or empty. A value that cannot be text (an object, from parsed JSON search params) is reported.
 */
function readParam(raw: RawParams, name: string, problems: ParamProblem[]): string | undefined {
  let text: string | undefined;
  if (raw instanceof URLSearchParams) {
    text = raw.getAll(name).join(',');
  } else {
    if (!Object.hasOwn(raw, name)) return undefined;
    const value = raw[name];
    if (value === undefined || value === null) return undefined;
    const parts = (Array.isArray(value) ? value : [value]).map(asText);
    if (parts.some((p) => p === undefined)) {
      problems.push({ param: name, message: `Expected text for ${name}` });
      return undefined;
    }
    text = parts.join(',');
  }
  return text === '' ? undefined : text;
}

function paramNames(raw: RawParams): string[] {
  return raw instanceof URLSearchParams ? [...new Set(raw.keys())] : Object.keys(raw);
}

function parseList<T extends string>(
  value: string,
  allowed: readonly T[],
  param: string,
  problems: ParamProblem[],
): T[] | undefined {
  const parts = [...new Set(value.split(',').map((s) => s.trim()).filter(Boolean))];
  // In the canonical order, so that equal views give equal filters (and equal query keys).
  const good = allowed.filter((a) => parts.includes(a));
  const bad = parts.filter((p) => !(allowed as readonly string[]).includes(p));
  if (bad.length) {
    problems.push({ param, message: `Unknown ${param} ${bad.map((b) => `"${b.slice(0, 40)}"`).join(', ')}; use ${allowed.join(', ')}` });
  }
  return good.length ? good : undefined;
}

const FILTER_PARAMS = ['verdict', 'state', 'party', 'q', 'sort'] as const;
const PAGE_PARAMS = ['limit', 'cursor'] as const;

/**
 * Reads filters leniently: whatever is invalid is dropped and reported, never thrown.
 * `extraParams` names parameters that belong to someone else (e.g. the page) and are ignored.
 */
export function parseFilters(raw: RawParams, extraParams: readonly string[] = []): { filters: PledgeFilters; problems: ParamProblem[] } {
  const problems: ParamProblem[] = [];
  const filters: PledgeFilters = {};
  for (const name of paramNames(raw)) {
    if (!(FILTER_PARAMS as readonly string[]).includes(name) && !extraParams.includes(name)) {
      problems.push({ param: name.slice(0, 40), message: `Unknown parameter "${name.slice(0, 40)}"` });
    }
  }
  const verdict = readParam(raw, 'verdict', problems);
  if (verdict !== undefined) filters.verdict = parseList(verdict, VERDICTS, 'verdict', problems);
  const state = readParam(raw, 'state', problems);
  if (state !== undefined) filters.state = parseList(state, DEADLINE_STATES, 'state', problems);
  const party = readParam(raw, 'party', problems);
  if (party !== undefined) {
    if (slugSchema.safeParse(party).success) filters.party = party;
    else problems.push({ param: 'party', message: 'A party is named by its id, e.g. united-states' });
  }
  const q = readParam(raw, 'q', problems);
  if (q !== undefined) {
    const trimmed = q.trim();
    if (trimmed.length > MAX_QUERY_TEXT) problems.push({ param: 'q', message: `Search text is limited to ${MAX_QUERY_TEXT} characters` });
    else if (trimmed) filters.q = trimmed;
  }
  const sort = readParam(raw, 'sort', problems);
  if (sort !== undefined) {
    if ((SORTS as readonly string[]).includes(sort)) filters.sort = sort as Sort;
    else problems.push({ param: 'sort', message: `Unknown sort "${sort.slice(0, 40)}"; use ${SORTS.join(', ')}` });
  }
  for (const key of Object.keys(filters) as (keyof PledgeFilters)[]) {
    if (filters[key] === undefined) delete filters[key];
  }
  if (filters.sort === DEFAULT_SORT) delete filters.sort;
  return { filters, problems };
}

/** Reads a list query (filters plus paging) leniently, like parseFilters. */
export function parseListQuery(raw: RawParams): { query: ListQuery; problems: ParamProblem[] } {
  const { filters, problems } = parseFilters(raw, PAGE_PARAMS);
  const query: ListQuery = { ...filters };
  const limit = readParam(raw, 'limit', problems);
  if (limit !== undefined) {
    const n = /^\d{1,4}$/.test(limit) ? Number(limit) : NaN;
    if (Number.isInteger(n) && n >= 1 && n <= MAX_LIMIT) query.limit = n;
    else problems.push({ param: 'limit', message: `limit is a whole number from 1 to ${MAX_LIMIT}` });
  }
  const cursor = readParam(raw, 'cursor', problems);
  if (cursor !== undefined) {
    if (/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) query.cursor = cursor;
    else problems.push({ param: 'cursor', message: 'This cursor is not one the API gave out' });
  }
  return { query, problems };
}

/** Writes filters in one canonical order, leaving defaults out, so equal views give equal URLs. */
export function serializeFilters(filters: ListQuery): URLSearchParams {
  const out = new URLSearchParams();
  if (filters.verdict?.length) out.set('verdict', VERDICTS.filter((v) => filters.verdict!.includes(v)).join(','));
  if (filters.state?.length) out.set('state', DEADLINE_STATES.filter((s) => filters.state!.includes(s)).join(','));
  if (filters.party) out.set('party', filters.party);
  if (filters.q) out.set('q', filters.q);
  if (filters.sort && filters.sort !== DEFAULT_SORT) out.set('sort', filters.sort);
  if (filters.limit !== undefined) out.set('limit', String(filters.limit));
  if (filters.cursor) out.set('cursor', filters.cursor);
  return out;
}

/** For the OpenAPI document: the query parameters of GET /api/pledges. */
export const listQueryParamsSchema = z.object({
  verdict: z.string().optional().meta({ description: `Comma-separated verdicts: ${VERDICTS.join(', ')}` }),
  state: z.string().optional().meta({ description: `Comma-separated deadline states: ${DEADLINE_STATES.join(', ')}` }),
  party: z.string().optional().meta({ description: 'A party id; matches pledgers, beneficiaries and guarantors' }),
  q: z.string().max(MAX_QUERY_TEXT).optional().meta({ description: 'Words to find in the title, quote and tags' }),
  sort: z.enum(SORTS).optional().meta({ description: 'status (default: overdue, due, upcoming, no deadline, resolved) or a field; a leading - reverses' }),
  limit: z.string().optional().meta({ description: `Page size, 1 to ${MAX_LIMIT} (default ${DEFAULT_LIMIT})` }),
  cursor: z.string().optional().meta({ description: 'The nextCursor of the previous page' }),
});

export const pledgePageSchema = z
  .object({
    items: z.array(pledgeSchema),
    nextCursor: z.string().nullable(),
    total: z.number().int().min(0),
  })
  .meta({ id: 'PledgePage' });
export type PledgePage = z.infer<typeof pledgePageSchema>;
